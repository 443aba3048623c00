package com.isocourse.server.platform.idempotency;

import com.isocourse.server.platform.refusal.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client's idempotency key (or a web form's one-time token): 1 to 200 visible ASCII characters.
 * The key itself is never stored: the database holds {@link #id()}, a hash of it, and answers are
 * sealed ({@link #seal}) with another hash of it that only the key's holder can compute.
 */
public final class IdempotencyKey {
  /** The request header that carries the key. */
  public static final String HEADER = "Idempotency-Key";

  static final int MAX_LENGTH = 200;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final String value;

  private IdempotencyKey(String value) {
    this.value = value;
  }

  /**
   * The key a request's header carries: empty without the header, a 400 problem naming the header
   * when it is not 1 to 200 visible ASCII characters.
   */
  public static Optional<IdempotencyKey> fromHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    if (!isValid(header)) {
      throw InvalidInputException.of(
          HEADER,
          "must be 1 to "
              + MAX_LENGTH
              + " visible ASCII characters (letters, digits, punctuation; no spaces), unique per"
              + " request, e.g. a random UUID");
    }
    return Optional.of(new IdempotencyKey(header));
  }

  /** A key known to be valid ({@link #isValid}); otherwise an IllegalArgumentException. */
  public static IdempotencyKey of(String value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid idempotency key");
    }
    return new IdempotencyKey(value);
  }

  /** 1 to 200 characters, each visible ASCII ({@code !} to {@code ~}). */
  public static boolean isValid(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    return value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }

  /** What the database stores in place of the key. */
  String id() {
    return HexFormat.of().formatHex(sha256("isocourse idempotency key\n" + value));
  }

  /** Identifies a request body sent with this key, without revealing the body. */
  String fingerprint(String canonicalBody) {
    return HexFormat.of()
        .formatHex(sha256("isocourse idempotency body\n" + value + "\n" + canonicalBody));
  }

  /** Encrypts an answer so that only the key's holder can read it back: IV, then ciphertext. */
  byte[] seal(byte[] answer) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, secret(), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(answer);
      byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** Decrypts what {@link #seal} wrote with the same key. */
  byte[] open(byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, secret(), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a stored answer could not be opened with its key", e);
    }
  }

  private SecretKeySpec secret() {
    return new SecretKeySpec(sha256("isocourse idempotency seal\n" + value), "AES");
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  /** Never the key itself: keys do not belong in logs. */
  @Override
  public String toString() {
    return "IdempotencyKey[…]";
  }
}
