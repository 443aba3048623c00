package com.isocourse.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every stop a newly recorded fact raises alerts the patient's prescriber, in the transaction that
 * records the fact, whoever records it; the alert stays open until the prescriber or their designee
 * acknowledges it, and nobody else can see or acknowledge it. Each test has its own prescriber (and
 * designee), so the inbox holds exactly the test's alerts.
 */
class AlertsTest extends ApiTestSupport {
  private static final AtomicInteger PRESCRIBERS = new AtomicInteger();

  @Autowired private CourseRecorder recorder;
  @Autowired private PatientRepository patients;
  @Autowired private UserRepository users;
  @Autowired private PlatformTransactionManager transactions;
  @Autowired private ObjectMapper json;

  private String doctor;
  private long doctorId;
  private String designee;
  private long designeeId;

  @BeforeEach
  void aPrescriberWithADesignee() throws Exception {
    int n = PRESCRIBERS.incrementAndGet();
    doctor = "dr.alerts-" + n;
    doctorId = user(doctor, "PRESCRIBER", "Dr. Alert " + n, null);
    call(
        "admin",
        put("/api/admin/prescribers/" + doctorId + "/certification"),
        Map.of("certified", true),
        200);
    designee = "des.alerts-" + n;
    designeeId = user(designee, "DESIGNEE", "Dee Signee " + n, doctorId);
  }

