package com.isocourse.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Each message is delivered once: with two instances planning and sending at the same time, after a
 * sender died between claiming and sending (its lease runs out, another sender takes over), and
 * when the SMTP server is down (the row keeps the error and is retried later, then sent once).
 */
class OutboxExactlyOnceTest extends NotificationTestSupport {

  private List<String> patientsWithEmail(int n) throws Exception {
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String to = address("race");
      patient(i % 2 == 0 ? "CAN_GET_PREGNANT" : "CANNOT_GET_PREGNANT", to, null, "en", "EMAIL");
      addresses.add(to);
    }
    return addresses;
  }

  private static List<String> deliveredKeys() {
    return Arrays.stream(SMTP.getReceivedMessages()).map(NotificationTestSupport::key).toList();
  }

  private List<String> outboxKeys() {
    return jdbc.sql("select dedupe_key from notification order by dedupe_key")
        .query(String.class)
        .list();
  }

  /** The e-mails in the outbox (text messages do not reach the mail server). */
  private List<String> emailKeys() {
    return jdbc.sql("select dedupe_key from notification where channel = 'EMAIL'")
        .query(String.class)
        .list();
  }

  /** Runs the work on two threads released at the same instant; returns their results. */
  private static List<Integer> onTwoInstancesAtOnce(
      java.util.function.IntSupplier a, java.util.function.IntSupplier b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (java.util.function.IntSupplier work : List.of(a, b)) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.getAsInt();
                }));
      }
      return List.of(runs.get(0).get(), runs.get(1).get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoInstancesPlanningAndSendingAtOnceDeliverEveryReminderExactlyOnce() throws Exception {
    patientsWithEmail(12);
    // both instances plan the same day at the same time: every reminder is one row
    List<Integer> added =
        onTwoInstancesAtOnce(
            () -> planner.planOn(DAY).reminders(), () -> planner.planOn(DAY).reminders());
    List<String> keys = outboxKeys();
    assertThat(keys).hasSizeGreaterThanOrEqualTo(12 * 2).doesNotHaveDuplicates();
    assertThat(added.get(0) + added.get(1)).isEqualTo(keys.size());

    // both instances send at the same time, one message per claim, so they fight for every row
    OutboxSender a = senderNamed("instance-a", Duration.ofMinutes(5), 10, 1);
    OutboxSender b = senderNamed("instance-b", Duration.ofMinutes(5), 10, 1);
    List<Integer> sent = onTwoInstancesAtOnce(a::sendDue, b::sendDue);

    assertThat(sent.get(0) + sent.get(1)).isEqualTo(keys.size());
    assertThat(deliveredKeys()).hasSize(emailKeys().size()).doesNotHaveDuplicates();
    assertThat(deliveredKeys()).containsExactlyInAnyOrderElementsOf(emailKeys());
    assertThat(outboxRows("status = 'SENT' and attempts = 1")).isEqualTo(keys.size());
  }

  @Test
  void aClaimLeftByACrashedSenderIsSentOnceAfterItsLeaseNotLostNotTwice() throws Exception {
    patientsWithEmail(2);
    planner.planOn(DAY);
    int planned = outboxKeys().size();
    // an instance claims everything and dies before sending
    List<ClaimedMessage> orphaned = outbox.claim("crashed-instance", Duration.ofSeconds(1), 1000);
    assertThat(orphaned).hasSize(planned);

    OutboxSender survivor = senderNamed("survivor", Duration.ofMinutes(5), 10, 50);
    assertThat(survivor.sendDue()).as("the lease still runs").isZero();
    assertThat(SMTP.getReceivedMessages()).isEmpty();

    Thread.sleep(1_500); // the lease runs out
    assertThat(survivor.sendDue()).isEqualTo(planned);
    assertThat(survivor.sendDue()).isZero();
    assertThat(deliveredKeys()).hasSize(emailKeys().size()).doesNotHaveDuplicates();
    assertThat(deliveredKeys()).containsExactlyInAnyOrderElementsOf(emailKeys());
    assertThat(outboxRows("status = 'SENT' and attempts = 2")).isEqualTo(planned);
    // the crashed instance comes back: its claim is gone, it cannot mark anything
    assertThat(outbox.markSent(orphaned.get(0).id(), "crashed-instance")).isFalse();
  }

  @Test
  void withTheSmtpServerDownTheMessageStaysPendingWithTheErrorAndIsSentOnceLater()
      throws Exception {
    String to = patientsWithEmail(1).get(0);
    planner.planOn(DAY);
    long planned = outboxRows("recipient = ?", to);
    assertThat(planned).isPositive();

    // only text messages get through; every e-mail fails
    assertThat(senderWithSmtpDown(10).sendDue()).isEqualTo(outboxRows("channel = 'SMS'"));
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    assertThat(outboxRows("recipient = ? and status = 'PENDING' and attempts = 1", to))
        .isEqualTo(planned);
    assertThat(outboxRows("recipient = ? and last_error like 'SMTP:%'", to)).isEqualTo(planned);
    assertThat(outboxRows("recipient = ? and next_attempt_at > now() + interval '50 seconds'", to))
        .as("retried after the back-off, not at once")
        .isEqualTo(planned);
    assertThat(sender.sendDue()).as("not due yet").isZero();
    assertThat(receivedBy(to)).isEmpty();

    jdbc.sql("update notification set next_attempt_at = now() where recipient = ?")
        .param(to)
        .update(); // the back-off has passed
    assertThat(sender.sendDue()).isEqualTo(planned);
    List<MimeMessage> got = receivedBy(to);
    assertThat(got).hasSize((int) planned);
    assertThat(
            outboxRows(
                "recipient = ? and status = 'SENT' and attempts = 2 and last_error is null", to))
        .isEqualTo(planned);
  }

  @Test
  void afterTheLastAttemptTheMessageIsFailedWithItsErrorAndNeverSent() throws Exception {
    String to = patientsWithEmail(1).get(0);
    planner.planOn(DAY);
    long planned = outboxRows("recipient = ?", to);

    senderWithSmtpDown(1).sendDue();

    assertThat(outboxRows("recipient = ? and status = 'FAILED' and last_error like 'SMTP:%'", to))
        .isEqualTo(planned);
    jdbc.sql("update notification set next_attempt_at = now() where recipient = ?")
        .param(to)
        .update();
    assertThat(sender.sendDue()).isZero();
    assertThat(receivedBy(to)).isEmpty();
  }

  @Test
  void theBackOffDoublesUpToSixHours() {
    OutboxSender s = senderNamed("backoff", Duration.ofMinutes(5), 10, 1);
    assertThat(s.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(s.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(s.backoff(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(s.backoff(30)).isEqualTo(Duration.ofHours(6));
  }
}
