package com.isocourse.server.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the hash-chained audit trail with group commit (docs/adr/0004). Callers enqueue a row
 * and wait; one writer thread takes every row waiting, and in one transaction of its own locks the
 * single {@code audit_head} row, inserts the rows in arrival order with consecutive ids (each hash
 * covering the previous hash), moves the head and commits. Only then does each caller get its entry
 * back, so {@link #append} returns exactly as before: after its row is committed, in a transaction
 * independent of the caller's (a refused or failed request is still recorded), and with the chain
 * never forking. The head lock is held once per batch instead of once per request.
 */
@Component
public class AuditLog {
  /** Rows per transaction at most; a larger queue is drained in several batches. */
  static final int MAX_BATCH = 256;

  private final JdbcClient jdbc;
  private final JdbcTemplate batchJdbc;
  private final TransactionTemplate tx;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private Thread writer;
  private volatile boolean stopping;

  private final AuditKey key;

  public AuditLog(
      JdbcClient jdbc,
      JdbcTemplate batchJdbc,
      PlatformTransactionManager transactions,
      @Value("${isocourse.audit.key-file:}") String keyFile)
      throws IOException {
    this.key = AuditKey.load(AuditKey.file(keyFile));
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The chain's key, to verify what this log wrote. */
  AuditKey key() {
    return key;
  }

  /** Starts the writer thread. */
  @PostConstruct
  void start() {
    writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::writeLoop);
  }

  /** Appends one row and returns it once it is committed. */
  public AuditEntry append(
      Long actorId, String actor, String action, Long patientId, String outcome, String detail) {
    Pending p = new Pending(actorId, actor, action, patientId, outcome, detail);
    queue.add(p);
    if (stopping || writer == null || !writer.isAlive()) {
      drainAndWrite(); // the writer is gone (shutting down) or not started: write in place
    }
    try {
      return p.done.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Writes what is still queued, then stops the writer. */
  @PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    if (writer != null) {
      writer.interrupt();
      writer.join(10_000);
    }
    drainAndWrite();
  }

  private void writeLoop() {
    while (!stopping) {
      try {
        Pending first = queue.take();
        List<Pending> batch = new ArrayList<>();
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // write() has completed every row of the batch; nothing may stop the writer.
      }
    }
  }

  private synchronized void drainAndWrite() {
    List<Pending> rest = new ArrayList<>();
    queue.drainTo(rest);
    for (int i = 0; i < rest.size(); i += MAX_BATCH) {
      write(rest.subList(i, Math.min(rest.size(), i + MAX_BATCH)));
    }
  }

  /**
   * Writes a batch in one transaction and completes its callers. If the batch fails because of its
   * data (a non-transient data access error other than the database being unreachable), each row is
   * retried in a transaction of its own, so one bad row cannot cost the others their audit record;
   * any other failure (no connection, no transaction) fails the whole batch at once.
   */
  private void write(List<Pending> batch) {
    try {
      List<AuditEntry> written = tx.execute(status -> insert(batch));
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).done.complete(written.get(i));
      }
    } catch (Error e) {
      batch.forEach(p -> p.done.completeExceptionally(e));
      throw e;
    } catch (RuntimeException e) {
      if (batch.size() > 1
          && e instanceof NonTransientDataAccessException
          && !(e instanceof DataAccessResourceFailureException)) {
        for (Pending p : batch) {
          write(List.of(p));
        }
      } else {
        batch.forEach(p -> p.done.completeExceptionally(e));
      }
    }
  }

  private List<AuditEntry> insert(List<Pending> batch) {
    var head =
        jdbc.sql("select last_id, last_hash from audit_head where singleton for update")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    long id = (Long) head[0];
    String prev = (String) head[1];
    List<AuditEntry> entries = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      id++;
      Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
      String hash =
          key.mac(
              AuditEntry.canonical(
                  id, at, p.actorId, p.actor, p.action, p.patientId, p.outcome, p.detail, prev));
      entries.add(
          new AuditEntry(
              id, at, p.actorId, p.actor, p.action, p.patientId, p.outcome, p.detail, prev, hash));
      prev = hash;
    }
    batchJdbc.batchUpdate(
        "insert into audit_log (id, at, actor_id, actor, action, patient_id, outcome,"
            + " detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries,
        entries.size(),
        (ps, e) -> {
          ps.setLong(1, e.id());
          ps.setTimestamp(2, Timestamp.from(e.at()));
          ps.setObject(3, e.actorId(), java.sql.Types.BIGINT);
          ps.setString(4, e.actor());
          ps.setString(5, e.action());
          ps.setObject(6, e.patientId(), java.sql.Types.BIGINT);
          ps.setString(7, e.outcome());
          ps.setString(8, e.detail());
          ps.setString(9, e.prevHash());
          ps.setString(10, e.hash());
        });
    jdbc.sql("update audit_head set last_id = ?, last_hash = ? where singleton")
        .params(id, prev)
        .update();
    return entries;
  }

  private static final class Pending {
    final Long actorId;
    final String actor;
    final String action;
    final Long patientId;
    final String outcome;
    final String detail;
    final CompletableFuture<AuditEntry> done = new CompletableFuture<>();

    Pending(
        Long actorId, String actor, String action, Long patientId, String outcome, String detail) {
      this.actorId = actorId;
      this.actor = actor;
      this.action = action;
      this.patientId = patientId;
      this.outcome = outcome;
      this.detail = detail;
    }
  }
}
