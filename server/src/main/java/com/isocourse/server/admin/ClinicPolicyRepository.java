package com.isocourse.server.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clinic's policy overrides (rules.md policy parameters), as validated key/value text.
 *
 * <p>The overrides are read once per change and kept: {@link #replace} (the only writer) drops the
 * kept copy when it writes, nothing is kept until its transaction has ended, and a read that
 * overlapped a change is not kept, so a request never sees overrides older than the last committed
 * change.
 *
 * <p>A change made by another server instance on the same database, or by hand in SQL, moves the
 * stored version (V10's trigger); {@link PolicyVersionWatch} reads it at least every {@link
 * PolicyVersionWatch#POLL_MILLIS} ms and reports it through {@link #versionChecked}. The kept copy
 * is trusted only while the last check began less than {@link #TRUSTED_FOR_NANOS} ago, so a request
 * never sees overrides older than 1 s behind the database, even when the watch has lost its
 * connection (then every request reads the table). See docs/adr/0011.
 */
@Repository
public class ClinicPolicyRepository {
  private final JdbcClient jdbc;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicInteger changing = new AtomicInteger();
  private volatile Kept kept;
  private volatile long lastVersion = Long.MIN_VALUE;
  private volatile long checkedAt = System.nanoTime() - TRUSTED_FOR_NANOS;

  /** How long after a version check began the kept copy is trusted (under the 1 s promise). */
  static final long TRUSTED_FOR_NANOS = 750_000_000L;

  private record Kept(long generation, Map<String, String> overrides) {}

  public ClinicPolicyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The overrides, by key in key order (unmodifiable). */
  public Map<String, String> overrides() {
    long gen = generation.get();
    Kept k = kept;
    if (k != null && k.generation() == gen && System.nanoTime() - checkedAt < TRUSTED_FOR_NANOS) {
      return k.overrides();
    }
    Map<String, String> m = new LinkedHashMap<>();
    jdbc.sql("select key, value from clinic_policy order by key")
        .query((rs, n) -> m.put(rs.getString(1), rs.getString(2)))
        .list();
    Map<String, String> read = Collections.unmodifiableMap(m);
    // Kept only if no change is under way and none began while reading.
    if (changing.get() == 0 && generation.get() == gen) {
      kept = new Kept(gen, read);
    }
    return read;
  }

  /** Replaces all overrides at once (the caller validated them as a whole). */
  public void replace(Map<String, String> overrides, long changedBy) {
    changing.incrementAndGet();
    generation.incrementAndGet();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              changed();
            }
          });
    } else {
      try {
        write(overrides, changedBy);
      } finally {
        changed();
      }
      return;
    }
    write(overrides, changedBy);
  }

  /**
   * The stored version as read by a check that began at {@code startedAt} ({@link
   * System#nanoTime}): a moved version drops the kept copy (and any read under way is not kept),
   * and every change committed before {@code startedAt} is now known.
   */
  void versionChecked(long version, long startedAt) {
    if (version != lastVersion) {
      generation.incrementAndGet();
      lastVersion = version;
    }
    checkedAt = startedAt;
  }

  private void changed() {
    generation.incrementAndGet();
    changing.decrementAndGet();
  }

  private void write(Map<String, String> overrides, long changedBy) {
    // One writer at a time across instances: the version row is locked until commit.
    jdbc.sql("select version from clinic_policy_version for update").query(Long.class).single();
    jdbc.sql("delete from clinic_policy").update();
    overrides.forEach(
        (k, v) ->
            jdbc.sql("insert into clinic_policy (key, value, changed_by) values (?, ?, ?)")
                .params(k, v, changedBy)
                .update());
  }
}
