package com.isocourse.server.audit;

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
      assertThat(AuditVerifier.verify(c).intact()).isTrue();
    }
    try (var c = dataSource.getConnection();
        var st = c.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute("update audit_log set outcome = 'REFUSED' where id = " + edited.id());
      st.execute("set session_replication_role = origin");
    }
    try (var c = dataSource.getConnection()) {
      AuditVerifier.Verdict verdict = AuditVerifier.verify(c);
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
}