  private long user(String username, String role, String name, Long actsFor) throws Exception {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "username",
                username,
                "password",
                "a-long-enough-password",
                "role",
                role,
                "displayName",
                name));
    if (actsFor != null) {
      body.put("actsForId", actsFor);
    }
    return call("admin", post("/api/admin/users"), body, 201).get("id").asLong();
  }

  /** Enrolls a patient with the test's prescriber; returns [patient id, patient username]. */
  private Object[] patient(String name, String category) throws Exception {
    JsonNode e = enroll(doctor, name, category);
    return new Object[] {e.at("/patient/id").asLong(), e.get("username").asText()};
  }

  private JsonNode openAlerts(String who) throws Exception {
    return call(who, get("/api/alerts"), null, 200);
  }

  private long alertRowsOf(long patientId) {
    return jdbc.sql("select count(*) from alert where patient_id = ?")
        .param(patientId)
        .query(Long.class)
        .single();
  }

  @Test
  void suicidalThoughtsReportedByThePatientAlertTheirPrescriberAtOnce() throws Exception {
    Object[] p = patient("Sam Suicidal", "CANNOT_GET_PREGNANT");
    JsonNode answer =
        call((String) p[1], post("/api/me/symptoms"), Map.of("code", "suicidal-thoughts"), 201);
    assertThat(answer.get("prescriberAlerted").asBoolean()).isTrue();
    assertThat(answer.at("/triage/showCrisisResources").asBoolean()).isTrue();

    JsonNode alerts = openAlerts(doctor);
    assertThat(alerts).hasSize(1);
    JsonNode a = alerts.get(0);
    assertThat(a.get("patientId").asLong()).isEqualTo((long) p[0]);
    assertThat(a.get("patientName").asText()).isEqualTo("Sam Suicidal");
    assertThat(a.get("tier").asText()).isEqualTo("SAFETY_STOP");
    assertThat(a.get("code").asText()).isEqualTo("SYMPTOM_NEEDS_REVIEW");
    assertThat(a.get("trigger").asText()).isEqualTo("Suicidal thoughts reported " + TODAY);
    assertThat(a.get("factDate").asText()).isEqualTo(TODAY);
    assertThat(a.get("raisedAt").isNull()).isFalse();
    assertThat(a.get("open").asBoolean()).isTrue();
    // the alert names the very fact that raised it
    assertThat(
            jdbc.sql("select event_id from alert where id = ?")
                .param(a.get("id").asLong())
                .query(Long.class)
                .single())
        .isEqualTo(answer.get("eventId").asLong());
  }

  @Test
  void aPhq9WithThoughtsOfSelfHarmAlertsAndSaysSo() throws Exception {
    Object[] p = patient("Mona Mood", "CANNOT_GET_PREGNANT");
    JsonNode phq9 =
        call(
            (String) p[1],
            post("/api/me/mood-screens"),
            Map.of("items", List.of(1, 1, 1, 1, 1, 1, 1, 1, 2)),
            201);
    assertThat(phq9.get("prescriberAlerted").asBoolean()).isTrue();
    assertThat(phq9.get("advice").asText()).contains("your prescriber has been alerted");
    assertThat(openAlerts(doctor).get(0).get("trigger").asText())
        .isEqualTo("Thoughts of self-harm on PHQ-9 (item 9 = 2, total 10) " + TODAY);
  }

  @Test
  void aMildPhq9RaisesNoAlertAndDoesNotClaimOne() throws Exception {
    Object[] p = patient("Cal Calm", "CANNOT_GET_PREGNANT");
    JsonNode phq9 =
        call(
            (String) p[1],
            post("/api/me/mood-screens"),
            Map.of("items", List.of(1, 1, 2, 1, 0, 1, 1, 0, 0)),
            201);
    assertThat(phq9.get("prescriberAlerted").asBoolean()).isFalse();
    assertThat(phq9.get("advice").asText()).doesNotContain("alerted");
    assertThat(alertRowsOf((long) p[0])).isZero();
  }

  @Test
  void aPositivePregnancyTestRecordedByStaffAlerts() throws Exception {
    Object[] p = patient("Pam Positive", "CAN_GET_PREGNANT");
    record(
        doctor,
        (long) p[0],
        "{\"type\":\"pregnancy-test\",\"date\":\"%s\",\"result\":\"positive\",\"setting\":\"lab\"}"
            .formatted(TODAY));
    JsonNode a = openAlerts(doctor).get(0);
    assertThat(a.get("code").asText()).isEqualTo("PREGNANCY_TEST_POSITIVE");
    assertThat(a.get("trigger").asText()).isEqualTo("Positive pregnancy test " + TODAY);
  }

  @Test
  void aMissedPeriodOrAContraceptionFailureAlertsForAPatientWhoCanGetPregnant() throws Exception {
    Object[] missed = patient("Mia Missed", "CAN_GET_PREGNANT");
    Object[] failed = patient("Fay Failed", "CAN_GET_PREGNANT");
    JsonNode m =
        call((String) missed[1], post("/api/me/symptoms"), Map.of("code", "missed-period"), 201);
    JsonNode f =
        call(
            (String) failed[1],
            post("/api/me/symptoms"),
            Map.of("code", "contraception-failure"),
            201);
    assertThat(m.get("prescriberAlerted").asBoolean()).isTrue();
    assertThat(f.get("prescriberAlerted").asBoolean()).isTrue();
    assertThat(f.at("/triage/showEmergencyContraception").asBoolean()).isTrue();
    assertThat(triggers(openAlerts(doctor)))
        .containsExactlyInAnyOrder(
            "Missed period reported " + TODAY + " — pregnancy test needed",
            "Contraception failure reported " + TODAY + " — pregnancy test needed");
  }

  @Test
  void aMissedPeriodOfAPatientWhoCannotGetPregnantRaisesNoAlert() throws Exception {
    Object[] p = patient("Pete Pcngp", "CANNOT_GET_PREGNANT");
    JsonNode m =
        call((String) p[1], post("/api/me/symptoms"), Map.of("code", "missed-period"), 201);
    assertThat(m.get("prescriberAlerted").asBoolean()).isFalse();
    assertThat(alertRowsOf((long) p[0])).isZero();
  }

  @Test
  void aStopLevelLabIsALabStopAlertANormalOneIsNot() throws Exception {
    Object[] p = patient("Tia Triglyceride", "CANNOT_GET_PREGNANT");
    record(
        doctor,
        (long) p[0],
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"1742-6\",\"value\":30,\"unit\":\"U/L\"}"
            .formatted(TODAY));
    assertThat(alertRowsOf((long) p[0])).isZero();
    record(
        doctor,
        (long) p[0],
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":900,\"unit\":\"mg/dL\"}"
            .formatted(TODAY));
    JsonNode a = openAlerts(doctor).get(0);
    assertThat(a.get("tier").asText()).isEqualTo("LAB_STOP");
    assertThat(a.get("trigger").asText()).isEqualTo("Triglycerides 900 mg/dL on " + TODAY);
  }

  @Test
  void aSelfCareOrCallPrescriberSymptomRaisesNoAlert() throws Exception {
    Object[] p = patient("Dot Drylips", "CAN_GET_PREGNANT");
    for (String code : List.of("dry-lips", "insomnia")) {
      JsonNode s = call((String) p[1], post("/api/me/symptoms"), Map.of("code", code), 201);
      assertThat(s.get("prescriberAlerted").asBoolean()).isFalse();
    }
    assertThat(alertRowsOf((long) p[0])).isZero();
  }

  @Test
  void safetyStopsComeBeforeLabStopsInTheInbox() throws Exception {
    Object[] lab = patient("Lou Lab", "CANNOT_GET_PREGNANT");
    record(
        doctor,
        (long) lab[0],
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"1742-6\",\"value\":400,\"unit\":\"U/L\"}"
            .formatted(TODAY));
    Object[] stop = patient("Val Vision", "CANNOT_GET_PREGNANT");
    call((String) stop[1], post("/api/me/symptoms"), Map.of("code", "vision-change"), 201);
    assertThat(triggers(openAlerts(doctor)))
        .containsExactly(
            "Vision change reported " + TODAY, "ALT 400 U/L on " + TODAY + " (upper limit 40 U/L)");
  }

  @Test
  void theSameFactReportedAgainCountsOnItsOpenAlertAndAfterAcknowledgementAlertsAgain()
      throws Exception {
    Object[] p = patient("Rex Repeat", "CANNOT_GET_PREGNANT");
    String who = (String) p[1];
    call(who, post("/api/me/symptoms"), Map.of("code", "chest-pain"), 201);
    JsonNode again = call(who, post("/api/me/symptoms"), Map.of("code", "chest-pain"), 201);
    assertThat(again.get("prescriberAlerted").asBoolean()).isTrue();
    JsonNode alerts = openAlerts(doctor);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).get("reports").asInt()).isEqualTo(2);

    call(
        doctor,
        post("/api/alerts/" + alerts.get(0).get("id").asLong() + "/acknowledge"),
        null,
        200);
    call(who, post("/api/me/symptoms"), Map.of("code", "chest-pain"), 201);
    assertThat(openAlerts(doctor)).hasSize(1);
    assertThat(alertRowsOf((long) p[0])).isEqualTo(2);
  }

  @Test
  void theAlertIsWrittenInTheTransactionThatRecordsTheFact() throws Exception {
    Object[] p = patient("Tom Transaction", "CANNOT_GET_PREGNANT");
    long patientId = (long) p[0];
    var patient = patients.findById(patientId).orElseThrow();
    var staff = users.findByUsername(doctor).orElseThrow().user();
    ObjectNode symptom =
        json.createObjectNode().put("type", "symptom").put("date", TODAY).put("code", "seizure");
    TransactionTemplate tx = new TransactionTemplate(transactions);

    long[] seenInside = new long[1];
    tx.executeWithoutResult(
        status -> {
          recorder.record(staff, patient, symptom, Set.of("symptom"), new AuditFacts());
          seenInside[0] = alertRowsOf(patientId);
          status.setRollbackOnly(); // the fact is not recorded after all
        });

    assertThat(seenInside[0]).isOne();
    assertThat(alertRowsOf(patientId)).isZero();
    assertThat(
            jdbc.sql("select count(*) from course_event where patient_id = ? and type = 'symptom'")
                .param(patientId)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void acknowledgingRecordsWhoAndWhenAndClosesTheAlert() throws Exception {
    Object[] p = patient("Ann Ack", "CANNOT_GET_PREGNANT");
    call((String) p[1], post("/api/me/symptoms"), Map.of("code", "jaundice"), 201);
    long id = openAlerts(doctor).get(0).get("id").asLong();

    JsonNode acked = call(doctor, post("/api/alerts/" + id + "/acknowledge"), null, 200);
    assertThat(acked.get("open").asBoolean()).isFalse();
    assertThat(acked.get("acknowledgedById").asLong()).isEqualTo(doctorId);
    assertThat(acked.get("acknowledgedBy").asText()).startsWith("Dr. Alert");
    assertThat(acked.get("acknowledgedAt").isNull()).isFalse();
    assertThat(openAlerts(doctor)).isEmpty();
    JsonNode all = call(doctor, get("/api/alerts").param("state", "all"), null, 200);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).get("acknowledgedAt").asText())
        .isEqualTo(acked.get("acknowledgedAt").asText());

    // acknowledging again changes nothing: the first acknowledgement is kept
    JsonNode again = call(designee, post("/api/alerts/" + id + "/acknowledge"), null, 200);
    assertThat(again.get("acknowledgedById").asLong()).isEqualTo(doctorId);
    assertThat(again.get("acknowledgedAt").asText())
        .isEqualTo(acked.get("acknowledgedAt").asText());
  }

  @Test
  void theDesigneeSeesAndAcknowledgesTheirPrescribersAlerts() throws Exception {
    Object[] p = patient("Dan Designee", "CANNOT_GET_PREGNANT");
    call((String) p[1], post("/api/me/symptoms"), Map.of("code", "hearing-loss"), 201);
    JsonNode seen = openAlerts(designee);
    assertThat(triggers(seen)).containsExactly("Hearing loss reported " + TODAY);

    JsonNode acked =
        call(
            designee,
            post("/api/alerts/" + seen.get(0).get("id").asLong() + "/acknowledge"),
            null,
            200);
    assertThat(acked.get("acknowledgedById").asLong()).isEqualTo(designeeId);
    assertThat(openAlerts(doctor)).isEmpty();
  }

  @Test
  void nobodyElseSeesOrAcknowledgesTheAlert() throws Exception {
    Object[] p = patient("Oz Other", "CANNOT_GET_PREGNANT");
    call((String) p[1], post("/api/me/symptoms"), Map.of("code", "seizure"), 201);
    long id = openAlerts(doctor).get(0).get("id").asLong();
    String ack = "/api/alerts/" + id + "/acknowledge";

    // another prescriber and another prescriber's designee: not found, and not listed
    call("dr.baker", post(ack), null, 404);
    call("nina.designee", post(ack), null, 404);
    assertThat(ids(call("dr.baker", get("/api/alerts").param("state", "all"), null, 200)))
        .doesNotContain(id);
    assertThat(ids(call("nina.designee", get("/api/alerts"), null, 200))).doesNotContain(id);
    // other roles: refused
    call("paula.pharmacist", get("/api/alerts"), null, 403);
    call("paula.pharmacist", post(ack), null, 403);
    call("admin", post(ack), null, 403);
    call((String) p[1], get("/api/alerts"), null, 403);
    call(null, get("/api/alerts"), null, 401);
    // still open for its prescriber
    assertThat(ids(openAlerts(doctor))).containsExactly(id);
  }

  private static List<String> triggers(JsonNode alerts) {
    return StreamSupport.stream(alerts.spliterator(), false)
        .map(a -> a.get("trigger").asText())
        .toList();
  }

  private static List<Long> ids(JsonNode alerts) {
    return StreamSupport.stream(alerts.spliterator(), false)
        .map(a -> a.get("id").asLong())
        .toList();
  }
}
