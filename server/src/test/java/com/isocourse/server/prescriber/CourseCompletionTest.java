package com.isocourse.server.prescriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Ending a course (rules.md §5; the prescriber's decision): nothing can be handed over for it
 * afterwards — its open prescriptions are cancelled and an authorization a pharmacy holds on one
 * cannot be claimed — the post-course pregnancy tests stay due, and an impossible last dose date
 * changes nothing.
 */
class CourseCompletionTest extends ApiTestSupport {
  private static final List<String> SUPPLY =
      List.of("course_event", "prescription", "dispense_authorization", "dispense");

  private JsonNode complete(String who, long patientId, Object body, int status) throws Exception {
    return call(who, post("/api/patients/" + patientId + "/course/complete"), body, status);
  }

  private String text(String sql, Object param) {
    return jdbc.sql(sql).param(param).query(String.class).single();
  }

  @Test
  void endingTheCourseCancelsOpenPrescriptionsSoAnAuthorizationGivenCannotBeClaimed()
      throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Ending Edith");
    counsel("dr.adams", p.patientId());
    JsonNode authorized = askAuthorization("paula.pharmacist", "end-1", p, 201);
    assertThat(authorized.at("/decision/decision").asText()).isEqualTo("AUTHORIZED");

    JsonNode summary = complete("dr.adams", p.patientId(), Map.of("lastDoseDate", TODAY), 200);

    assertThat(summary.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(text("select status from prescription where id = ?", p.prescriptionId()))
        .isEqualTo("CANCELLED");
    assertThat(
            text(
                "select status from dispense_authorization where prescription_id = ?",
                p.prescriptionId()))
        .isEqualTo("REVERSED");
    long requestId = authorized.get("requestId").asLong();
    call(
        "paula.pharmacist",
        post("/api/pharmacy/authorizations/" + requestId + "/dispense")
            .header("Idempotency-Key", "end-dispense-1"),
        Map.of(
            "capsules",
            List.of(Map.of("strengthMg", 20, "count", 60, "formulation", "conventional"))),
        409);
    assertThat(
            jdbc.sql("select count(*) from dispense where prescription_id = ?")
                .param(p.prescriptionId())
                .query(Long.class)
                .single())
        .isZero();
    JsonNode again = askAuthorization("paula.pharmacist", "end-2", p, 409);
    assertThat(again.get("detail").asText()).contains("completed");
  }

  /**
   * A course completed with a prescription left open and an authorization live (data stored before
   * ADR 0023, or any other way): the pharmacy is still refused both a new authorization and the
   * claim of the old one.
   */
  @Test
  void aCompletedCourseGetsNothingEvenWithAPrescriptionLeftOpen() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Ending Elsa");
    counsel("dr.adams", p.patientId());
    JsonNode authorized = askAuthorization("paula.pharmacist", "end-3", p, 201);
    assertThat(authorized.at("/decision/decision").asText()).isEqualTo("AUTHORIZED");
    jdbc.sql("update course set status = 'COMPLETED', completed_on = ? where patient_id = ?")
        .params(java.time.LocalDate.parse(TODAY), p.patientId())
        .update();

    call(
        "paula.pharmacist",
        post("/api/pharmacy/authorizations/" + authorized.get("requestId").asLong() + "/dispense")
            .header("Idempotency-Key", "end-dispense-3"),
        Map.of(
            "capsules",
            List.of(Map.of("strengthMg", 20, "count", 60, "formulation", "conventional"))),
        409);
    call(
        "paula.pharmacist",
        post("/api/pharmacy/authorizations/" + authorized.get("requestId").asLong() + "/reverse")
            .header("Idempotency-Key", "end-reverse-3"),
        null,
        200);
    JsonNode refused = askAuthorization("paula.pharmacist", "end-4", p, 409);
    assertThat(refused.get("detail").asText()).contains("completed");
  }

  @Test
  void aPatientWhoCanGetPregnantKeepsThePostCourseTestsDue() throws Exception {
    long id = enroll("dr.adams", "Ending Erin", "CAN_GET_PREGNANT").at("/patient/id").asLong();
    JsonNode summary = complete("dr.adams", id, Map.of("lastDoseDate", TODAY), 200);
    List<String> due = new ArrayList<>();
    summary.get("due").forEach(d -> due.add(d.get("item").asText() + "@" + d.get("date").asText()));
    assertThat(due)
        .containsExactly(
            "END_OF_COURSE_PREGNANCY_TEST@2026-12-01", "POST_COURSE_PREGNANCY_TEST@2026-12-31");
    assertThat(
            call("dr.adams", get("/api/patients/" + id + "/course"), null, 200)
                .get("status")
                .asText())
        .isEqualTo("COMPLETED");
  }

  @Test
  void anImpossibleLastDoseIsRefusedByFieldAndChangesNothing() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Ending Ezra");
    Map<String, Long> before = rowsOf(SUPPLY);
    for (Object body :
        List.of(
            Map.of("lastDoseDate", "2026-12-02"),
            Map.of("lastDoseDate", "2026-11-30"),
            Map.of("lastDoseDate", "9999-01-01"),
            Map.of())) {
      JsonNode problem = complete("dr.adams", p.patientId(), body, 400);
      assertThat(problemFields(problem)).as(body.toString()).containsExactly("lastDoseDate");
    }
    assertThat(rowsOf(SUPPLY)).isEqualTo(before);
    assertThat(
            call("dr.adams", get("/api/patients/" + p.patientId() + "/course"), null, 200)
                .get("status")
                .asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void aDesigneeCannotEndACourse() throws Exception {
    long id = enroll("dr.adams", "Ending Esme", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    complete("nina.designee", id, Map.of("lastDoseDate", TODAY), 403);
    assertThat(
            call("dr.adams", get("/api/patients/" + id + "/course"), null, 200)
                .get("status")
                .asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void twoCompletionsAtOnceEndTheCourseOnce() throws Exception {
    long id = enroll("dr.adams", "Ending Enzo", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String token = tokenOf("dr.adams");
    List<Callable<Integer>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(
          () ->
              mvc.perform(
                      post("/api/patients/" + id + "/course/complete")
                          .header("Authorization", "Bearer " + token)
                          .contentType("application/json")
                          .content("{\"lastDoseDate\":\"" + TODAY + "\"}"))
                  .andReturn()
                  .getResponse()
                  .getStatus());
    }
    List<Integer> statuses = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (Future<Integer> f : pool.invokeAll(both)) {
        statuses.add(f.get());
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
  }
}
