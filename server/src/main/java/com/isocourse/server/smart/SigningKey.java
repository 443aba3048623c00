package com.isocourse.server.smart;

import com.isocourse.server.platform.db.EmbeddedPostgres;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The server's own key that signs the access tokens (RSA 2048, RS256), kept like the audit key
 * ({@code audit/AuditKey}, docs/adr/0009) in a file outside the database, created at first start
 * with mode 0600 (written to a temporary file, then linked into place, so instances starting
 * together agree on one key). Whoever can write the tables but cannot read this file cannot mint a
 * token. Path: setting {@code isocourse.smart.key-file} (environment {@code
 * ISOCOURSE_SMART_KEY_FILE}), by default {@code smart-signing-key.json} in the data folder.
 */
final class SigningKey {
  private static final String OWNER_ONLY = "rw-------";

  private SigningKey() {}

  /** The key file named by the setting when not blank, else the default in the data folder. */
  public static Path file(String setting) {
    if (setting != null && !setting.isBlank()) {
      return Path.of(setting);
    }
    String env = System.getenv("ISOCOURSE_SMART_KEY_FILE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return EmbeddedPostgres.defaultBaseDir().resolve("smart-signing-key.json");
  }

  /** The key in {@code file} (a private RSA JWK), generated when the file is missing. */
  public static RSAKey loadOrCreate(Path file) throws IOException {
    if (!Files.exists(file)) {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp =
          Files.createTempFile(
              dir,
              ".smart-key-",
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
      try {
        Files.writeString(tmp, generate().toJSONString());
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException e) {
        // another instance created it first: use theirs
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    if (!Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString(OWNER_ONLY))) {
      throw new IOException(file + " must be readable by its owner only (chmod 600)");
    }
    try {
      RSAKey key = RSAKey.parse(Files.readString(file));
      if (!key.isPrivate()) {
        throw new IOException(file + " holds no private key");
      }
      return key;
    } catch (ParseException e) {
      throw new IOException(file + " is not an RSA JWK: " + e.getMessage(), e);
    }
  }

  static RSAKey generate() {
    try {
      RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).generate();
      return new RSAKey.Builder(key).keyIDFromThumbprint().build();
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation is part of every JDK", e);
    }
  }
}
