package com.isocourse.server.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {
  @Test
  void startsARealPostgresqlThatAnswersQueries() throws Exception {
    String url = TestDatabase.url("launcher_check");
    try (var c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        var rs = c.createStatement().executeQuery("select current_setting('server_version_num')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(170000);
    }
  }

  @Test
  void isDurableAndEveryConnectionNeedsTheGeneratedPassword() throws Exception {
    EmbeddedPostgres pg = TestDatabase.server();
    String url = TestDatabase.url("launcher_check");
    try (var c = DriverManager.getConnection(url, pg.user(), pg.password());
        var st = c.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (var rs = st.executeQuery("show " + setting)) {
          rs.next();
          assertThat(rs.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url, pg.user(), ""))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(url, pg.user(), "wrong"))
        .isInstanceOf(SQLException.class);
    assertThat(Files.readString(pg.dataDir().resolve("pg_hba.conf")).lines())
        .filteredOn(l -> !l.isBlank() && !l.startsWith("#"))
        .isNotEmpty()
        .allMatch(l -> l.trim().endsWith("scram-sha-256"));
    Path secret = EmbeddedPostgres.passwordFile(pg.dataDir());
    assertThat(Files.getPosixFilePermissions(secret))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(secret).trim()).isEqualTo(pg.password()).hasSizeGreaterThan(30);
  }
}
