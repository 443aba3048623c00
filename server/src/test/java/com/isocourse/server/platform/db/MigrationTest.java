package com.isocourse.server.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema on an empty database, and a second run does nothing. */
class MigrationTest {

  @Test
  void migrationsFromAnEmptyDatabaseCreateEveryTableAndAreIdempotent() throws Exception {
    String url = TestDatabase.url("migrations_from_empty");
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, TestDatabase.user(), TestDatabase.password())
            .locations("classpath:db/migration")
            .load();
    assertThat(flyway.info().applied()).isEmpty();

    var first = flyway.migrate();
    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted).isEqualTo(flyway.info().all().length);
    assertThat(first.targetSchemaVersion).isEqualTo("12");

    List<String> tables = new ArrayList<>();
    try (var c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        var rs =
            c.createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables where table_schema ="
                        + " 'public' order by table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    assertThat(tables)
        .contains(
            "app_user",
            "pharmacy",
            "prescriber",
            "api_token",
            "patient",
            "course",
            "course_event",
            "prescription",
            "dispense_request",
            "dispense_authorization",
            "dispense",
            "idempotent_request",
            "clinic_policy",
            "clinic_policy_version",
            "audit_log",
            "audit_head",
            "audit_pending",
            "alert",
            "notification",
            "spring_session",
            "spring_session_attributes");

    assertThat(flyway.migrate().migrationsExecuted).isZero();
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
  }
}
