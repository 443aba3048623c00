package com.isocourse.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patient reminders travel the real mail path: planned from core's reminder schedule into the
 * outbox, sent over SMTP, received by the mail server; in the patient's language, through the
 * channel they chose, and not at all when they opted out.
 */
class ReminderMailTest extends NotificationTestSupport {
  /** Words that must never be in a subject line (minimal information, ADR 0016). */
  private static final List<String> HEALTH_WORDS =
      List.of(
          "isotretinoin", "accutane", "absorica", "acne", "pregnan", "embaraz", "mood", "blood");

  @Test
  void aNewPatientGetsEachThingDueOnceByEmailWithAPlainSubject() throws Exception {
    String to = address("olga");
    long id = patient("CAN_GET_PREGNANT", to, null, "en", "EMAIL");

    planner.planOn(DAY);
    sender.sendDue();

    List<MimeMessage> got = receivedBy(to);
    // nothing recorded yet: the monthly test, the mood and program questions and the labs
    assertThat(got).hasSize(4);
    assertThat(got)
        .allSatisfy(
            m -> {
              assertThat(subject(m)).isEqualTo("Isocourse: a reminder for you");
              assertThat(HEALTH_WORDS).noneMatch(w -> subject(m).toLowerCase().contains(w));
              assertThat(body(m)).contains("It is due now.").contains("http://").contains("/me");
            });
    assertThat(got.stream().map(NotificationTestSupport::body))
        .anyMatch(b -> b.contains("Your monthly pregnancy test is due on " + DAY))
        .anyMatch(b -> b.contains("Your blood tests (liver and triglycerides) are due on " + DAY));
    assertThat(outboxRows("patient_id = ? and status = 'SENT'", id)).isEqualTo(4);
  }

  @Test
  void aSpanishSpeakingPatientReadsTheReminderInSpanish() throws Exception {
    String to = address("elena");
    patient("CAN_GET_PREGNANT", to, null, "es", "EMAIL");

    planner.planOn(DAY);
    sender.sendDue();

    List<MimeMessage> got = receivedBy(to);
    assertThat(got).hasSize(4);
    assertThat(got)
        .allSatisfy(m -> assertThat(subject(m)).isEqualTo("Isocourse: un recordatorio para usted"));
    assertThat(got.stream().map(NotificationTestSupport::body))
        .allMatch(b -> b.startsWith("Hola:"))
        .anyMatch(b -> b.contains("Su prueba de embarazo mensual vence el " + DAY))
        .anyMatch(b -> b.contains("Sus análisis de sangre"));
  }

  @Test
  void aPatientWhoOptedOutGetsNothing() throws Exception {
    String to = address("nadia");
    long id = patient("CAN_GET_PREGNANT", to, "+1 555 0199 000", "en", "NONE");

    planner.planOn(DAY);
    sender.sendDue();

    assertThat(receivedBy(to)).isEmpty();
    assertThat(outboxRows("patient_id = ?", id)).isZero();
  }

  @Test
  void aPatientWhoCannotGetPregnantGetsNoPregnancyOrProgramQuestionReminders() throws Exception {
    String to = address("mark");
    patient("CANNOT_GET_PREGNANT", to, null, "en", "EMAIL");

    planner.planOn(DAY);
    sender.sendDue();

    assertThat(receivedBy(to).stream().map(NotificationTestSupport::body))
        .hasSize(2)
        .noneMatch(b -> b.contains("pregnancy"))
        .noneMatch(b -> b.contains("program questions"));
  }

  @Test
  void aTextMessagePatientIsSentAnSmsNotAnEmail() throws Exception {
    String to = address("sam");
    long id = patient("CANNOT_GET_PREGNANT", to, "+1 555 0142 877", "en", "SMS");

    planner.planOn(DAY);
    sender.sendDue();

    assertThat(receivedBy(to)).isEmpty();
    assertThat(outboxRows("patient_id = ? and channel = 'SMS' and status = 'SENT'", id))
        .isEqualTo(2);
    assertThat(outboxRows("patient_id = ? and recipient = '+1 555 0142 877'", id)).isEqualTo(2);
  }

  @Test
  void planningAgainTheSameDayOrTheNextAddsNothingForTheSameReminders() throws Exception {
    String to = address("ruth");
    long id = patient("CAN_GET_PREGNANT", to, null, "en", "EMAIL");

    planner.planOn(DAY);
    sender.sendDue();
    planner.planOn(DAY);
    planner.planOn(DAY.plusDays(1)); // still nothing recorded: the same reminders, the same keys
    sender.sendDue();

    assertThat(outboxRows("patient_id = ?", id)).isEqualTo(4);
    assertThat(receivedBy(to)).hasSize(4);
  }

  @Test
  void aPatientWithoutAnAddressForTheirChannelIsSkipped() throws Exception {
    long id = patient("CAN_GET_PREGNANT", null, null, "en", "EMAIL");
    planner.planOn(DAY);
    assertThat(outboxRows("patient_id = ?", id)).isZero();
  }

  @Test
  void theSmsLogMasksThePhoneNumber() {
    assertThat(LoggingSmsSender.masked("+1 555 0142 877")).isEqualTo("*********77");
  }
}
