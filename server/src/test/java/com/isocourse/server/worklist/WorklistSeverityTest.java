package com.isocourse.server.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worklist ranks patients by severity tier, most severe first, whatever order they were
 * enrolled in, and names each trigger in words, the same in the API and on the page: a patient who
 * reported suicidal thoughts comes above a stop-level lab, which comes above an administrative
 * block, which comes above a patient ready for the fill.
 */
class WorklistSeverityTest extends ApiTestSupport {
  private static final AtomicInteger PRESCRIBERS = new AtomicInteger();

  @Autowired private UserRepository users;

  private String doctor;
  private long blocked;
  private long ready;
  private long lipids;
  private long suicidal;

  /** Enrolled least severe first where it matters, so only the ranking can put them in order. */
  @BeforeEach
  void fourPatientsInFourTiers() throws Exception {
    doctor = "dr.tiers-" + PRESCRIBERS.incrementAndGet();
    long doctorId =
        call(
                "admin",
                post("/api/admin/users"),
                Map.of(
                    "username", doctor,
                    "password", "a-long-enough-password",
                    "role", "PRESCRIBER",
                    "displayName", "Dr. Tiers"),
                201)
            .get("id")
            .asLong();
    call(
        "admin",
        put("/api/admin/prescribers/" + doctorId + "/certification"),
        Map.of("certified", true),
        200);
    blocked =
        enroll(doctor, "Abe Administrative", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    ready = prescribedButNotCounseled(doctor, "Dora Ready").patientId();
    counsel(doctor, ready);
    lipids = enroll(doctor, "Carl Lipids", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    record(
        doctor,
        lipids,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":900,\"unit\":\"mg/dL\"}"
            .formatted(TODAY));
    suicidal = enroll(doctor, "Suki Suicidal", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    record(
        doctor,
        suicidal,
        "{\"type\":\"symptom\",\"date\":\"%s\",\"code\":\"suicidal-thoughts\"}".formatted(TODAY));
  }

  @Test
  void suicidalThoughtsRankAboveALabStopAboveAnAdministrativeBlock() throws Exception {
    JsonNode worklist = call(doctor, get("/api/patients"), null, 200);

    assertThat(ids(worklist)).containsExactly(suicidal, lipids, blocked, ready);
    assertThat(field(worklist, "tier"))
        .startsWith("SAFETY_STOP", "LAB_STOP", "ADMINISTRATIVE_BLOCK");
    assertThat(field(worklist, "tier").get(3))
        .isIn("OVERDUE", "DUE_TODAY", "DUE_THIS_WEEK", "NONE");
    assertThat(field(worklist, "trigger").subList(0, 2))
        .containsExactly(
            "Suicidal thoughts reported " + TODAY, "Triglycerides 900 mg/dL on " + TODAY);
    assertThat(field(worklist, "trigger").get(2)).contains("Counseling not confirmed");
    assertThat(field(worklist, "urgency").subList(0, 3)).containsOnly("BLOCKED");
    assertThat(worklist.get(0).get("readiness").asText()).isEqualTo("DENIED");
  }

  @Test
  void thePageShowsTheSameOrderAndTriggerWords() throws Exception {
    String page =
        mvc.perform(get("/prescriber").with(as(doctor)))
            .andReturn()
            .getResponse()
            .getContentAsString();

    int suki = page.indexOf("Suki Suicidal");
    int carl = page.indexOf("Carl Lipids");
    int abe = page.indexOf("Abe Administrative");
    int dora = page.indexOf("Dora Ready");
    assertThat(suki).isPositive().isLessThan(carl);
    assertThat(carl).isLessThan(abe);
    assertThat(abe).isLessThan(dora);
    assertThat(page)
        .contains("Suicidal thoughts reported " + TODAY)
        .contains("Triglycerides 900 mg/dL on " + TODAY)
        .contains(">Safety stop<")
        .contains(">Lab stop<")
        .contains(">Fill blocked<")
        .doesNotContain("stop-now symptom");
    // the suicidal patient's row names the trigger, not the bare code
    String row = page.substring(suki, carl);
    assertThat(row).contains("Suicidal thoughts reported").doesNotContain("SYMPTOM_NEEDS_REVIEW");
  }

  @Test
  void theTierFilterShowsOneTier() throws Exception {
    String page =
        mvc.perform(get("/prescriber").param("show", "SAFETY_STOP").with(as(doctor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Suki Suicidal").doesNotContain("Carl Lipids");
  }

  @Test
  void aReviewMovesThePatientDownToTheTierOfWhatRemains() throws Exception {
    record(
        doctor,
        suicidal,
        "{\"type\":\"review\",\"date\":\"%s\",\"clears\":[\"SYMPTOM_NEEDS_REVIEW\"]}"
            .formatted(TODAY));
    JsonNode worklist = call(doctor, get("/api/patients"), null, 200);
    assertThat(ids(worklist).subList(0, 1)).containsExactly(lipids);
    JsonNode suki =
        StreamSupport.stream(worklist.spliterator(), false)
            .filter(e -> e.get("patientId").asLong() == suicidal)
            .findFirst()
            .orElseThrow();
    assertThat(suki.get("tier").asText()).isEqualTo("ADMINISTRATIVE_BLOCK");
    assertThat(suki.get("trigger").asText()).doesNotContain("Suicidal");
  }

  private static List<Long> ids(JsonNode worklist) {
    return StreamSupport.stream(worklist.spliterator(), false)
        .map(e -> e.get("patientId").asLong())
        .toList();
  }

  private static List<String> field(JsonNode worklist, String name) {
    return StreamSupport.stream(worklist.spliterator(), false)
        .map(e -> e.get(name).asText())
        .toList();
  }
}
