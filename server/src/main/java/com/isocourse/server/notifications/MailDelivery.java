package com.isocourse.server.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail over SMTP through Spring Mail ({@code spring.mail.*}, set by {@code serve} from
 * {@code ISOCOURSE_SMTP_*}; the demo's embedded server in {@code demo}). Without an SMTP server
 * every attempt fails with a clear error, kept on the outbox row, and is retried later.
 */
@Component
class MailDelivery {
  /** Header carrying the outbox key, so a receiving system can drop a duplicate (ADR 0016). */
  static final String KEY_HEADER = "X-Isocourse-Notification";

  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  MailDelivery(
      ObjectProvider<JavaMailSender> mail,
      @Value("${isocourse.notifications.from:Isocourse <no-reply@isocourse.invalid>}")
          String from) {
    this.mail = mail;
    this.from = from;
  }

  void send(ClaimedMessage m) throws DeliveryFailed {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new DeliveryFailed("no SMTP server configured (set ISOCOURSE_SMTP_HOST)");
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(m.recipient());
      helper.setSubject(m.subject());
      helper.setText(m.body(), false);
      message.setHeader(KEY_HEADER, m.dedupeKey());
      sender.send(message);
    } catch (MailException | MessagingException e) {
      throw new DeliveryFailed("SMTP: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
