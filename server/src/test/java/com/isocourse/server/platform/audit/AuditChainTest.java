package com.isocourse.server.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.server.support.ApiTestSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditChainTest extends ApiTestSupport {
  @Autowired AuditLog audit;
  @Autowired DataSource dataSource;

  @Test
  void anIntactChainVerifiesAndAnEditedRowIsNamed() throws Exception {
    audit.append(1L, "alice", "GET /api/x", 7L, "OK", "status 200");
    AuditEntry edited = audit.append(1L, "alice", "GET /api/y", 7L, "OK", "status 200");
    audit.append(1L, "alice", "GET /api/z", 7L, "OK", "status 200");
    try (var c = dataSource.getConnection()) {
      assertThat(AuditVerifier.verify(c, audit.key()).intact()).isTrue();
    }
    try (var c = dataSource.getConnection();
        var st = c.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute("update audit_log set outcome = 'REFUSED' where id = " + edited.id());
      st.execute("set session_replication_role = origin");
    }
    try (var c = dataSource.getConnection()) {
      AuditVerifier.Verdict verdict = AuditVerifier.verify(c, audit.key());
      assertThat(verdict.intact()).isFalse();
      assertThat(verdict.firstBrokenId()).contains(edited.id());
    }
    try (var c = dataSource.getConnection();
        var st = c.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute("update audit_log set outcome = 'OK' where id = " + edited.id());
      st.execute("set session_replication_role = origin");
    }
  }

  @Test
  void theTableRefusesUpdatesAndDeletes() throws Exception {
    audit.append(null, "system", "TEST", null, "OK", "");
    try (var c = dataSource.getConnection();
        var st = c.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute("delete from audit_log"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void removingTheNewestRowIsCaughtByTheHead() throws Exception {
    AuditEntry newest = audit.append(1L, "alice", "GET /api/tail", 7L, "OK", "status 200");
    try (var c = dataSource.getConnection();
        var st = c.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute("delete from audit_log where id = " + newest.id());
      st.execute("set session_replication_role = origin");
      try {
        AuditVerifier.Verdict verdict = AuditVerifier.verify(c, audit.key());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenId()).contains(newest.id());
        assertThat(verdict.reason()).contains("newest rows were removed");
      } finally {
        restore(c, newest);
      }
      assertThat(AuditVerifier.verify(c, audit.key()).intact()).isTrue();
    }
  }

  @Test
  void aRowReforgedWithoutTheKeyDoesNotVerify() throws Exception {
    audit.append(1L, "alice", "GET /api/before", 7L, "OK", "status 200");
    AuditEntry newest = audit.append(1L, "alice", "GET /api/forged", 7L, "REFUSED", "status 403");
    String forgedHash =
        AuditEntry.sha256(
            AuditEntry.canonical(
                newest.id(),
                newest.at(),
                newest.actorId(),
                newest.actor(),
                newest.action(),
                newest.patientId(),
                "OK",
                newest.detail(),
                newest.prevHash()));
    try (var c = dataSource.getConnection();
        var st = c.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute(
          "update audit_log set outcome = 'OK', hash = '"
              + forgedHash
              + "' where id = "
              + newest.id());
      st.execute("update audit_head set last_hash = '" + forgedHash + "'");
      st.execute("set session_replication_role = origin");
      try {
        AuditVerifier.Verdict verdict = AuditVerifier.verify(c, audit.key());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenId()).contains(newest.id());
      } finally {
        st.execute("set session_replication_role = replica");
        st.execute("delete from audit_log where id = " + newest.id());
        st.execute("set session_replication_role = origin");
        restore(c, newest);
      }
      assertThat(AuditVerifier.verify(c, audit.key()).intact()).isTrue();
    }
  }

  /** Puts a removed newest row back as it was and points the head at it again. */
  private static void restore(java.sql.Connection c, AuditEntry e) throws Exception {
    try (var ps =
        c.prepareStatement(
            "insert into audit_log (id, at, actor_id, actor, action, patient_id, outcome, detail,"
                + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, e.id());
      ps.setTimestamp(2, java.sql.Timestamp.from(e.at()));
      ps.setObject(3, e.actorId(), java.sql.Types.BIGINT);
      ps.setString(4, e.actor());
      ps.setString(5, e.action());
      ps.setObject(6, e.patientId(), java.sql.Types.BIGINT);
      ps.setString(7, e.outcome());
      ps.setString(8, e.detail());
      ps.setString(9, e.prevHash());
      ps.setString(10, e.hash());
      ps.executeUpdate();
    }
    try (var ps = c.prepareStatement("update audit_head set last_id = ?, last_hash = ?")) {
      ps.setLong(1, e.id());
      ps.setString(2, e.hash());
      ps.executeUpdate();
    }
  }
}
