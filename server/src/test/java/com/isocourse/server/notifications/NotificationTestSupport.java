package com.isocourse.server.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.isocourse.server.support.ApiTestSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the notification tests: the API tests' context and PostgreSQL database, with the
 * product's mail sender pointed at a real SMTP server (GreenMail) on a free port, whose received
 * messages the tests read. The background schedule is off (test config); tests run the planner and
 * senders.
 */
abstract class NotificationTestSupport extends ApiTestSupport {
  static final GreenMail SMTP = startSmtp();
  static final LocalDate DAY = LocalDate.parse(TODAY);
  private static final AtomicInteger PATIENTS = new AtomicInteger();

  @Autowired ReminderPlanner planner;
  @Autowired OutboxSender sender;
  @Autowired Outbox outbox;
  @Autowired MailDelivery mail;
  @Autowired SmsSender sms;
  @Autowired PrescriberNotices prescribers;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  private static GreenMail startSmtp() {
    GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
    smtp.start();
    return smtp;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each test starts with an empty outbox and an empty mail server. */
  @BeforeEach
  void emptyOutboxAndMailbox() throws Exception {
    jdbc.sql("delete from notification").update();
    SMTP.purgeEmailFromAllMailboxes();
  }

  /** A new patient of Dr. Adams with the given reminder settings; returns the patient's id. */
  long patient(String category, String email, String phone, String language, String channel)
      throws Exception {
    long id =
        enroll("dr.adams", "Reminded " + PATIENTS.incrementAndGet(), category)
            .at("/patient/id")
            .asLong();
    jdbc.sql(
            "update patient set email = ?, phone = ?, preferred_language = ?,"
                + " reminder_channel = ? where id = ?")
        .params(email, phone, language, channel, id)
        .update();
    return id;
  }

  /** A fresh address, so a test reads only its own messages. */
  static String address(String who) {
    return who + "-" + PATIENTS.incrementAndGet() + "@patients.example";
  }

  /** The messages the SMTP server received for the address. */
  static List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String key(MimeMessage m) {
    try {
      return m.getHeader(MailDelivery.KEY_HEADER)[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Another sender, as on another instance: its own name, lease, back-off and mail server. */
  OutboxSender senderNamed(String name, java.time.Duration lease, int maxAttempts, int batch) {
    return new OutboxSender(
        outbox, mail, sms, name, lease, java.time.Duration.ofMinutes(1), maxAttempts, batch);
  }

  /** A sender whose SMTP server is down (nothing listens on its port). */
  OutboxSender senderWithSmtpDown(int maxAttempts) {
    JavaMailSenderImpl dead = new JavaMailSenderImpl();
    dead.setHost("127.0.0.1");
    dead.setPort(freePort());
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("deadSmtp", dead);
    MailDelivery down =
        new MailDelivery(beans.getBeanProvider(JavaMailSender.class), "Isocourse <a@b.example>");
    return new OutboxSender(
        outbox,
        down,
        sms,
        "sender-smtp-down",
        java.time.Duration.ofMinutes(5),
        java.time.Duration.ofMinutes(1),
        maxAttempts,
        50);
  }

  long outboxRows(String where, Object... params) {
    return jdbc.sql("select count(*) from notification where " + where)
        .params(params)
        .query(Long.class)
        .single();
  }
}
