package com.isocourse.server.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.isocourse.server.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many concurrent audited actions (group commit, docs/adr/0004): every one gets its own committed
 * row, ids are consecutive, and the chain verifies.
 */
class AuditConcurrencyTest extends ApiTestSupport {
  @Autowired AuditLog audit;
  @Autowired DataSource dataSource;

  @Test
  void concurrentAppendsMakeOneIntactChain() throws Exception {
    long before = lastId();
    int threads = 32;
    int each = 40;
    List<Callable<List<AuditEntry>>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long actor = t;
      tasks.add(
          () -> {
            List<AuditEntry> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
              AuditEntry e = audit.append(actor, "user" + actor, "TEST", null, "OK", "n " + i);
              assertThat(rowExists(e.id())).as("committed when append returns").isTrue();
              mine.add(e);
            }
            return mine;
          });
    }
    Set<Long> ids = new HashSet<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (Future<List<AuditEntry>> f : pool.invokeAll(tasks)) {
        f.get().forEach(e -> ids.add(e.id()));
      }
    }
    assertThat(ids).hasSize(threads * each);
    assertThat(lastId()).isEqualTo(before + threads * each);
    try (var c = dataSource.getConnection()) {
      assertThat(AuditVerifier.verify(c, audit.key()).intact()).isTrue();
    }
  }

  @Test
  void concurrentAuditedRequestsEachLeaveARowAndTheChainVerifies() throws Exception {
    call("dr.adams", get("/api/patients"), null, 200); // the token exists before the race
    long before = lastId();
    int requests = 48;
    List<Callable<Object>> tasks = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      tasks.add(() -> call("dr.adams", get("/api/patients"), null, 200));
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
      for (Future<Object> f : pool.invokeAll(tasks)) {
        f.get();
      }
    }
    long audited =
        auditSql("select count(*) from audit_log where id > ? and action = 'GET /api/patients'")
            .param(before)
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(requests);
    try (var c = dataSource.getConnection()) {
      assertThat(AuditVerifier.verify(c, audit.key()).intact()).isTrue();
    }
  }

  private long lastId() {
    return auditSql("select last_id from audit_head").query(Long.class).single();
  }

  private boolean rowExists(long id) {
    return auditSql("select count(*) from audit_log where id = ?")
            .param(id)
            .query(Long.class)
            .single()
        == 1;
  }
}
