package com.isocourse.server.notifications;

import com.isocourse.core.reminders.Reminder;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of every notification, from the message bundles ({@code messages.properties}, {@code
 * messages_es.properties}) in the recipient's language. Minimal information (ADR 0016): subjects
 * are the same for every message of a kind and name no drug or condition; bodies say what is due,
 * by when, the days left, and link to the product, where the rest is behind a sign-in.
 */
@Component
class NotificationTexts {
  /** A text message's text; one message of a phone's 160 characters is not promised. */
  record Text(String subject, String body) {}

  private final MessageSource messages;
  private final String baseUrl;

  NotificationTexts(
      MessageSource messages,
      @Value("${isocourse.notifications.base-url:http://localhost:${server.port:8080}}")
          String baseUrl) {
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** A reminder by e-mail: greeting, what is due by when, days left, sign-in link, settings. */
  Text reminderEmail(Reminder r, String language) {
    Locale l = Locale.forLanguageTag(language);
    String body =
        String.join(
            "\n\n",
            word("reminder.greeting", l),
            what(r, l) + " " + word("reminder.daysLeft", l, r.daysLeft()),
            word("reminder.signIn", l, baseUrl + "/me"),
            word("reminder.why", l, baseUrl + "/me/settings"));
    return new Text(word("reminder.subject", l), body + "\n");
  }

  /** A reminder by text message: the same facts in one short paragraph. */
  Text reminderSms(Reminder r, String language) {
    Locale l = Locale.forLanguageTag(language);
    String body =
        word("sms.prefix", l)
            + " "
            + what(r, l)
            + " "
            + word("reminder.daysLeft", l, r.daysLeft())
            + " "
            + baseUrl
            + "/me";
    return new Text(word("reminder.subject", l), body);
  }

  /** The prescriber's e-mail for a new alert: the program ID, the date, a link; no trigger. */
  Text alert(String programId, java.time.LocalDate raisedOn, long patientId) {
    return new Text(
        word("alert.subject", Locale.ENGLISH),
        word(
                "alert.body",
                Locale.ENGLISH,
                programId,
                raisedOn.toString(),
                baseUrl + "/prescriber/patients/" + patientId)
            + "\n");
  }

  /** The prescriber's daily digest: counts only, and a link to the worklist. */
  Text digest(long openAlerts, long patientsDue) {
    return new Text(
        word("digest.subject", Locale.ENGLISH),
        word(
                "digest.body",
                Locale.ENGLISH,
                Long.toString(openAlerts),
                Long.toString(patientsDue),
                baseUrl + "/prescriber")
            + "\n");
  }

  private String what(Reminder r, Locale l) {
    return word("reminder." + r.kind().name(), l, r.dueBy().toString());
  }

  private String word(String key, Locale l, Object... args) {
    return messages.getMessage(key, args, l);
  }
}
