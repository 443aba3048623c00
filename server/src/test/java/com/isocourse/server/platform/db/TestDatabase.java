package com.isocourse.server.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;

/**
 * One embedded PostgreSQL per test JVM, on a fresh temporary data directory (under /tmp, which
 * {@code nobody} can enter when the tests run as root). Each caller asks for its own database.
 */
public final class TestDatabase {
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path base = Files.createTempDirectory("isocourse-test-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        server = EmbeddedPostgres.start(base.resolve("data"), 0);
      } catch (IOException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start", e);
      }
    }
    return server;
  }

  /** The superuser of the test server. */
  public static String user() {
    return server().user();
  }

  /** The generated password of the test server's superuser. */
  public static String password() {
    return server().password();
  }

  /** A JDBC URL of a database of that name, created when missing. */
  public static String url(String database) {
    try {
      server().createDatabaseIfMissing(database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().jdbcUrl(database);
  }
}
