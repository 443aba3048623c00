package com.isocourse.server.platform.audit;

import com.isocourse.server.platform.db.DatabaseSecret;
import com.isocourse.server.platform.db.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of the audit chain (HMAC-SHA-256), kept in a file outside the database (docs/adr/0007):
 * whoever can write the tables but cannot read this file cannot forge a row that verifies. The file
 * is created at first start with mode 0600; its path is the setting {@code
 * isocourse.audit.key-file} (environment {@code ISOCOURSE_AUDIT_KEY_FILE}), by default {@code
 * audit.key} in the data folder.
 */
public final class AuditKey {
  private final SecretKeySpec key;

  private AuditKey(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The key in {@code file}, generated (32 random bytes, mode 0600) when the file is missing. */
  public static AuditKey load(Path file) throws IOException {
    return new AuditKey(DatabaseSecret.readOrCreate(file));
  }

  /**
   * The key file named by {@code setting} when not blank, else {@code audit.key} in the data
   * folder.
   */
  public static Path file(String setting) {
    if (setting != null && !setting.isBlank()) {
      return Path.of(setting);
    }
    String env = System.getenv("ISOCOURSE_AUDIT_KEY_FILE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return EmbeddedPostgres.defaultBaseDir().resolve("audit.key");
  }

  /** HMAC-SHA-256 of the text, in hex. */
  String mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
