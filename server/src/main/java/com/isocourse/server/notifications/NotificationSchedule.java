package com.isocourse.server.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the notifications in the background once the server is ready, on one daemon thread: the
 * planning (reminders, alert catch-up, and from {@code digest-hour} the daily digest) every {@code
 * plan-interval}, the sending every {@code send-interval}. Every instance runs it; the outbox's
 * keys and claims make that safe (ADR 0016). {@code isocourse.notifications.scheduler=false} turns
 * it off (the tests drive the planner and the sender themselves).
 */
@Component
class NotificationSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationSchedule.class);

  private final ReminderPlanner planner;
  private final PrescriberNotices prescribers;
  private final OutboxSender sender;
  private final Clock clock;
  private final boolean enabled;
  private final Duration planInterval;
  private final Duration sendInterval;
  private final int digestHour;
  private ScheduledExecutorService timer;

  NotificationSchedule(
      ReminderPlanner planner,
      PrescriberNotices prescribers,
      OutboxSender sender,
      Clock clock,
      @Value("${isocourse.notifications.scheduler:true}") boolean enabled,
      @Value("${isocourse.notifications.plan-interval:PT1H}") Duration planInterval,
      @Value("${isocourse.notifications.send-interval:PT10S}") Duration sendInterval,
      @Value("${isocourse.notifications.digest-hour:7}") int digestHour) {
    this.planner = planner;
    this.prescribers = prescribers;
    this.sender = sender;
    this.clock = clock;
    this.enabled = enabled;
    this.planInterval = planInterval;
    this.sendInterval = sendInterval;
    this.digestHour = digestHour;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!enabled) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "notifications");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> quietly(this::planNow), 5_000, planInterval.toMillis(), TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(
        () -> quietly(sender::sendDue), 7_000, sendInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One planning run for today: reminders, alerts without an e-mail, and the digest. */
  public void planNow() {
    LocalDate today = LocalDate.now(clock);
    ReminderPlanner.Planned planned = planner.planOn(today);
    prescribers.catchUpOnOpenAlerts();
    if (ZonedDateTime.now(clock).getHour() >= digestHour) {
      prescribers.digestsOn(today, planned.patientsDueByPrescriber());
    }
  }

  private static void quietly(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // the database may be away for a while: the next run tries again
      LOG.warn("notifications run failed: {}", e.getClass().getSimpleName());
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
