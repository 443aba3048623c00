package com.isocourse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.server.platform.db.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * {@code isocourse audit verify} beside a running demo: it reads the live database through the
 * demo's own server and leaves that server running (it used to stop it with {@code pg_ctl stop}).
 */
class AuditVerifyBesideDemoTest {
  @Test
  void verifyReadsTheLiveDatabaseWithoutStoppingIt() throws Exception {
    Path base = Files.createTempDirectory("isocourse-verify-");
    Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = base.resolve("data");
    try (EmbeddedPostgres demo = EmbeddedPostgres.start(data, 0)) {
      demo.createDatabaseIfMissing("isocourse");
      String url = demo.jdbcUrl("isocourse");
      Flyway.configure()
          .dataSource(url, demo.user(), demo.password())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      Path key = base.resolve("audit.key");
      com.isocourse.server.platform.audit.AuditKey.load(key);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int exit =
          IsocourseServer.auditVerify(
              data, key, new PrintStream(out, true, StandardCharsets.UTF_8));

      assertThat(exit).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit chain intact");
      try (var c = DriverManager.getConnection(url, demo.user(), demo.password());
          var rs = c.createStatement().executeQuery("select count(*) from audit_head")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }
}
