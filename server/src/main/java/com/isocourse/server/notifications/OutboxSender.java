package com.isocourse.server.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due messages with a lease ({@link Outbox#claim}), sends each
 * through its channel and marks it sent, or records the error and when to try again (exponential
 * back-off from {@code retryBase}, at most {@link #MAX_BACKOFF}; FAILED after {@code maxAttempts}).
 * Any number of senders, on any number of instances, may run at once: a row is claimed by one of
 * them at a time, and a claim whose sender died is taken over once its lease has run out.
 */
@Component
class OutboxSender {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /** The longest wait between two attempts of one message. */
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private final Outbox outbox;
  private final MailDelivery mail;
  private final SmsSender sms;
  private final String name;
  private final Duration lease;
  private final Duration retryBase;
  private final int maxAttempts;
  private final int batch;

  @Autowired
  OutboxSender(
      Outbox outbox,
      MailDelivery mail,
      SmsSender sms,
      @Value("${isocourse.notifications.lease:PT5M}") Duration lease,
      @Value("${isocourse.notifications.retry-base:PT1M}") Duration retryBase,
      @Value("${isocourse.notifications.max-attempts:10}") int maxAttempts,
      @Value("${isocourse.notifications.batch:50}") int batch) {
    this(outbox, mail, sms, "sender-" + UUID.randomUUID(), lease, retryBase, maxAttempts, batch);
  }

  OutboxSender(
      Outbox outbox,
      MailDelivery mail,
      SmsSender sms,
      String name,
      Duration lease,
      Duration retryBase,
      int maxAttempts,
      int batch) {
    this.outbox = outbox;
    this.mail = mail;
    this.sms = sms;
    this.name = name;
    this.lease = lease;
    this.retryBase = retryBase;
    this.maxAttempts = maxAttempts;
    this.batch = batch;
  }

  /** Sends every due message, batch after batch, until none is due; returns how many were sent. */
  public int sendDue() {
    int sent = 0;
    List<ClaimedMessage> claimed;
    do {
      claimed = outbox.claim(name, lease, batch);
      for (ClaimedMessage m : claimed) {
        sent += sendOne(m) ? 1 : 0;
      }
    } while (!claimed.isEmpty());
    return sent;
  }

  private boolean sendOne(ClaimedMessage m) {
    try {
      switch (m.channel()) {
        case EMAIL -> mail.send(m);
        case SMS -> sms.send(m.recipient(), m.body());
      }
    } catch (DeliveryFailed | RuntimeException e) {
      String error = e.getMessage() == null ? e.toString() : e.getMessage();
      outbox.markFailed(m.id(), name, error, maxAttempts, backoff(m.attempts()));
      // the id and the attempt only: the error may name the recipient (no patient data in logs)
      LOG.warn(
          "notification {} not sent (attempt {}): {}",
          m.id(),
          m.attempts(),
          e.getClass().getSimpleName());
      return false;
    }
    if (!outbox.markSent(m.id(), name)) {
      // the lease ran out while sending and another sender took the row over (ADR 0016)
      LOG.warn("notification {} sent after its lease ran out", m.id());
    }
    return true;
  }

  /** retryBase × 2^(attempts − 1), at most {@link #MAX_BACKOFF}. */
  Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 20);
    Duration wait = retryBase.multipliedBy(1L << doublings);
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }
}
