package com.isocourse.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only plausible input (issue 11, core's plausibility limits): every refusal is a 400 problem
 * naming the field and the limit, and nothing is stored — per endpoint, one row per absurd input a
 * hostile tester used.
 */
class PlausibleInputTest extends ApiTestSupport {
  private static final List<String> TABLES =
      List.of("patient", "course", "course_event", "prescription", "app_user");

  private Map<String, Long> counts() {
    return rowsOf(TABLES);
  }

  private static String reasons(JsonNode problem) {
    return problem.get("errors").toString();
  }

  @Test
  void absurdPrescriptionsAreRefusedNamingTheFieldAndRule() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Plausible Orders");
    String path = "/api/patients/" + p.patientId() + "/prescriptions";
    // 70 kg: 2 × 2 × 40 mg = 160 mg/day is 2.29 mg/kg/day, above ALL-MAXDOSE
    record(
        "dr.adams",
        p.patientId(),
        "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":70}".formatted(TODAY));
    record Row(String body, String field, String words) {}
    List<Row> rows =
        List.of(
            new Row(
                "{\"capsules\":[{\"strengthMg\":2147483647,\"morning\":4,\"evening\":4}]}",
                "capsules[0].strengthMg",
                "1000"),
            new Row(
                "{\"capsules\":[{\"strengthMg\":7,\"morning\":1,\"evening\":1}]}",
                "capsules[0].strengthMg",
                "is not made"),
            new Row(
                "{\"capsules\":[{\"strengthMg\":20,\"morning\":0,\"evening\":0}]}",
                "capsules",
                "dose must be 1 to 2"),
            new Row(
                "{\"capsules\":[{\"strengthMg\":10,\"morning\":4,\"evening\":4}]}",
                "capsules",
                "dose must be 1 to 2"),
            new Row(
                "{\"capsules\":[{\"strengthMg\":40,\"morning\":2,\"evening\":2}],"
                    + "\"daysSupply\":90,\"refills\":5}",
                "daysSupply",
                "ALL-SUPPLY"),
            new Row("{\"refills\":1}", "refills", "ALL-REFILLS"),
            new Row(
                "{\"capsules\":[{\"strengthMg\":40,\"morning\":2,\"evening\":2}],"
                    + "\"daysSupply\":30}",
                "capsules",
                "ALL-MAXDOSE"));
    for (Row row : rows) {
      Map<String, Long> before = counts();
      JsonNode problem = call("dr.adams", post(path), row.body(), 400);
      assertThat(problemFields(problem)).as(row.body()).contains(row.field());
      assertThat(reasons(problem)).as(row.body()).contains(row.words());
      assertThat(counts()).as(row.body()).isEqualTo(before);
    }
  }

  @Test
  void implausibleFactsAreRefusedAndNotAppended() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Plausible Facts");
    String path = "/api/patients/" + p.patientId() + "/events";
    record Row(String body, String field) {}
    List<Row> rows =
        List.of(
            new Row(
                "{\"type\":\"pregnancy-test\",\"date\":\"1900-01-01\",\"result\":\"negative\","
                    + "\"setting\":\"lab\"}",
                "date"),
            new Row(
                "{\"type\":\"mood-screen\",\"date\":\"%s\",\"instrument\":\"PHQ-9\",\"total\":1,"
                        .formatted(TODAY)
                    + "\"item9\":3}",
                "item9"),
            new Row(
                "{\"type\":\"missed-dose\",\"date\":\"%s\",\"mg\":9999}".formatted(TODAY), "mg"),
            new Row(
                "{\"type\":\"missed-dose\",\"date\":\"%s\",\"mg\":1e308}".formatted(TODAY), "mg"),
            new Row(
                "{\"type\":\"symptom\",\"date\":\"%s\",\"code\":\"dry-lips\",\"note\":\"a\\u0000b\"}"
                    .formatted(TODAY),
                "body"),
            new Row(
                "{\"type\":\"symptom\",\"date\":\"%s\",\"code\":\"dry-lips\",\"note\":\"%s\"}"
                    .formatted(TODAY, "x".repeat(2001)),
                "note"),
            new Row(
                "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":1e12,"
                        .formatted(TODAY)
                    + "\"unit\":\"mg/dL\"}",
                "value"));
    for (Row row : rows) {
      Map<String, Long> before = counts();
      JsonNode problem = call("dr.adams", post(path), row.body(), 400);
      assertThat(problemFields(problem)).as(row.body()).contains(row.field());
      assertThat(counts()).as(row.body()).isEqualTo(before);
    }
  }

  @Test
  void anImplausibleEnrollmentIsRefused() throws Exception {
    Map<String, Long> before = counts();
    JsonNode problem =
        call(
            "dr.adams",
            post("/api/patients"),
            Map.of(
                "displayName", "Too Young",
                "birthDate", "2024-01-01",
                "jurisdiction", "US",
                "riskCategory", "CANNOT_GET_PREGNANT",
                "enrolledOn", "1990-01-01"),
            400);
    assertThat(problemFields(problem)).contains("enrolledOn");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void theWhatIfEndpointRefusesControlCharactersWithAProblem() throws Exception {
    JsonNode problem =
        call(
            "dr.adams",
            post("/api/evaluate"),
            "{\"jurisdiction\":\"US\\u0000\",\"request\":{\"prescriptionId\":\"rx\","
                + "\"date\":\"2026-12-01\"}}",
            400);
    assertThat(problem.toString()).contains("control characters");
  }

  @Test
  void controlCharactersAndHugeBodiesAreRefusedOnEveryEndpoint() throws Exception {
    Map<String, Long> before = counts();
    long requests = rows("dispense_request");
    call(
        "paula.pharmacist",
        post("/api/pharmacy/authorizations").header("Idempotency-Key", "nul-1"),
        "{\"programId\":\"ISO\\u0000X\",\"birthDate\":\"2000-05-05\",\"prescriptionId\":\"rx\"}",
        400);
    call(null, post("/api/login"), "{\"username\":\"dr.adams\\u0000\",\"password\":\"x\"}", 400);
    call(
        "dr.adams",
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/patients")
            .param("q", "a\u0000b"),
        null,
        400);
    JsonNode tooLarge =
        call(
            "dr.adams",
            post("/api/patients"),
            "{\"displayName\":\"" + "x".repeat(InputHygieneFilter.MAX_BODY_BYTES) + "\"}",
            413);
    assertThat(tooLarge.get("detail").asText()).contains("larger than");
    assertThat(counts()).isEqualTo(before);
    assertThat(rows("dispense_request")).isEqualTo(requests);
  }
}
