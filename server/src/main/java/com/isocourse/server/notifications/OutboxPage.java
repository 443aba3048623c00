package com.isocourse.server.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.ui.WebPage;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The notification outbox (issue 14, ADR 0016): how many messages are pending, being sent, sent or
 * failed, and the newest messages with their recipient, subject, time, state, last error and body.
 * In the demo it also says how many messages the embedded mail server has received. Reading it
 * reads patients' contact details, so its audit row names the patients listed.
 */
@WebPage
class OutboxPage {
  /** At most this many messages on the page. */
  static final int LIMIT = 200;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Outbox outbox;
  private final ObjectProvider<GreenMail> demoMailbox;
  private final Clock clock;

  public OutboxPage(Outbox outbox, ObjectProvider<GreenMail> demoMailbox, Clock clock) {
    this.outbox = outbox;
    this.demoMailbox = demoMailbox;
    this.clock = clock;
  }

  /** One message as shown. */
  public record Line(OutboxEntry entry, String created, String sent, String nextAttempt) {}

  @GetMapping("/admin/outbox")
  String show(Model model, AuditFacts touched) {
    List<OutboxEntry> entries = outbox.newest(LIMIT);
    touched.patients(
        entries.stream().map(OutboxEntry::patientId).filter(Objects::nonNull).toList());
    model.addAttribute("counts", outbox.countsByStatus());
    model.addAttribute(
        "lines",
        entries.stream()
            .map(e -> new Line(e, when(e.createdAt()), when(e.sentAt()), when(e.nextAttemptAt())))
            .toList());
    GreenMail mailbox = demoMailbox.getIfAvailable();
    model.addAttribute(
        "demoReceived", mailbox == null ? null : mailbox.getReceivedMessages().length);
    return "admin/outbox";
  }

  private String when(Instant i) {
    return i == null ? "" : WHEN.format(i.atZone(clock.getZone()));
  }
}
