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
 * change. A change made by another server instance on the same database, or by hand in SQL, is not
 * seen until this instance restarts.
 */
@Repository
public class ClinicPolicyRepository {
  private final JdbcClient jdbc;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicInteger changing = new AtomicInteger();
  private volatile Kept kept;

  private record Kept(long generation, Map<String, String> overrides) {}

  public ClinicPolicyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The overrides, by key in key order (unmodifiable). */
  public Map<String, String> overrides() {
    long gen = generation.get();
    Kept k = kept;
    if (k != null && k.generation() == gen) {
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

  private void changed() {
    generation.incrementAndGet();
    changing.decrementAndGet();
  }

  private void write(Map<String, String> overrides, long changedBy) {
    jdbc.sql("delete from clinic_policy").update();
    overrides.forEach(
        (k, v) ->
            jdbc.sql("insert into clinic_policy (key, value, changed_by) values (?, ?, ?)")
                .params(k, v, changedBy)
                .update());
  }
}
