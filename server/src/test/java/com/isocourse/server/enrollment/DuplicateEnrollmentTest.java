package com.isocourse.server.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Enrolling a name and birth date that are enrolled already is a 409 naming the existing patient's
 * program ID, unless the request confirms it is another person; the match ignores case and spacing
 * and spans the clinic, but only the program ID of another prescriber's patient is shown.
 */
class DuplicateEnrollmentTest extends ApiTestSupport {

  private static Map<String, Object> enrollment(String name, String birthDate) {
    Map<String, Object> body = new HashMap<>();
    body.put("displayName", name);
    body.put("birthDate", birthDate);
    body.put("jurisdiction", "US");
    body.put("riskCategory", "CANNOT_GET_PREGNANT");
    return body;
  }

  private long patientsNamed(String name) {
    return jdbc.sql("select count(*) from patient where lower(display_name) = lower(?)")
        .param(name)
        .query(Long.class)
        .single();
  }

  @Test
  void aSecondEnrollmentOfTheSameNameAndBirthDateIsA409WithTheExistingProgramId() throws Exception {
    String name = "Harper Twice " + UUID.randomUUID();
    JsonNode first = call("dr.adams", post("/api/patients"), enrollment(name, "1995-01-02"), 201);
    String programId = first.at("/patient/programId").asText();

    JsonNode problem =
        call(
            "dr.adams",
            post("/api/patients"),
            enrollment(
                "  " + name.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + " ",
                "1995-01-02"),
            409);

    assertThat(problem.get("type").asText()).endsWith("/possible-duplicate");
    assertThat(problem.get("detail").asText()).contains(programId).contains("confirmDuplicate");
    assertThat(problem.at("/existing/0/programId").asText()).isEqualTo(programId);
    assertThat(problem.at("/existing/0/inYourCare").asBoolean()).isTrue();
    assertThat(problem.at("/existing/0/patientId").asLong())
        .isEqualTo(first.at("/patient/id").asLong());
    assertThat(patientsNamed(name)).isOne();
  }

  @Test
  void anotherBirthDateIsAnotherPatient() throws Exception {
    String name = "Jordan Samename " + UUID.randomUUID();
    call("dr.adams", post("/api/patients"), enrollment(name, "1995-01-02"), 201);
    call("dr.adams", post("/api/patients"), enrollment(name, "1995-01-03"), 201);
    assertThat(patientsNamed(name)).isEqualTo(2);
  }

  @Test
  void confirmingItIsAnotherPersonEnrollsThemToo() throws Exception {
    String name = "Alex Commonname " + UUID.randomUUID();
    call("dr.adams", post("/api/patients"), enrollment(name, "1990-10-10"), 201);
    Map<String, Object> again = enrollment(name, "1990-10-10");
    again.put("confirmDuplicate", true);
    JsonNode second = call("dr.adams", post("/api/patients"), again, 201);
    assertThat(second.at("/patient/programId").asText()).isNotBlank();
    assertThat(patientsNamed(name)).isEqualTo(2);
  }

  @Test
  void anotherPrescribersPatientIsNamedByProgramIdOnly() throws Exception {
    String name = "Robin Otherdoctor " + UUID.randomUUID();
    JsonNode baker = call("dr.baker", post("/api/patients"), enrollment(name, "1993-03-03"), 201);

    JsonNode problem = call("dr.adams", post("/api/patients"), enrollment(name, "1993-03-03"), 409);

    assertThat(problem.at("/existing/0/programId").asText())
        .isEqualTo(baker.at("/patient/programId").asText());
    assertThat(problem.at("/existing/0/inYourCare").asBoolean()).isFalse();
    assertThat(problem.at("/existing/0").has("patientId")).isFalse();
    assertThat(problem.at("/existing/0").has("displayName")).isFalse();
    assertThat(patientsNamed(name)).isOne();
  }

  @Test
  void aRefusedDuplicateLeavesTheKeyFreeForTheConfirmation() throws Exception {
    String name = "Kai Keyconfirm " + UUID.randomUUID();
    call("dr.adams", post("/api/patients"), enrollment(name, "1991-01-01"), 201);
    String key = UUID.randomUUID().toString();
    call(
        "dr.adams",
        post("/api/patients").header("Idempotency-Key", key),
        enrollment(name, "1991-01-01"),
        409);
    Map<String, Object> confirmed = enrollment(name, "1991-01-01");
    confirmed.put("confirmDuplicate", true);
    call("dr.adams", post("/api/patients").header("Idempotency-Key", key), confirmed, 201);
    assertThat(patientsNamed(name)).isEqualTo(2);
  }
}
