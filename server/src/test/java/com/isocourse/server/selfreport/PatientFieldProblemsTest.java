package com.isocourse.server.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14, ADR 0018: a field the checks refuse on a patient's page (core's limits, the contract
 * reader, the page's own checks) is explained in the patient's language, next to the field, and
 * nothing is stored; neither a limit code nor an English sentence reaches a Spanish reader. The
 * patient API says the same reasons in the same language, with the same field names.
 */
class PatientFieldProblemsTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();

  private long patientId;
  private String patient;

  @BeforeEach
  void aPatientWhoCanGetPregnant() throws Exception {
    JsonNode e = enroll("dr.adams", "Fabiola Campos " + N.incrementAndGet(), "CAN_GET_PREGNANT");
    patientId = e.at("/patient/id").asLong();
    patient = e.get("username").asText();
  }

  private long events() {
    return jdbc.sql("select count(*) from course_event where patient_id = ?")
        .param(patientId)
        .query(Long.class)
        .single();
  }

  @Test
  void aSpanishReaderReadsContraceptionProblemsInSpanishAndNothingIsStored() throws Exception {
    prefers(patientId, "es");
    long before = events();
    assertThat(
            refused(post("/me/contraception").param("methods", "iud").param("since", "2027-01-05")))
        .contains("<html lang=\"es\"")
        .contains("no puede ser posterior a hoy (2026-12-01)")
        .doesNotContain("must not be after today")
        .doesNotContain("after-today");
    assertThat(refused(post("/me/contraception").param("methods", "iud")))
        .contains("es obligatorio")
        .doesNotContain("is required");
    assertThat(refused(post("/me/contraception").param("methods", "magic").param("since", TODAY)))
        .contains("no es una de las opciones")
        .doesNotContain("unknown contraception method")
        .doesNotContain("unknown-code");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aSpanishReaderReadsMissedDoseProblemsInSpanishAndNothingIsStored() throws Exception {
    prefers(patientId, "es");
    long before = events();
    assertThat(refused(post("/me/missed-dose").param("date", TODAY).param("mg", "mucho")))
        .contains("debe ser un número")
        .doesNotContain("must be a number");
    assertThat(refused(post("/me/missed-dose").param("date", TODAY).param("mg", "40")))
        .contains(
            "no se puede registrar: no hay cápsulas de este tratamiento entregadas y sin usar")
        .doesNotContain("cannot be logged")
        .doesNotContain("nothing-on-hand");
    assertThat(refused(post("/me/missed-dose").param("date", "1901-01-01").param("mg", "40")))
        .contains("no puede ser anterior a su fecha de nacimiento (2000-05-05)")
        .doesNotContain("birth date");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aSpanishReaderReadsSettingsAndSymptomProblemsInSpanish() throws Exception {
    prefers(patientId, "es");
    assertThat(
            refused(
                post("/me/settings")
                    .param("email", "no-es-una-direccion")
                    .param("reminderChannel", "EMAIL")
                    .param("preferredLanguage", "es")))
        .contains("debe ser una dirección como nombre@ejemplo.org")
        .doesNotContain("must be an address");
    assertThat(
            jdbc.sql("select email from patient where id = ?")
                .param(patientId)
                .query(String.class)
                .optional())
        .isNotEqualTo(java.util.Optional.of("no-es-una-direccion"));
    long before = events();
    assertThat(refused(post("/me/symptoms"))).contains("Elija lo que nota.");
    assertThat(
            refused(post("/me/symptoms").param("code", "dry-lips").param("note", "x".repeat(501))))
        .contains("Escriba la nota en menos de 500 caracteres.")
        .doesNotContain("Please keep the note");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void anEnglishReaderReadsTheChecksOwnSentences() throws Exception {
    prefers(patientId, "en");
    assertThat(
            refused(post("/me/contraception").param("methods", "iud").param("since", "2027-01-05")))
        .contains("<html lang=\"en\"")
        .contains("must not be after today (2026-12-01)")
        .doesNotContain("posterior");
    assertThat(refused(post("/me/missed-dose").param("date", TODAY).param("mg", "40")))
        .contains("cannot be logged: no capsules of this course are dispensed and not yet used up");
  }

  @Test
  void thePatientApiSaysFieldProblemsInThePatientsLanguageWithTheSameFields() throws Exception {
    prefers(patientId, "es");
    long before = events();
    JsonNode es =
        call(
            patient,
            post("/api/me/missed-doses").header("Accept-Language", "en"),
            Map.of("date", TODAY, "mg", 40),
            400);
    assertThat(problemFields(es)).containsExactly("mg");
    assertThat(es.at("/errors/0/reason").asText())
        .isEqualTo(
            "no se puede registrar: no hay cápsulas de este tratamiento entregadas y sin usar");
    assertThat(es.get("detail").asText()).isEqualTo("La solicitud tiene datos que no son válidos.");
    assertThat(es.at("/errors/0").has("limit")).isFalse();
    JsonNode missing =
        call(
            patient,
            post("/api/me/contraception"),
            Map.of("methods", java.util.List.of("iud")),
            400);
    assertThat(problemFields(missing)).containsExactly("since");
    assertThat(missing.at("/errors/0/reason").asText()).isEqualTo("es obligatorio");
    prefers(patientId, "en");
    JsonNode en =
        call(
            patient,
            post("/api/me/missed-doses").header("Accept-Language", "es"),
            Map.of("date", TODAY, "mg", 40),
            400);
    assertThat(problemFields(en)).containsExactly("mg");
    assertThat(en.at("/errors/0/reason").asText())
        .isEqualTo(
            "cannot be logged: no capsules of this course are dispensed and not yet used up");
    assertThat(en.get("detail").asText()).isEqualTo("The request has invalid fields.");
    assertThat(events()).isEqualTo(before);
  }

  /** Posts a patient form that must be refused: the form again (200), with its field problems. */
  private String refused(MockHttpServletRequestBuilder form) throws Exception {
    var response =
        mvc.perform(
                form.param("formToken", UUID.randomUUID().toString())
                    .with(as(patient))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    response.setCharacterEncoding("UTF-8");
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }
}
