package com.isocourse.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.DemoClinic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 problem naming every bad field, and nothing is written. */
class BadInputTest extends ApiTestSupport {
  private static final List<String> TABLES =
      List.of(
          "patient",
          "course",
          "course_event",
          "prescription",
          "app_user",
          "dispense_request",
          "dispense_authorization",
          "dispense");

  @Test
  void enrollmentWithFourBadFieldsNamesAllFourAndWritesNothing() throws Exception {
    Map<String, Long> before = counts();
    JsonNode problem =
        call(
            "dr.adams",
            post("/api/patients"),
            Map.of(
                "displayName", " ",
                "birthDate", "2999-01-01",
                "jurisdiction", "MARS",
                "riskCategory", "MAYBE"),
            400);
    assertThat(problem.get("type").asText()).endsWith("/invalid-input");
    assertThat(problemFields(problem))
        .containsExactlyInAnyOrder("displayName", "birthDate", "jurisdiction", "riskCategory");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aPlanWithEveryValueOutOfRangeNamesEachAndChangesNothing() throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    String course = courseRow(olivia);
    JsonNode problem =
        call(
            "dr.adams",
            put("/api/patients/" + olivia + "/course/plan"),
            Map.of("formulation", "", "mgPerKgPerDay", 9, "targetMgPerKg", 0, "weightKg", 900),
            400);
    assertThat(problemFields(problem))
        .containsExactlyInAnyOrder("formulation", "mgPerKgPerDay", "targetMgPerKg", "weightKg");
    assertThat(courseRow(olivia)).isEqualTo(course);
  }

  @Test
  void anAuthorizationRequestMissingEveryFieldIsRefusedWithoutADecision() throws Exception {
    Map<String, Long> before = counts();
    JsonNode problem =
        call(
            "paula.pharmacist",
            post("/api/pharmacy/authorizations").header("Idempotency-Key", "bad-input-1"),
            Map.of("programId", ""),
            400);
    assertThat(problemFields(problem))
        .containsExactlyInAnyOrder("programId", "birthDate", "prescriptionId");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aPhq9WithSeveralScoresOutOfRangeNamesEachItem() throws Exception {
    String patient = DemoClinic.username(jdbc, DemoClinic.patientId(jdbc, "Noah"));
    Map<String, Long> before = counts();
    JsonNode problem =
        call(
            patient,
            post("/api/me/mood-screens"),
            Map.of("items", List.of(0, 7, 0, 0, -1, 0, 0, 0, 4)),
            400);
    assertThat(problemFields(problem)).containsExactly("items[1]", "items[4]", "items[8]");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aContractEventWithBadValuesIsRefusedAndNotAppended() throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    Map<String, Long> before = counts();
    JsonNode problem =
        call(
            "dr.adams",
            post("/api/patients/" + olivia + "/events"),
            "{\"type\":\"weight\",\"date\":\"not-a-date\",\"kg\":-5}",
            400);
    assertThat(problemFields(problem)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aNewUserWithSeveralBadFieldsNamesEachAndIsNotCreated() throws Exception {
    Map<String, Long> before = counts();
    JsonNode problem =
        call(
            "admin",
            post("/api/admin/users"),
            "{\"username\":\"\",\"password\":\"short\",\"displayName\":\"\"}",
            400);
    assertThat(problemFields(problem))
        .containsExactlyInAnyOrder("username", "password", "role", "displayName");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aRoleGivenAsANumberIsNotReadAsTheNthRole() throws Exception {
    Map<String, Long> before = counts();
    JsonNode problem =
        call(
            "admin",
            post("/api/admin/users"),
            "{\"username\":\"numeric.role\",\"password\":\"a-long-enough-password\","
                + "\"displayName\":\"Numeric Role\",\"role\":0}",
            400);
    assertThat(problemFields(problem)).containsExactly("role");
    assertThat(counts()).isEqualTo(before);
  }

  private Map<String, Long> counts() {
    return rowsOf(TABLES);
  }
}
