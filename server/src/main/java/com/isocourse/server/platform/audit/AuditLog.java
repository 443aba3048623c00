package com.isocourse.server.platform.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail, failing closed (issue 12, docs/adr/0010). {@link #record} writes a row to {@code
 * audit_pending} <em>in the caller's transaction</em> when there is one (the change and its audit
 * row commit together or not at all), otherwise in a transaction of its own before the caller goes
 * on; if the row cannot be written the caller gets {@link AuditUnavailableException} (a 503) and,
 * inside a transaction, nothing of the change is committed. That insert takes no lock, so audited
 * requests never queue on each other.
 *
 * <p>One chainer thread per instance then moves committed pending rows into the keyed hash chain
 * ({@code audit_log}) with group commit (docs/adr/0004): in one transaction it locks the single
 * {@code audit_head} row, inserts up to {@value #MAX_BATCH} rows with consecutive ids and chained
 * HMACs, deletes them from the pending table and moves the head. A request's answer leaves once its
 * row is durable in {@code audit_pending} (committed with the change, or on its own before a read
 * is answered); it does not wait for the chain (docs/adr/0022, amending ADR 0010): the committed
 * pending row already is the fail-closed guarantee, and the chain, which only adds tamper evidence,
 * follows within milliseconds (by this instance or, after a few seconds, by any other). Readers of
 * the trail call {@link #awaitPendingChained()} first, so they see every acknowledged row.
 */
@Component
public class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

  /** Rows per chaining transaction at most; a larger backlog is chained in several batches. */
  static final int MAX_BATCH = 256;

  /** How long {@link #append} waits for its row to be chained. */
  static final Duration CHAIN_WAIT = Duration.ofSeconds(2);

  /** Another instance's pending rows older than this are adopted (that instance has stopped). */
  static final Duration ORPHAN_AGE = Duration.ofSeconds(5);

  private final JdbcClient jdbc;
  private final JdbcTemplate batchJdbc;
  private final TransactionTemplate ownTx;
  private final AuditKey key;
  private final String writerId = UUID.randomUUID().toString();
  private final Map<Long, CompletableFuture<AuditEntry>> waiting = new ConcurrentHashMap<>();
  private final Semaphore wake = new Semaphore(0);
  private Thread chainer;
  private volatile boolean stopping;

  public AuditLog(
      JdbcClient jdbc,
      JdbcTemplate batchJdbc,
      PlatformTransactionManager transactions,
      @Value("${isocourse.audit.key-file:}") String keyFile)
      throws IOException {
    this.key = AuditKey.load(AuditKey.file(keyFile));
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The chain's key, to verify what this log wrote. */
  AuditKey key() {
    return key;
  }

  /** Starts the chainer thread, which also chains what an earlier run left pending. */
  @PostConstruct
  void start() {
    chainer = Thread.ofPlatform().name("audit-chainer").daemon().start(this::chainLoop);
    wake.release();
  }

  /** Rows this instance has written and not yet seen chained (the audit queue depth). */
  public int queueDepth() {
    return waiting.size();
  }

  /**
   * Records one row: inside the caller's read-write transaction when there is one (committed with
   * it), otherwise at once in a transaction of its own. Returns once the row is written (or, inside
   * a transaction, once it will commit with the change); the chainer is woken and chains it after.
   * Throws {@link AuditUnavailableException} when the row cannot be written.
   */
  public void record(
      Long actorId, String actor, String action, Long patientId, String outcome, String detail) {
    Pending row = new Pending(actorId, actor, action, patientId, outcome, detail);
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      recordInCurrentTransaction(row);
    } else {
      writeInOwnTransaction(row);
      wake.release();
    }
  }

  /**
   * Appends one row in a transaction of its own and returns it as chained. For the audit of acts
   * outside any change (and for tests of the chain): fails when the row cannot be written or is not
   * chained within the wait.
   */
  public AuditEntry append(
      Long actorId, String actor, String action, Long patientId, String outcome, String detail) {
    var future =
        writeInOwnTransaction(new Pending(actorId, actor, action, patientId, outcome, detail));
    AuditEntry chained = awaitChained(future);
    if (chained == null) {
      throw new AuditUnavailableException(new TimeoutException("the row was not chained in time"));
    }
    return chained;
  }

  private void recordInCurrentTransaction(Pending row) {
    long id;
    try {
      id = insertPending(row);
    } catch (RuntimeException e) {
      throw new AuditUnavailableException(e);
    }
    CompletableFuture<AuditEntry> future = new CompletableFuture<>();
    waiting.put(id, future);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
              wake.release();
            } else {
              waiting.remove(id);
            }
          }
        });
  }

  private CompletableFuture<AuditEntry> writeInOwnTransaction(Pending row) {
    CompletableFuture<AuditEntry> future = new CompletableFuture<>();
    long[] id = new long[1];
    try {
      ownTx.executeWithoutResult(
          status -> {
            id[0] = insertPending(row);
            waiting.put(id[0], future); // before the commit: the chainer cannot see it yet
          });
    } catch (RuntimeException e) {
      waiting.remove(id[0]);
      throw new AuditUnavailableException(e);
    }
    return future;
  }

  /** Wakes the chainer and waits for the row; null when it was not chained within the wait. */
  private AuditEntry awaitChained(CompletableFuture<AuditEntry> future) {
    wake.release();
    try {
      return future.get(CHAIN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      LOG.warn("audit row committed but not yet chained: {}", e.getClass().getSimpleName());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private long insertPending(Pending p) {
    return jdbc.sql(
            "insert into audit_pending (writer, at, actor_id, actor, action, patient_id, outcome,"
                + " detail) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            writerId,
            Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)),
            p.actorId,
            p.actor,
            p.action,
            p.patientId,
            p.outcome,
            p.detail)
        .query(Long.class)
        .single();
  }

  /** Chains what is still pending, then stops the chainer. */
  @PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    if (chainer != null) {
      chainer.interrupt();
      chainer.join(10_000);
    }
    try {
      while (chainBatch() > 0) {
        // drain
      }
    } catch (RuntimeException e) {
      LOG.warn("audit rows left pending at shut-down: {}", e.getClass().getSimpleName());
    }
  }

  private void chainLoop() {
    while (!stopping) {
      try {
        wake.tryAcquire(250, TimeUnit.MILLISECONDS);
        wake.drainPermits();
        while (!stopping && chainBatch() == MAX_BATCH) {
          // a backlog: keep going
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // e.g. the database is unreachable: pending rows are durable and are chained on a later
        // turn
        LOG.warn("audit rows could not be chained yet: {}", e.getClass().getSimpleName());
        sleepQuietly();
      }
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Chains, on the caller's thread, every row this instance has committed and not yet chained (and
   * other instances' orphans), so a reader of the trail sees them. Throws {@link
   * AuditUnavailableException} when the chain cannot be written.
   */
  public void awaitPendingChained() {
    try {
      while (chainBatch() == MAX_BATCH) {
        // a backlog: keep going
      }
    } catch (RuntimeException e) {
      throw new AuditUnavailableException(e);
    }
  }

  /** Chains one batch of committed pending rows; returns how many it chained. */
  synchronized int chainBatch() {
    List<AuditEntry> done = new ArrayList<>();
    List<Long> pendingIds = new ArrayList<>();
    Integer n =
        ownTx.execute(
            status -> {
              var head =
                  jdbc.sql("select last_id, last_hash from audit_head where singleton for update")
                      .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
                      .single();
              List<PendingRow> rows =
                  jdbc.sql(
                          "select id, at, actor_id, actor, action, patient_id, outcome, detail"
                              + " from audit_pending where writer = ? or at < ? order by id"
                              + " limit ? for update skip locked")
                      .params(writerId, Timestamp.from(Instant.now().minus(ORPHAN_AGE)), MAX_BATCH)
                      .query(
                          (rs, i) ->
                              new PendingRow(
                                  rs.getLong("id"),
                                  rs.getTimestamp("at").toInstant(),
                                  rs.getObject("actor_id", Long.class),
                                  rs.getString("actor"),
                                  rs.getString("action"),
                                  rs.getObject("patient_id", Long.class),
                                  rs.getString("outcome"),
                                  rs.getString("detail")))
                      .list();
              if (rows.isEmpty()) {
                return 0;
              }
              List<AuditEntry> entries = chain((Long) head[0], (String) head[1], rows);
              insertChained(entries);
              batchJdbc.update(
                  "delete from audit_pending where id = any(?)",
                  (Object) rows.stream().map(PendingRow::id).toArray(Long[]::new));
              AuditEntry last = entries.get(entries.size() - 1);
              jdbc.sql("update audit_head set last_id = ?, last_hash = ? where singleton")
                  .params(last.id(), last.hash())
                  .update();
              for (int i = 0; i < rows.size(); i++) {
                pendingIds.add(rows.get(i).id());
                done.add(entries.get(i));
              }
              return rows.size();
            });
    for (int i = 0; i < pendingIds.size(); i++) {
      CompletableFuture<AuditEntry> f = waiting.remove(pendingIds.get(i));
      if (f != null) {
        f.complete(done.get(i));
      }
    }
    return n == null ? 0 : n;
  }

  private List<AuditEntry> chain(long lastId, String lastHash, List<PendingRow> rows) {
    long id = lastId;
    String prev = lastHash;
    List<AuditEntry> entries = new ArrayList<>(rows.size());
    for (PendingRow p : rows) {
      id++;
      String hash =
          key.mac(
              AuditEntry.canonical(
                  id, p.at, p.actorId, p.actor, p.action, p.patientId, p.outcome, p.detail, prev));
      entries.add(
          new AuditEntry(
              id,
              p.at,
              p.actorId,
              p.actor,
              p.action,
              p.patientId,
              p.outcome,
              p.detail,
              prev,
              hash));
      prev = hash;
    }
    return entries;
  }

  private void insertChained(List<AuditEntry> entries) {
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
  }

  private record Pending(
      Long actorId, String actor, String action, Long patientId, String outcome, String detail) {}

  private record PendingRow(
      long id,
      Instant at,
      Long actorId,
      String actor,
      String action,
      Long patientId,
      String outcome,
      String detail) {}
}
