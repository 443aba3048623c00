package com.isocourse.server.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's database role cannot get around the audit trail (issue 12): the migrations run as
 * the owner, the application connects as {@code isocourse_app}, which owns no table or trigger, is
 * no superuser and has row rights only. Each statement an intruder with the application's
 * credentials would try is refused; what the application needs works.
 */
class ApplicationRoleTest {
  private static final String DB = "role_tests";
  private static EmbeddedPostgres.Role app;

  @BeforeAll
  static void migrateAsOwner() throws Exception {
    EmbeddedPostgres pg = TestDatabase.server();
    app = pg.appRole(DB);
    Flyway.configure()
        .dataSource(pg.jdbcUrl(DB), pg.user(), pg.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  private static Connection asApp() throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.server().jdbcUrl(DB), app.user(), app.password());
  }

  private static void refused(String sql, String why) throws SQLException {
    try (Connection c = asApp();
        var st = c.createStatement()) {
      assertThatThrownBy(() -> st.execute(sql)).as(sql).hasMessageContaining(why);
    }
  }

  @Test
  void theApplicationRoleCannotSwitchOffTriggersOrRewriteTheTrail() throws Exception {
    refused("set session_replication_role = replica", "permission denied");
    refused("alter table audit_log disable trigger all", "must be owner");
    refused("drop trigger audit_log_no_update on audit_log", "must be owner");
    refused("delete from audit_log", "permission denied");
    refused("update audit_log set outcome = 'OK'", "permission denied");
    refused("truncate audit_log", "permission denied");
    refused("delete from course_event", "permission denied");
    refused("truncate audit_pending", "permission denied");
    refused("create table intruder (id int)", "permission denied");
    refused("delete from flyway_schema_history", "permission denied");
  }

  @Test
  void theApplicationRoleIsNoSuperuserAndOwnsNothing() throws Exception {
    try (Connection c = asApp();
        var st = c.createStatement()) {
      var rs =
          st.executeQuery(
              "select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls"
                  + " from pg_roles where rolname = current_user");
      assertThat(rs.next()).isTrue();
      for (int i = 1; i <= 5; i++) {
        assertThat(rs.getBoolean(i)).isFalse();
      }
      var owned =
          st.executeQuery(
              "select count(*) from pg_tables where schemaname = 'public' and tableowner ="
                  + " current_user");
      owned.next();
      assertThat(owned.getLong(1)).isZero();
    }
  }

  @Test
  void theApplicationRoleHasTheRowRightsItNeeds() throws Exception {
    try (Connection c = asApp();
        var st = c.createStatement()) {
      st.execute(
          "insert into audit_pending (writer, at, actor, action, outcome, detail)"
              + " values ('t', now(), 'test', 'TEST', 'OK', '')");
      st.execute("select last_id from audit_head for update");
      st.execute("select id from audit_pending order by id limit 10 for update skip locked");
      assertThatThrownBy(() -> st.execute("update audit_pending set outcome = 'OK'"))
          .hasMessageContaining("append-only");
      st.execute("delete from audit_pending where writer = 't'");
      st.execute("insert into pharmacy (name) values ('Role Test Pharmacy')");
      st.execute("update pharmacy set active = false where name = 'Role Test Pharmacy'");
      assertThat(st.executeQuery("select count(*) from audit_log").next()).isTrue();
    }
  }

  @Test
  void aPolicyChangeByTheApplicationRoleMovesTheVersionAndIsAnnounced() throws Exception {
    try (Connection listener = asApp();
        Connection c = asApp();
        var st = c.createStatement();
        var ls = listener.createStatement()) {
      ls.execute("listen clinic_policy");
      long before = version(st);
      c.setAutoCommit(false);
      st.execute("select version from clinic_policy_version for update");
      st.execute("delete from clinic_policy");
      st.execute("insert into clinic_policy (key, value) values ('tg.stopMgDl', '800')");
      c.commit();
      long after = version(st);
      assertThat(after).isGreaterThan(before);
      var notes = listener.unwrap(org.postgresql.PGConnection.class).getNotifications(2_000);
      assertThat(notes).isNotEmpty();
      assertThat(notes[notes.length - 1].getParameter()).isEqualTo(String.valueOf(after));
      st.execute("delete from clinic_policy");
      c.commit();
    }
  }

  private static long version(Statement st) throws SQLException {
    var rs = st.executeQuery("select version from clinic_policy_version");
    rs.next();
    return rs.getLong(1);
  }
}
