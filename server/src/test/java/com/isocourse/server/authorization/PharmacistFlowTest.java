package com.isocourse.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pharmacist finds the patient, is denied with the missing step named, the prescriber fixes it,
 * the pharmacist is authorized, reverses, asks again, dispenses once and only once.
 */
class PharmacistFlowTest extends ApiTestSupport {
  private static final String PHARMACIST = "paula.pharmacist";

  @Test
  void deniedUntilThePrescriberActsThenAuthorizedAndDispensedOnce() throws Exception {
    Prescribed pete = prescribedButNotCounseled("dr.adams", "Pete Pharmacyflow");
    long id = pete.patientId();
    String programId = pete.programId();
    String rx = pete.prescriptionId();

    JsonNode found =
        call(
            PHARMACIST,
            post("/api/pharmacy/patients/lookup"),
            Map.of("programId", programId, "birthDate", "2000-05-05"),
            200);
    assertThat(found.at("/prescriptions/0/id").asText()).isEqualTo(rx);
    assertThat(found.has("history")).isFalse();

    Map<String, String> ask =
        Map.of("programId", programId, "birthDate", "2000-05-05", "prescriptionId", rx);
    JsonNode denied = authorize("pete-1", ask, 201);
    assertThat(denied.at("/decision/decision").asText()).isEqualTo("DENIED");
    assertThat(denied.at("/decision/reasons/0/code").asText())
        .isEqualTo("COUNSELING_NOT_CONFIRMED");
    assertThat(denied.has("authorization")).isFalse();
    assertAnsweredAsStored(denied);

    counsel("dr.adams", id);

    JsonNode authorized = authorize("pete-2", ask, 201);
    assertThat(authorized.at("/decision/decision").asText()).isEqualTo("AUTHORIZED");
    assertThat(authorized.at("/authorization/status").asText()).isEqualTo("ISSUED");
    long first = authorized.get("requestId").asLong();
    assertAnsweredAsStored(authorized);
    JsonNode replayed = authorize("pete-2", ask, 200);
    assertThat(replayed.get("replayed").asBoolean()).isTrue();
    assertThat(((ObjectNode) replayed.deepCopy()).put("replayed", false)).isEqualTo(authorized);

    JsonNode reversed =
        call(PHARMACIST, post("/api/pharmacy/authorizations/" + first + "/reverse"), null, 200);
    assertThat(reversed.at("/authorization/status").asText()).isEqualTo("REVERSED");

    JsonNode again = authorize("pete-3", ask, 201);
    assertThat(again.at("/decision/decision").asText()).isEqualTo("AUTHORIZED");
    long second = again.get("requestId").asLong();
    Map<String, Object> handed =
        Map.of(
            "capsules",
            List.of(Map.of("strengthMg", 20, "count", 60, "formulation", "conventional")));
    String dispense = "/api/pharmacy/authorizations/" + second + "/dispense";
    JsonNode claimed = call(PHARMACIST, post(dispense), handed, 200);
    assertThat(claimed.at("/authorization/status").asText()).isEqualTo("CLAIMED");
    call(PHARMACIST, post(dispense), handed, 409);
    call(PHARMACIST, post("/api/pharmacy/authorizations/" + second + "/reverse"), null, 409);

    assertThat(
            jdbc.sql("select count(*) from dispense where prescription_id = ?")
                .param(rx)
                .query(Long.class)
                .single())
        .isOne();
    // the other pharmacy cannot read this pharmacy's request
    call("sam.pharmacist", get("/api/pharmacy/authorizations/" + second), null, 404);
    // the prescriber sees the dispense in the course
    JsonNode summary = call("dr.adams", get("/api/patients/" + id + "/course"), null, 200);
    assertThat(summary.at("/prescriptions/0/dispensed").asBoolean()).isTrue();
  }

  /**
   * A fresh answer (built from what the request had at hand) equals, field by field, the stored
   * request read back by a later GET.
   */
  private void assertAnsweredAsStored(JsonNode fresh) throws Exception {
    JsonNode stored =
        call(
            PHARMACIST,
            get("/api/pharmacy/authorizations/" + fresh.get("requestId").asLong()),
            null,
            200);
    assertThat(fresh.get("replayed").asBoolean()).isFalse();
    assertThat(fresh.has("historyVersion")).isTrue();
    assertThat(fresh).isEqualTo(stored);
  }

  private JsonNode authorize(String key, Map<String, String> body, int status) throws Exception {
    return call(
        PHARMACIST,
        post("/api/pharmacy/authorizations").header("Idempotency-Key", key),
        body,
        status);
  }
}
