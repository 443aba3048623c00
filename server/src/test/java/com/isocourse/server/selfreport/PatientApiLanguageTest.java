package com.isocourse.server.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.selfreport.MoodReading;
import com.isocourse.server.support.ApiTestSupport;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Issue 14, ADR 0018: the patient API says what is meant for the patient (questions and their
 * explanations, symptom and mood advice, the reasons a fill is blocked) in the language the patient
 * chose, whatever the request's Accept-Language; ids, codes, levels and fields are unchanged.
 */
class PatientApiLanguageTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();
  private static final Locale ES = Locale.of("es");

  @Autowired MessageSource messages;

  private long patientId;
  private String patient;

  @BeforeEach
  void aPatientWhoCanGetPregnant() throws Exception {
    JsonNode e = enroll("dr.adams", "Alba Api " + N.incrementAndGet(), "CAN_GET_PREGNANT");
    patientId = e.at("/patient/id").asLong();
    patient = e.get("username").asText();
  }

  @Test
  void questionsAndExplanationsFollowThePatientsLanguage() throws Exception {
    prefers(patientId, "es");
    JsonNode questions =
        call(patient, get("/api/me/comprehension").header("Accept-Language", "en"), null, 200);
    JsonNode first = questions.get(0);
    assertThat(first.get("id").asText()).isEqualTo("birth-defects");
    assertThat(first.get("text").asText())
        .isEqualTo("¿Qué puede pasar si se queda embarazada mientras toma isotretinoína?");
    assertThat(first.at("/options/a").asText()).isEqualTo("Nada, si la dosis es baja");
    JsonNode graded =
        call(
            patient,
            post("/api/me/comprehension"),
            Map.of(
                "answers",
                Map.of(
                    "birth-defects",
                    "a",
                    "contraception",
                    "a",
                    "two-methods",
                    "b",
                    "missed-period",
                    "c",
                    "monthly-test",
                    "b",
                    "blood-donation",
                    "b",
                    "sharing",
                    "c",
                    "mood",
                    "a",
                    "stop-now",
                    "b")),
            200);
    assertThat(graded.get("passed").asBoolean()).isFalse();
    assertThat(graded.at("/answers/0/id").asText()).isEqualTo("birth-defects");
    assertThat(graded.at("/answers/0/explanation").asText())
        .startsWith("La isotretinoína causa defectos de nacimiento graves");
    prefers(patientId, "en");
    assertThat(
            call(patient, get("/api/me/comprehension").header("Accept-Language", "es"), null, 200)
                .at("/0/text")
                .asText())
        .isEqualTo("What can happen if you become pregnant while taking isotretinoin?");
  }

  @Test
  void symptomAndMoodAdviceFollowThePatientsLanguage() throws Exception {
    prefers(patientId, "es");
    JsonNode symptom = call(patient, post("/api/me/symptoms"), Map.of("code", "dry-lips"), 201);
    assertThat(symptom.at("/triage/level").asText()).isEqualTo("SELF_CARE");
    assertThat(symptom.at("/triage/advice").asText())
        .isEqualTo(messages.getMessage("patient.advice.dry-lips", null, ES))
        .startsWith("Los labios secos son esperables");
    JsonNode mood =
        call(
            patient, post("/api/me/mood-screens"), Map.of("items", Collections.nCopies(9, 0)), 201);
    assertThat(mood.get("advice").asText())
        .isEqualTo("Gracias. Siga informando de cualquier cambio en su estado de ánimo.");
    prefers(patientId, "en");
    assertThat(
            call(
                    patient,
                    post("/api/me/mood-screens"),
                    Map.of("items", Collections.nCopies(9, 0)),
                    201)
                .get("advice")
                .asText())
        .isEqualTo("Thank you. Keep reporting any change in mood.");
  }

  @Test
  void theReasonsOfTheCourseFollowThePatientsLanguageWithTheirCodes() throws Exception {
    prefers(patientId, "en");
    JsonNode en = call(patient, get("/api/me/course"), null, 200);
    prefers(patientId, "es");
    JsonNode es = call(patient, get("/api/me/course"), null, 200);
    assertThat(es.get("blockers")).hasSameSizeAs(en.get("blockers")).isNotEmpty();
    for (int i = 0; i < en.get("blockers").size(); i++) {
      assertThat(es.at("/blockers/" + i + "/code")).isEqualTo(en.at("/blockers/" + i + "/code"));
      assertThat(es.at("/blockers/" + i + "/rule")).isEqualTo(en.at("/blockers/" + i + "/rule"));
      assertThat(es.at("/blockers/" + i + "/message").asText())
          .isNotEqualTo(en.at("/blockers/" + i + "/message").asText());
    }
    assertThat(es.get("blockers").toString()).contains("prueba").contains("embarazo");
  }

  @Test
  void theRequirementsFollowThePatientsLanguageWithTheirRulesAndStatuses() throws Exception {
    prefers(patientId, "en");
    JsonNode en = call(patient, get("/api/me/course"), null, 200).get("requirements");
    prefers(patientId, "es");
    JsonNode es = call(patient, get("/api/me/course"), null, 200).get("requirements");
    assertThat(es).hasSameSizeAs(en).isNotEmpty();
    for (int i = 0; i < en.size(); i++) {
      JsonNode e = en.get(i);
      JsonNode s = es.get(i);
      for (String same : List.of("ruleId", "status", "whoActs", "factDate", "holdsUntil")) {
        assertThat(s.get(same)).as(same).isEqualTo(e.get(same));
      }
      assertThat(s.get("summary").asText()).isNotEqualTo(e.get("summary").asText());
      assertThat(s.get("findings")).hasSameSizeAs(e.get("findings"));
      for (int j = 0; j < e.get("findings").size(); j++) {
        assertThat(s.at("/findings/" + j + "/code")).isEqualTo(e.at("/findings/" + j + "/code"));
        assertThat(s.at("/findings/" + j + "/message").asText())
            .isNotEqualTo(e.at("/findings/" + j + "/message").asText());
      }
    }
    assertThat(es.toString()).contains("prueba de embarazo");
  }

  @Test
  void aStopNowSymptomsEscalationIsToldInThePatientsLanguageWithItsTierCode() throws Exception {
    call(patient, post("/api/me/symptoms"), Map.of("code", "suicidal-thoughts"), 201);
    prefers(patientId, "en");
    JsonNode en = call(patient, get("/api/me/course").header("Accept-Language", "es"), null, 200);
    String today = en.get("today").asText();
    JsonNode english = en.get("escalation");
    assertThat(english.fieldNames())
        .toIterable()
        .containsExactly("tier", "tierLabel", "triggers", "since");
    assertThat(english.get("tier").asText()).isEqualTo("SAFETY_STOP");
    assertThat(english.get("tierLabel").asText()).isEqualTo("Safety stop");
    assertThat(english.get("triggers").get(0).asText())
        .isEqualTo("Suicidal thoughts reported " + today);
    prefers(patientId, "es");
    JsonNode es = call(patient, get("/api/me/course").header("Accept-Language", "en"), null, 200);
    JsonNode spanish = es.get("escalation");
    assertThat(spanish.get("tier")).isEqualTo(english.get("tier"));
    assertThat(spanish.get("since")).isEqualTo(english.get("since"));
    assertThat(spanish.get("tierLabel").asText()).isEqualTo("Suspensión por seguridad");
    assertThat(spanish.get("triggers")).hasSameSizeAs(english.get("triggers"));
    assertThat(spanish.get("triggers").get(0).asText())
        .isEqualTo(
            "Usted informó el "
                + today
                + ": "
                + messages.getMessage("patient.symptom.suicidal-thoughts", null, ES));
    for (int i = 0; i < english.get("triggers").size(); i++) {
      assertThat(spanish.get("triggers").get(i).asText())
          .isNotEqualTo(english.get("triggers").get(i).asText());
    }
    prefers(patientId, "en");
    assertThat(call(patient, get("/api/me/course"), null, 200).get("escalation"))
        .isEqualTo(english);
  }

  @Test
  void theEnglishMoodAdviceInTheBundleIsTheCodesWords() {
    for (MoodReading r : MoodReading.values()) {
      for (boolean alerted : List.of(true, false)) {
        assertThat(messages.getMessage(MoodAdvice.key(r, alerted), null, Locale.ENGLISH))
            .as(r + " alerted " + alerted)
            .isEqualTo(MoodAdvice.of(r, alerted));
        assertThat(messages.getMessage(MoodAdvice.key(r, alerted), null, ES))
            .isNotEqualTo(MoodAdvice.of(r, alerted));
      }
    }
  }
}
