package com.isocourse.server.platform.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A secret generated once and kept in a file only its owner can read (mode 0600): the embedded
 * database's password. Created atomically (written to a temporary file, then linked into place), so
 * two processes starting together agree on one secret and nobody ever reads a half-written one.
 */
public final class DatabaseSecret {
  static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  private static final SecureRandom RANDOM = new SecureRandom();

  private DatabaseSecret() {}

  /** The secret in {@code file}, created with 32 random bytes (URL-safe Base64) when missing. */
  public static String readOrCreate(Path file) throws IOException {
    if (!Files.exists(file)) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      Path tmp =
          Files.createTempFile(file.toAbsolutePath().getParent(), ".secret-", ".tmp", OWNER_ONLY);
      try {
        Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException e) {
        // another process created it first: use theirs
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    if (!Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString("rw-------"))) {
      throw new IOException(file + " must be readable by its owner only (chmod 600)");
    }
    String secret = Files.readString(file).trim();
    if (secret.isEmpty()) {
      throw new IOException(file + " is empty");
    }
    return secret;
  }
}
