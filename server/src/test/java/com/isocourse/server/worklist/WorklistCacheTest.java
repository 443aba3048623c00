package com.isocourse.server.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRepository;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.EventStore;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.support.ApiTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worklist keeps each patient's line while nothing it depends on changes, and recomputes
 * exactly the lines whose inputs changed. Each test has its own prescriber with two patients, so
 * "one line recomputed" and "every line recomputed" are exact counts; after every change the cached
 * worklist must equal one computed without any cache.
 */
class WorklistCacheTest extends ApiTestSupport {
  private static final AtomicInteger PRESCRIBERS = new AtomicInteger();
  private static final String PHARMACIST = "paula.pharmacist";

  @Autowired private Worklist worklist;
  @Autowired private WorklistLines lines;
  @Autowired private PatientRepository patients;
  @Autowired private CourseRepository courses;
  @Autowired private PrescriptionRepository prescriptions;
  @Autowired private EventStore events;
  @Autowired private CaseFiles files;
  @Autowired private CourseSummaries summaries;
  @Autowired private Clock clock;

  private String doctor;
  private long doctorId;
  private long ready;
  private String rx;
  private long enrolledOnly;

  /** A fresh certified prescriber with a patient ready for a fill and a just-enrolled one. */
  @BeforeEach
  void aPrescriberWithTwoPatients() throws Exception {
    doctor = "dr.cache-" + PRESCRIBERS.incrementAndGet();
    doctorId =
        call(
                "admin",
                post("/api/admin/users"),
                Map.of(
                    "username", doctor,
                    "password", "a-long-enough-password",
                    "role", "PRESCRIBER",
                    "displayName", "Dr. Cache"),
                201)
            .get("id")
            .asLong();
    call(
        "admin",
        put("/api/admin/prescribers/" + doctorId + "/certification"),
        Map.of("certified", true),
        200);
    ready = enroll(doctor, "Rita Readycache", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    record(doctor, ready, "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":80}".formatted(TODAY));
    record(doctor, ready, "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(TODAY));
    record(
        doctor,
        ready,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":110,\"unit\":\"mg/dL\"}"
            .formatted(TODAY));
    record(
        doctor,
        ready,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"1742-6\",\"value\":20,\"unit\":\"U/L\"}"
            .formatted(TODAY));
    call(
        doctor,
        put("/api/patients/" + ready + "/course/plan"),
        Map.of("formulation", "conventional", "mgPerKgPerDay", 0.5),
        200);
    rx =
        call(doctor, post("/api/patients/" + ready + "/prescriptions"), Map.of(), 201)
            .get("prescriptionId")
            .asText();
    enrolledOnly =
        enroll(doctor, "Eddie Enrolledcache", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
  }

  @Test
  void aRepeatViewComputesNoLineAndReturnsTheSameEntries() throws Exception {
    long before = lines.computed();
    JsonNode first = view();
    assertThat(lines.computed() - before).isEqualTo(2);
    assertThat(entry(first, ready).get("readiness").asText()).isEqualTo("AUTHORIZED");

    before = lines.computed();
    JsonNode second = view();
    assertThat(lines.computed() - before).isZero();
    assertThat(second).isEqualTo(first);
    assertThat(worklist.forPrescriber(doctorId, new AuditFacts()))
        .isEqualTo(uncached(clock).forPrescriber(doctorId, new AuditFacts()));
  }

  @Test
  void recordingAnEventRecomputesThatPatientsLineOnly() throws Exception {
    JsonNode before = entry(view(), enrolledOnly);
    assertThat(before.get("blockers").toString()).isEqualTo("[\"COUNSELING_NOT_CONFIRMED\"]");

    long computed = lines.computed();
    record(doctor, enrolledOnly, "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(TODAY));
    JsonNode after = entry(view(), enrolledOnly);

    assertThat(lines.computed() - computed).isOne();
    assertThat(after.get("blockers").toString()).doesNotContain("COUNSELING_NOT_CONFIRMED");
    assertSameAsUncached();
  }

  @Test
  void aStopNowSymptomAndItsReviewRecomputeTheLineWithItsTierAndTrigger() throws Exception {
    JsonNode before = entry(view(), ready);
    assertThat(before.get("tier").asText()).isNotEqualTo("SAFETY_STOP");

    long computed = lines.computed();
    record(
        doctor,
        ready,
        "{\"type\":\"symptom\",\"date\":\"%s\",\"code\":\"suicidal-thoughts\"}".formatted(TODAY));
    JsonNode stopped = entry(view(), ready);
    assertThat(lines.computed() - computed).isOne();
    assertThat(stopped.get("tier").asText()).isEqualTo("SAFETY_STOP");
    assertThat(stopped.get("trigger").asText()).isEqualTo("Suicidal thoughts reported " + TODAY);
    assertThat(stopped.get("urgency").asText()).isEqualTo("BLOCKED");
    assertSameAsUncached();

    computed = lines.computed();
    record(
        doctor,
        ready,
        "{\"type\":\"review\",\"date\":\"%s\",\"clears\":[\"SYMPTOM_NEEDS_REVIEW\"]}"
            .formatted(TODAY));
    JsonNode reviewed = entry(view(), ready);
    assertThat(lines.computed() - computed).isOne();
    assertThat(reviewed.get("tier").asText()).isEqualTo(before.get("tier").asText());
    assertThat(reviewed.get("trigger").asText()).doesNotContain("Suicidal");
    assertSameAsUncached();
  }

  @Test
  void cancellingThePrescriptionRecomputesTheLine() throws Exception {
    assertThat(entry(view(), ready).get("readiness").asText()).isEqualTo("AUTHORIZED");

    long computed = lines.computed();
    call(doctor, post("/api/patients/" + ready + "/prescriptions/" + rx + "/cancel"), null, 200);

    assertThat(entry(view(), ready).get("readiness").asText()).isEqualTo("READY_WHEN_PRESCRIBED");
    assertThat(lines.computed() - computed).isOne();
    assertSameAsUncached();
  }

  @Test
  void aPrescriptionStatusChangedWithoutAnEventStillRecomputesTheLine() throws Exception {
    assertThat(entry(view(), ready).get("readiness").asText()).isEqualTo("AUTHORIZED");

    // Only the prescription row changes (the history keeps its version): the line is about
    // another prescription now, and must not be the one kept for the cancelled one.
    long computed = lines.computed();
    jdbc.sql("update prescription set status = 'CANCELLED' where id = ?").param(rx).update();

    assertThat(entry(view(), ready).get("readiness").asText()).isNotEqualTo("AUTHORIZED");
    assertThat(lines.computed() - computed).isOne();
    assertSameAsUncached();
  }

  @Test
  void aDispenseRecomputesTheLine() throws Exception {
    assertThat(entry(view(), ready).get("readiness").asText()).isEqualTo("AUTHORIZED");

    long computed = lines.computed();
    dispense();
    JsonNode after = entry(view(), ready);

    assertThat(lines.computed() - computed).isOne();
    // ALL-ONEFILL: the supply just handed over must run down before the next fill
    assertThat(after.get("readiness").asText()).isEqualTo("DENIED");
    assertThat(after.get("blockers").toString()).contains("DISPENSE_TOO_SOON");
    assertSameAsUncached();
  }

  @Test
  void replanningTheCourseRecomputesTheLine() throws Exception {
    view();
    long computed = lines.computed();
    call(
        doctor,
        put("/api/patients/" + ready + "/course/plan"),
        Map.of("formulation", "conventional", "mgPerKgPerDay", 1.0),
        200);
    view();
    assertThat(lines.computed() - computed).isOne();
    assertSameAsUncached();
  }

  @Test
  void aChangedPatientRowRecomputesTheLine() throws Exception {
    assertThat(due(entry(view(), enrolledOnly))).doesNotContain("PREGNANCY_TEST");

    long computed = lines.computed();
    jdbc.sql("update patient set risk_category = 'CAN_GET_PREGNANT' where id = ?")
        .param(enrolledOnly)
        .update();

    assertThat(due(entry(view(), enrolledOnly))).contains("PREGNANCY_TEST");
    assertThat(lines.computed() - computed).isOne();
    assertSameAsUncached();
  }

  @Test
  void aPolicyChangeRecomputesEveryLine() throws Exception {
    assertThat(entry(view(), ready).get("urgency").asText()).isNotEqualTo("BLOCKED");

    long computed = lines.computed();
    try {
      // the patient's triglycerides (110 mg/dL) are above this stop level
      call("admin", put("/api/admin/policy"), Map.of("tg.stopMgDl", "100"), 200);
      JsonNode blocked = entry(view(), ready);
      assertThat(lines.computed() - computed).isEqualTo(2);
      assertThat(blocked.get("urgency").asText()).isEqualTo("BLOCKED");
      assertThat(blocked.get("blockers").toString()).isEqualTo("[\"LAB_NEEDS_REVIEW\"]");
      assertSameAsUncached();
    } finally {
      call("admin", put("/api/admin/policy"), Map.of(), 200);
    }
    computed = lines.computed();
    assertThat(entry(view(), ready).get("urgency").asText()).isNotEqualTo("BLOCKED");
    assertThat(lines.computed() - computed).isEqualTo(2);
  }

  @Test
  void aDecertifiedPrescriberRecomputesEveryLine() throws Exception {
    assertThat(entry(view(), ready).get("readiness").asText()).isEqualTo("AUTHORIZED");

    long computed = lines.computed();
    call(
        "admin",
        put("/api/admin/prescribers/" + doctorId + "/certification"),
        Map.of("certified", false),
        200);

    assertThat(entry(view(), ready).get("readiness").asText()).isEqualTo("DENIED");
    assertThat(lines.computed() - computed).isEqualTo(2);
    assertSameAsUncached();
  }

  @Test
  void anotherDayRecomputesEveryLine() throws Exception {
    List<Worklist.Entry> today = worklist.forPrescriber(doctorId, new AuditFacts());
    Clock later = Clock.fixed(clock.instant().plus(java.time.Duration.ofDays(60)), ZoneOffset.UTC);
    Worklist inTwoMonths = new Worklist(patients, lines, later);

    long computed = lines.computed();
    List<Worklist.Entry> then = inTwoMonths.forPrescriber(doctorId, new AuditFacts());

    assertThat(lines.computed() - computed).isEqualTo(2);
    assertThat(then)
        .isEqualTo(uncached(later).forPrescriber(doctorId, new AuditFacts()))
        .isNotEqualTo(today);
    // the monthly ALT test done today is due in 30 days; two months on it is due then
    LocalDate day = LocalDate.parse(TODAY);
    assertThat(line(today, ready).due()).contains(new DueItem("ALT", day.plusDays(30)));
    assertThat(line(then, ready).due()).contains(new DueItem("ALT", day.plusDays(60)));
    // and back: the lines kept for the other day are not today's
    computed = lines.computed();
    assertThat(worklist.forPrescriber(doctorId, new AuditFacts())).isEqualTo(today);
    assertThat(lines.computed() - computed).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------------------

  private JsonNode view() throws Exception {
    return call(doctor, get("/api/patients"), null, 200);
  }

  private void assertSameAsUncached() {
    assertThat(worklist.forPrescriber(doctorId, new AuditFacts()))
        .isEqualTo(uncached(clock).forPrescriber(doctorId, new AuditFacts()));
  }

  /** The same worklist computed without keeping any line. */
  private Worklist uncached(Clock at) {
    return new Worklist(
        patients,
        new WorklistLines(
            courses, prescriptions, events, files, summaries, new WorklistLineCache(0)),
        at);
  }

  private void dispense() throws Exception {
    JsonNode patient =
        call(
            PHARMACIST,
            post("/api/pharmacy/patients/lookup"),
            Map.of("programId", programId(ready), "birthDate", "2000-05-05"),
            200);
    assertThat(patient.at("/prescriptions/0/id").asText()).isEqualTo(rx);
    JsonNode authorized =
        call(
            PHARMACIST,
            post("/api/pharmacy/authorizations").header("Idempotency-Key", doctor + "-fill"),
            Map.of("programId", programId(ready), "birthDate", "2000-05-05", "prescriptionId", rx),
            201);
    assertThat(authorized.at("/decision/decision").asText()).isEqualTo("AUTHORIZED");
    call(
        PHARMACIST,
        post("/api/pharmacy/authorizations/" + authorized.get("requestId").asLong() + "/dispense"),
        Map.of(
            "capsules",
            List.of(Map.of("strengthMg", 20, "count", 60, "formulation", "conventional"))),
        200);
  }

  private String programId(long patientId) {
    return jdbc.sql("select program_id from patient where id = ?")
        .param(patientId)
        .query(String.class)
        .single();
  }

  private static JsonNode entry(JsonNode worklist, long patientId) {
    for (JsonNode e : worklist) {
      if (e.get("patientId").asLong() == patientId) {
        return e;
      }
    }
    throw new AssertionError("patient " + patientId + " is not on the worklist " + worklist);
  }

  private static Worklist.Entry line(List<Worklist.Entry> worklist, long patientId) {
    return worklist.stream().filter(e -> e.patientId() == patientId).findFirst().orElseThrow();
  }

  private static List<String> due(JsonNode entry) {
    return entry.get("due").findValuesAsText("item");
  }
}
