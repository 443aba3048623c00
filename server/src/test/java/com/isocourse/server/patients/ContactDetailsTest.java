package com.isocourse.server.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: enrollment takes contact details, sex at birth and reminder preferences; the patient
 * changes her own; bad values are refused with the field and change nothing, on every channel.
 */
class ContactDetailsTest extends ApiTestSupport {
  private Map<String, Object> enrollment(String name) {
    Map<String, Object> m = new HashMap<>();
    m.put("displayName", name);
    m.put("birthDate", "2000-05-05");
    m.put("jurisdiction", "US");
    m.put("riskCategory", "CAN_GET_PREGNANT");
    m.put("confirmDuplicate", true);
    return m;
  }

  private Map<String, Object> stored(long patientId) {
    return jdbc.sql(
            "select email, phone, preferred_language, reminder_channel, sex_at_birth from patient"
                + " where id = ?")
        .param(patientId)
        .query()
        .singleRow();
  }

  @Test
  void enrollmentStoresContactDetailsWithDefaults() throws Exception {
    Map<String, Object> e = enrollment("Carla Contact");
    e.put("email", "carla@example.org");
    e.put("sexAtBirth", "female");
    e.put("preferredLanguage", "es");
    JsonNode enrolled = call("dr.adams", post("/api/patients"), e, 201);
    Map<String, Object> row = stored(enrolled.at("/patient/id").asLong());
    assertThat(row.get("email")).isEqualTo("carla@example.org");
    assertThat(row.get("reminder_channel")).isEqualTo("EMAIL");
    assertThat(row.get("preferred_language")).isEqualTo("es");
    assertThat(row.get("sex_at_birth")).isEqualTo("FEMALE");
  }

  @Test
  void aBadAddressIsRefusedByFieldAndNothingIsEnrolled() throws Exception {
    long before = jdbc.sql("select count(*) from patient").query(Long.class).single();
    Map<String, Object> e = enrollment("Bea Badmail");
    e.put("email", "not-an-address");
    e.put("reminderChannel", "SMS");
    JsonNode problem = call("dr.adams", post("/api/patients"), e, 400);
    assertThat(problem.toString()).contains("email").contains("phone");
    assertThat(jdbc.sql("select count(*) from patient").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void thePatientChangesHerOwnSettingsAndOptsOut() throws Exception {
    Map<String, Object> e = enrollment("Sofia Settings");
    e.put("phone", "+1 555 010 2000");
    JsonNode enrolled = call("dr.adams", post("/api/patients"), e, 201);
    String patient = enrolled.get("username").asText();
    long id = enrolled.at("/patient/id").asLong();

    JsonNode mine = call(patient, get("/api/me/contact"), null, 200);
    assertThat(mine.get("reminderChannel").asText()).isEqualTo("SMS");

    JsonNode changed =
        call(
            patient,
            put("/api/me/contact"),
            Map.of(
                "email", "sofia@example.org",
                "phone", "+1 555 010 2000",
                "preferredLanguage", "es",
                "reminderChannel", "NONE"),
            200);
    assertThat(changed.get("reminderChannel").asText()).isEqualTo("NONE");
    assertThat(stored(id).get("preferred_language")).isEqualTo("es");

    JsonNode refused =
        call(
            patient,
            put("/api/me/contact"),
            Map.of("email", "", "phone", "", "reminderChannel", "EMAIL"),
            400);
    assertThat(refused.toString()).contains("email");
    assertThat(stored(id).get("email")).isEqualTo("sofia@example.org");

    call("dr.adams", get("/api/me/contact"), null, 403);
  }
}
