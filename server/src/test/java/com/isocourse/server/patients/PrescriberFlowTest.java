package com.isocourse.server.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A prescriber enrolls, plans, records the facts, prescribes and sees the patient ready. */
class PrescriberFlowTest extends ApiTestSupport {

  @Test
  void enrolledPlannedAndTestedPatientIsReadyForTheFirstDispense() throws Exception {
    JsonNode enrolled = enroll("dr.adams", "Paul Prescriberflow", "CANNOT_GET_PREGNANT");
    long id = enrolled.at("/patient/id").asLong();
    assertThat(enrolled.get("username").asText()).startsWith("ic-");
    assertThat(enrolled.get("initialPassword").asText()).hasSizeGreaterThanOrEqualTo(12);

    record("dr.adams", id, "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":70}".formatted(TODAY));
    record("dr.adams", id, "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(TODAY));
    record(
        "dr.adams",
        id,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":110,\"unit\":\"mg/dL\"}"
            .formatted(TODAY));
    record(
        "dr.adams",
        id,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"1742-6\",\"value\":20,\"unit\":\"U/L\"}"
            .formatted(TODAY));

    JsonNode plan =
        call(
            "dr.adams",
            put("/api/patients/" + id + "/course/plan"),
            Map.of("formulation", "conventional", "mgPerKgPerDay", 1.0, "targetMgPerKg", 135),
            200);
    assertThat(plan.get("mgPerDay").asDouble()).isEqualTo(70.0);
    assertThat(plan.get("daysToTarget").asInt()).isEqualTo(135);

    String rx =
        call("dr.adams", post("/api/patients/" + id + "/prescriptions"), Map.of(), 201)
            .get("prescriptionId")
            .asText();

    JsonNode summary = call("dr.adams", get("/api/patients/" + id + "/course"), null, 200);
    assertThat(summary.get("readiness").asText()).isEqualTo("AUTHORIZED");
    assertThat(summary.at("/prescriptions/0/id").asText()).isEqualTo(rx);
    assertThat(summary.at("/prescriptions/0/prescription/capsules").size()).isPositive();
    assertThat(summary.get("history").size()).isEqualTo(5);
    assertThat(summary.get("formulation").asText()).isEqualTo("conventional");

    JsonNode worklist = call("dr.adams", get("/api/patients"), null, 200);
    assertThat(entry(worklist, id).get("readiness").asText()).isEqualTo("AUTHORIZED");
    // the designee works on the same list; the other prescriber does not see the patient
    assertThat(entry(call("nina.designee", get("/api/patients"), null, 200), id)).isNotNull();
    call("dr.baker", get("/api/patients/" + id + "/course"), null, 404);
  }

  @Test
  void aDesigneeRecordsFactsForTheirPrescribersPatient() throws Exception {
    long id =
        enroll("nina.designee", "Dana Designeeflow", "CANNOT_GET_PREGNANT")
            .at("/patient/id")
            .asLong();
    record("nina.designee", id, "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":64}".formatted(TODAY));
    JsonNode summary = call("dr.adams", get("/api/patients/" + id + "/course"), null, 200);
    assertThat(summary.get("history").size()).isEqualTo(1);
  }

  private static JsonNode entry(JsonNode worklist, long patientId) {
    return StreamSupport.stream(worklist.spliterator(), false)
        .filter(e -> e.get("patientId").asLong() == patientId)
        .findFirst()
        .orElse(null);
  }
}
