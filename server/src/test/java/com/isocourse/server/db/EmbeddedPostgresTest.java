package com.isocourse.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {
  @Test
  void startsARealPostgresqlThatAnswersQueries() throws Exception {
    String url = TestDatabase.url("launcher_check");
    try (var c = DriverManager.getConnection(url, "postgres", "");
        var rs = c.createStatement().executeQuery("select current_setting('server_version_num')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(170000);
    }
  }
}
