package com.isocourse.server.platform.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, wherever it is set (admin API, the {@code admin create-user} command):
 * {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, not made of a few repeated characters,
 * not containing the username, and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;
  private static final int MIN_DISTINCT = 5;

  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "password12345",
          "password123456",
          "123456789012",
          "1234567890123",
          "qwertyuiop12",
          "qwerty123456",
          "iloveyou1234",
          "letmein12345",
          "welcome12345",
          "changeme1234",
          "administrator",
          "isocourse-demo",
          "isotretinoin1",
          "correcthorsebatterystaple");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> weakness(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (password.chars().distinct().count() < MIN_DISTINCT) {
      return Optional.of("must not be a few characters repeated");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("must not contain the username");
    }
    if (COMMON.contains(lower)) {
      return Optional.of("is one of the most commonly guessed passwords");
    }
    return Optional.empty();
  }

  /** A random password of 20 characters (about 116 bits), without look-alike characters. */
  public static String generate() {
    StringBuilder b = new StringBuilder(23);
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        b.append('-');
      }
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
