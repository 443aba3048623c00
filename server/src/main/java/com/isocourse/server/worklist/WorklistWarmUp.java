package com.isocourse.server.worklist;

import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes every prescriber's worklist lines in the background once the server is ready, and again
 * just after midnight (a line is for one day), so the first worklist a prescriber opens in the
 * morning is read from {@link WorklistLineCache} instead of running the engine on every case while
 * she waits. One low-priority thread, one prescriber at a time at half duty, lines computed on that
 * thread only (never on the request threads), and no more patients than the cache keeps. Nothing is
 * read for a user, so nothing is audited: the audit row is written when someone reads the worklist.
 */
@Component
class WorklistWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(WorklistWarmUp.class);

  private final PatientRepository patients;
  private final WorklistLines lines;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final boolean enabled;
  private final int capacity;
  private ScheduledExecutorService timer;

  WorklistWarmUp(
      PatientRepository patients,
      WorklistLines lines,
      JdbcClient jdbc,
      Clock clock,
      @Value("${isocourse.worklist.warm-up:true}") boolean enabled,
      @Value("${isocourse.cache.worklist-lines:50000}") int capacity) {
    this.patients = patients;
    this.lines = lines;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
    this.capacity = capacity;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!enabled || capacity <= 0) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "worklist-warm-up");
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY);
              return t;
            });
    timer.execute(this::warmAndScheduleNext);
  }

  private void warmAndScheduleNext() {
    try {
      warm(LocalDate.now(clock));
    } catch (RuntimeException e) {
      // e.g. the database is down: the worklist computes its lines when it is read
      LOG.warn("worklist warm-up stopped: {}", e.getClass().getSimpleName());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime next = now.toLocalDate().plusDays(1).atTime(LocalTime.of(0, 1));
    timer.schedule(
        this::warmAndScheduleNext,
        Math.max(60_000, Duration.between(now, next).toMillis()),
        TimeUnit.MILLISECONDS);
  }

  /** Computes the lines of every prescriber's patients for {@code today}; returns how many. */
  int warm(LocalDate today) {
    long start = System.nanoTime();
    List<Long> prescribers =
        jdbc.sql("select distinct prescriber_id from patient order by prescriber_id")
            .query(Long.class)
            .list();
    int done = 0;
    for (long prescriberId : prescribers) {
      List<PatientRecord> mine = patients.findByPrescriber(prescriberId);
      if (done + mine.size() > capacity) {
        break;
      }
      long t0 = System.nanoTime();
      lines.of(prescriberId, mine, today, false);
      done += mine.size();
      // Half duty: after each prescriber, rest as long as her lines took, so a warm-up that runs
      // while requests arrive (a restart in clinic hours) takes at most half a core from them.
      rest(Duration.ofNanos(System.nanoTime() - t0));
    }
    LOG.info(
        "worklist lines ready for {} patients of {} prescribers in {} ms",
        done,
        prescribers.size(),
        (System.nanoTime() - start) / 1_000_000);
    return done;
  }

  private static void rest(Duration d) {
    try {
      Thread.sleep(Math.min(d.toMillis(), 10_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
