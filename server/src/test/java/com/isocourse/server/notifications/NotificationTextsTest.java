package com.isocourse.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.reminders.Reminder;
import com.isocourse.core.reminders.ReminderKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The reminder texts from the message bundles: days left in both languages, links, no drug name.
 */
class NotificationTextsTest {
  private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

  private static NotificationTexts texts() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasename("messages");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return new NotificationTexts(bundles, "https://clinic.example/");
  }

  private static Reminder labsIn(long daysLeft) {
    return new Reminder(
        ReminderKind.LABS_DUE, DUE.minusDays(daysLeft), DUE, daysLeft, "LABS_DUE:notice:" + DUE);
  }

  @Test
  void daysLeftAreCountedInWordsInEnglishAndSpanish() {
    assertThat(texts().reminderEmail(labsIn(3), "en").body())
        .contains("Your blood tests (liver and triglycerides) are due on 2026-12-10. 3 days left.");
    assertThat(texts().reminderEmail(labsIn(1), "en").body()).contains("1 day left.");
    assertThat(texts().reminderEmail(labsIn(0), "en").body()).contains("It is due now.");
    assertThat(texts().reminderEmail(labsIn(3), "es").body()).contains("Quedan 3 días.");
    assertThat(texts().reminderEmail(labsIn(1), "es").body()).contains("Queda 1 día.");
  }

  @Test
  void everyKindHasWordsInBothLanguagesAndLinksToSignInAndSettings() {
    for (ReminderKind kind : ReminderKind.values()) {
      for (String language : new String[] {"en", "es"}) {
        Reminder r = new Reminder(kind, DUE, DUE, 0, kind + ":" + DUE);
        NotificationTexts.Text email = texts().reminderEmail(r, language);
        assertThat(email.body())
            .as("%s in %s", kind, language)
            .contains("2026-12-10")
            .contains("https://clinic.example/me\n")
            .contains("https://clinic.example/me/settings")
            .doesNotContainIgnoringCase("isotretinoin");
        assertThat(texts().reminderSms(r, language).body())
            .startsWith("Isocourse:")
            .endsWith("https://clinic.example/me");
      }
    }
  }

  @Test
  void theAlertAndDigestSayNoMoreThanAProgramIdADateCountsAndALink() {
    NotificationTexts.Text alert = texts().alert("IC-ABC123", DUE, 42);
    assertThat(alert.subject()).isEqualTo("Isocourse: an alert needs your review");
    assertThat(alert.body())
        .contains("IC-ABC123")
        .contains("2026-12-10")
        .contains("https://clinic.example/prescriber/patients/42");
    assertThat(texts().digest(2, 5).body())
        .contains("Open alerts: 2")
        .contains("Patients with something due today or overdue: 5");
  }
}
