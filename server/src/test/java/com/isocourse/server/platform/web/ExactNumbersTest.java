package com.isocourse.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.exact.Decimals;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.DemoClinic;
import org.junit.jupiter.api.Test;

/**
 * Exact thresholds on the API (rules.md §3, docs/adr/0024): a number with more significant digits
 * than a double holds is refused naming its field, in a contract event and in a typed request
 * alike, and nothing is stored; an everyday decimal is stored as it was written.
 */
class ExactNumbersTest extends ApiTestSupport {

  /** The problem names exactly this field, for exactly this reason. */
  private static void assertOnlyProblem(JsonNode problem, String field, String reason) {
    assertThat(problemFields(problem)).containsExactly(field);
    assertThat(problem.at("/errors/0/reason").asText()).isEqualTo(reason);
  }

  private long events(long patientId) {
    return jdbc.sql("select count(*) from course_event where patient_id = ?")
        .param(patientId)
        .query(Long.class)
        .single();
  }

  @Test
  void aLabValueJustBelowTheStopByMoreDigitsThanADoubleHoldsIsRefusedAndNotStored()
      throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    long before = events(olivia);
    JsonNode problem =
        call(
            "dr.adams",
            post("/api/patients/" + olivia + "/events"),
            "{\"type\":\"lab\",\"date\":\"2026-11-30\",\"loinc\":\"2571-8\","
                + "\"value\":879.99999999999999,\"unit\":\"mg/dL\"}",
            400);
    assertOnlyProblem(problem, "value", Decimals.TOO_PRECISE);
    assertThat(events(olivia)).isEqualTo(before);
  }

  @Test
  void aPlanWeightMorePreciseThanADoubleHoldsIsRefusedByName() throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    String course = courseRow(olivia);
    JsonNode problem =
        call(
            "dr.adams",
            put("/api/patients/" + olivia + "/course/plan"),
            "{\"formulation\":\"conventional\",\"mgPerKgPerDay\":0.5,"
                + "\"weightKg\":39.9999999999999999}",
            400);
    assertOnlyProblem(problem, "weightKg", Decimals.TOO_PRECISE);
    assertThat(courseRow(olivia)).isEqualTo(course);
  }

  @Test
  void aFractionForAWholeNumberIsRefusedNotTruncated() throws Exception {
    long noah = DemoClinic.patientId(jdbc, "Noah");
    String patient = DemoClinic.username(jdbc, noah);
    long before = events(noah);
    // item 9 of 0.7 was read as 0: no thoughts of self-harm, no alert
    JsonNode problem =
        call(patient, post("/api/me/mood-screens"), "{\"items\":[0,0,0,0,0,0,0,0,0.7]}", 400);
    assertOnlyProblem(problem, "items[8]", "must be a whole number");
    assertThat(events(noah)).isEqualTo(before);
  }

  @Test
  void halfACapsuleInAPrescriptionIsRefusedNotRoundedDown() throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    long before = rows("prescription");
    JsonNode problem =
        call(
            "dr.adams",
            post("/api/patients/" + olivia + "/prescriptions"),
            "{\"capsules\":[{\"strengthMg\":20,\"morning\":1.5,\"evening\":1}],"
                + "\"daysSupply\":30,\"refills\":0}",
            400);
    assertOnlyProblem(problem, "capsules[0].morning", "must be a whole number");
    assertThat(rows("prescription")).isEqualTo(before);
  }

  @Test
  void aNumberSentAsTextIsHeldToTheSameRule() throws Exception {
    long noah = DemoClinic.patientId(jdbc, "Noah");
    String patient = DemoClinic.username(jdbc, noah);
    long before = events(noah);
    JsonNode problem =
        call(
            patient,
            post("/api/me/missed-doses"),
            "{\"date\":\"2026-11-30\",\"mg\":\"39.9999999999999999\"}",
            400);
    assertOnlyProblem(problem, "mg", Decimals.TOO_PRECISE);
    assertThat(events(noah)).isEqualTo(before);
  }

  @Test
  void aFieldGivenTwiceIsRefusedNotReadAsTheLastOne() throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    long before = events(olivia);
    JsonNode problem =
        call(
            "dr.adams",
            post("/api/patients/" + olivia + "/events"),
            "{\"type\":\"lab\",\"date\":\"2026-11-30\",\"loinc\":\"2571-8\","
                + "\"value\":950,\"unit\":\"mg/dL\",\"value\":110}",
            400);
    assertOnlyProblem(problem, "value", "is given more than once");
    assertThat(events(olivia)).isEqualTo(before);
  }

  @Test
  void anEverydayDecimalIsStoredAsWritten() throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    call(
        "dr.adams",
        post("/api/patients/" + olivia + "/events"),
        "{\"type\":\"weight\",\"date\":\"2026-11-30\",\"kg\":58.25}",
        201);
    assertThat(
            jdbc.sql(
                    "select payload->>'kg' from course_event where patient_id = ? and type ="
                        + " 'weight' order by id desc limit 1")
                .param(olivia)
                .query(String.class)
                .single())
        .isEqualTo("58.25");
  }
}
