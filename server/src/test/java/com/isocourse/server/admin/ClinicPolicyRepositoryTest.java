package com.isocourse.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.server.platform.db.TestDatabase;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * When the kept policy is handed out again (docs/adr/0011): only shortly after a version check, and
 * never after the version moved. The checks are made by hand here, as {@link PolicyVersionWatch}
 * makes them.
 */
class ClinicPolicyRepositoryTest {
  private static JdbcClient jdbc;
  private ClinicPolicyRepository policy;

  @BeforeAll
  static void migrate() {
    String url = TestDatabase.url("policy_repository");
    Flyway.configure()
        .dataSource(url, TestDatabase.user(), TestDatabase.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    jdbc =
        JdbcClient.create(
            new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password()));
  }

  @BeforeEach
  void emptyPolicy() {
    jdbc.sql("delete from clinic_policy").update();
    policy = new ClinicPolicyRepository(jdbc);
  }

  @Test
  void withoutAVersionCheckEveryReadGoesToTheTable() {
    assertThat(policy.overrides()).isNotSameAs(policy.overrides());
  }

  @Test
  void afterACheckThePolicyIsKept() {
    policy.versionChecked(version(), System.nanoTime());
    assertThat(policy.overrides()).isSameAs(policy.overrides());
  }

  @Test
  void aMovedVersionIsReadAtOnce() {
    policy.versionChecked(version(), System.nanoTime());
    assertThat(policy.overrides()).isEmpty();
    jdbc.sql("insert into clinic_policy (key, value) values ('tg.stopMgDl', '100')").update();
    policy.versionChecked(version(), System.nanoTime());
    assertThat(policy.overrides()).isEqualTo(Map.of("tg.stopMgDl", "100"));
  }

  @Test
  void aCheckOlderThanTheTrustWindowIsNotEnough() {
    long tooOld = System.nanoTime() - ClinicPolicyRepository.TRUSTED_FOR_NANOS;
    policy.versionChecked(version(), tooOld);
    var first = policy.overrides();
    jdbc.sql("insert into clinic_policy (key, value) values ('tg.stopMgDl', '100')").update();
    assertThat(policy.overrides()).isNotSameAs(first).containsEntry("tg.stopMgDl", "100");
  }

  @Test
  void theVersionMovesWithEveryChangeToThePolicy() {
    long admin =
        jdbc.sql(
                "insert into app_user (username, password_hash, role, display_name) values"
                    + " ('policy.admin', 'x', 'ADMIN', 'Admin') on conflict (username) do update"
                    + " set role = 'ADMIN' returning id")
            .query(Long.class)
            .single();
    long before = version();
    policy.replace(Map.of("tg.stopMgDl", "100"), admin);
    assertThat(version()).isGreaterThan(before);
  }

  private static long version() {
    return jdbc.sql("select version from clinic_policy_version").query(Long.class).single();
  }
}
