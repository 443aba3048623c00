package com.isocourse.server.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the hash-chained audit trail. Each append runs in its own transaction (so a refused or
 * failed request is still recorded) and locks the single {@code audit_head} row, so rows get
 * consecutive ids and the chain never forks under concurrent requests.
 */
@Component
public class AuditLog {
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Appends one row and returns it. */
  public AuditEntry append(
      Long actorId, String actor, String action, Long patientId, String outcome, String detail) {
    return tx.execute(
        status -> {
          var head =
              jdbc.sql("select last_id, last_hash from audit_head where singleton for update")
                  .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                  .single();
          long id = (Long) head[0] + 1;
          String prev = (String) head[1];
          Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
          String hash =
              AuditEntry.sha256(
                  AuditEntry.canonical(
                      id, at, actorId, actor, action, patientId, outcome, detail, prev));
          jdbc.sql(
                  "insert into audit_log (id, at, actor_id, actor, action, patient_id, outcome,"
                      + " detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .params(
                  id,
                  Timestamp.from(at),
                  actorId,
                  actor,
                  action,
                  patientId,
                  outcome,
                  detail,
                  prev,
                  hash)
              .update();
          jdbc.sql("update audit_head set last_id = ?, last_hash = ? where singleton")
              .params(id, hash)
              .update();
          return new AuditEntry(
              id, at, actorId, actor, action, patientId, outcome, detail, prev, hash);
        });
  }
}
