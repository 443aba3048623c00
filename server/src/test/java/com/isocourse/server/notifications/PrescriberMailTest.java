package com.isocourse.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.isocourse.server.platform.security.UserRepository;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The prescriber is e-mailed every alert as it is raised (in the transaction that records the fact)
 * and a daily digest; the admin's outbox page lists what was sent and the outbox's state.
 */
class PrescriberMailTest extends NotificationTestSupport {
  private static final String DR_ADAMS = "dr.adams@clinic.example";

  @Autowired UserRepository users;

  private long stopLevelTriglycerides(long patientId) throws Exception {
    return record(
        "dr.adams",
        patientId,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":950,\"unit\":\"mg/dL\"}"
            .formatted(TODAY));
  }

  @Test
  void anAlertIsEmailedToThePrescriberOnceWithoutTheFindingAndWithALink() throws Exception {
    long id = patient("CANNOT_GET_PREGNANT", null, null, "en", "NONE");
    String programId =
        jdbc.sql("select program_id from patient where id = ?")
            .param(id)
            .query(String.class)
            .single();

    stopLevelTriglycerides(id);
    long alertId =
        jdbc.sql("select id from alert where patient_id = ?").param(id).query(Long.class).single();
    // written with the alert, before any planner runs
    assertThat(outboxRows("dedupe_key = ? and recipient = ?", "alert:" + alertId, DR_ADAMS))
        .isOne();
    stopLevelTriglycerides(id); // reported again: counts on the open alert, no second e-mail
    prescribers.catchUpOnOpenAlerts(); // an alert with its e-mail is not caught up on again
    assertThat(outboxRows("dedupe_key = ?", "alert:" + alertId)).isOne();
    sender.sendDue();

    List<MimeMessage> got =
        receivedBy(DR_ADAMS).stream().filter(m -> body(m).contains(programId)).toList();
    assertThat(got).hasSize(1);
    MimeMessage m = got.get(0);
    assertThat(subject(m)).isEqualTo("Isocourse: an alert needs your review");
    assertThat(body(m))
        .contains("/prescriber/patients/" + id)
        .doesNotContainIgnoringCase("triglyceride")
        .doesNotContain("950");
  }

  @Test
  void anAlertRaisedBeforeThePrescriberHadAnAddressIsEmailedByTheCatchUp() throws Exception {
    long id = patient("CANNOT_GET_PREGNANT", null, null, "en", "NONE");
    jdbc.sql("update app_user set email = null where username = 'dr.adams'").update();
    try {
      stopLevelTriglycerides(id);
      assertThat(outboxRows("patient_id = ?", id)).isZero();
    } finally {
      jdbc.sql("update app_user set email = ? where username = 'dr.adams'")
          .param(DR_ADAMS)
          .update();
    }
    assertThat(prescribers.catchUpOnOpenAlerts()).isPositive();
    assertThat(outboxRows("patient_id = ? and kind = 'ALERT'", id)).isOne();
  }

  @Test
  void theDailyDigestCountsOpenAlertsAndPatientsDueOncePerDay() throws Exception {
    long openAlerts =
        jdbc.sql(
                "select count(*) from alert a join app_user u on u.id = a.prescriber_id"
                    + " where u.username = 'dr.adams' and a.acknowledged_at is null")
            .query(Long.class)
            .single();
    long drAdams =
        jdbc.sql("select id from app_user where username = 'dr.adams'").query(Long.class).single();

    assertThat(prescribers.digestsOn(DAY, Map.of(drAdams, 3))).isPositive();
    assertThat(prescribers.digestsOn(DAY, Map.of(drAdams, 3))).isZero();
    sender.sendDue();

    List<MimeMessage> digests =
        receivedBy(DR_ADAMS).stream()
            .filter(m -> subject(m).equals("Isocourse: your daily summary"))
            .toList();
    assertThat(digests).hasSize(1);
    assertThat(body(digests.get(0)))
        .contains("Open alerts: " + openAlerts)
        .contains("Patients with something due today or overdue: 3")
        .contains("/prescriber");
  }

  @Test
  void theAdminOutboxPageListsSentMessagesAndTheOutboxState() throws Exception {
    String to = address("page");
    patient("CANNOT_GET_PREGNANT", to, null, "en", "EMAIL");
    planner.planOn(DAY);
    sender.sendDue();
    long sent = outboxRows("status = 'SENT'");

    String page =
        mvc.perform(get("/admin/outbox").with(as("admin")))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Notification outbox")
        .contains(to)
        .contains("Isocourse: a reminder for you")
        .contains("Your monthly mood questions are due on " + DAY)
        .containsPattern("id=\"count-sent\">" + sent + "<")
        .contains("id=\"count-pending\">0<");
    int status =
        mvc.perform(get("/admin/outbox").with(as("dr.adams")))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(403);
  }
}
