package com.isocourse.server.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.selfreport.ComprehensionQuiz;
import com.isocourse.server.support.ApiTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A patient on their own course: quiz, contraception, symptoms, mood screen, missed dose. */
class PatientFlowTest extends ApiTestSupport {
  private String patient;

  @BeforeEach
  void enrollAPatientWhoCanGetPregnant() throws Exception {
    patient = enroll("dr.adams", "Pia Patientflow", "CAN_GET_PREGNANT").get("username").asText();
  }

  @Test
  void passesTheComprehensionQuestionsAfterLearningFromAWrongAnswer() throws Exception {
    JsonNode questions = call(patient, get("/api/me/comprehension"), null, 200);
    assertThat(questions.size()).isEqualTo(ComprehensionQuiz.questions().size());
    assertThat(questions.get(0).has("correct")).isFalse();

    Map<String, String> answers = new HashMap<>();
    ComprehensionQuiz.questions().forEach(q -> answers.put(q.id(), q.correct()));
    answers.put("sharing", "a");
    JsonNode failed = call(patient, post("/api/me/comprehension"), Map.of("answers", answers), 200);
    assertThat(failed.get("passed").asBoolean()).isFalse();
    JsonNode wrong =
        StreamSupport.stream(failed.get("answers").spliterator(), false)
            .filter(a -> !a.get("correct").asBoolean())
            .toList()
            .getFirst();
    assertThat(wrong.get("id").asText()).isEqualTo("sharing");
    assertThat(wrong.get("explanation").asText()).contains("Never share");

    answers.put("sharing", "c");
    JsonNode passed = call(patient, post("/api/me/comprehension"), Map.of("answers", answers), 200);
    assertThat(passed.get("passed").asBoolean()).isTrue();

    assertThat(historyTypes()).containsExactly("comprehension", "comprehension");
  }

  @Test
  void confirmsContraceptionReportsASymptomScreensMoodAndLogsAMissedDose() throws Exception {
    String since = LocalDate.parse(TODAY).minusDays(40).toString();
    call(
        patient,
        post("/api/me/contraception"),
        Map.of("methods", List.of("combined-pill", "male-condom"), "since", since),
        201);

    JsonNode triage =
        call(patient, post("/api/me/symptoms"), Map.of("code", "vision-change"), 201).get("triage");
    assertThat(triage.get("level").asText()).isEqualTo("STOP_NOW");
    assertThat(triage.get("advice").asText()).isNotBlank();

    JsonNode phq9 =
        call(
            patient,
            post("/api/me/mood-screens"),
            Map.of("items", List.of(1, 1, 2, 1, 0, 1, 1, 0, 0)),
            201);
    assertThat(phq9.get("total").asInt()).isEqualTo(7);
    assertThat(phq9.get("item9").asInt()).isZero();

    // Nothing was dispensed yet: a missed dose cannot be logged (the cumulative dose would fall
    // below zero), and nothing is stored.
    JsonNode refused =
        call(patient, post("/api/me/missed-doses"), Map.of("date", TODAY, "mg", 40), 400);
    assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("mg");

    assertThat(historyTypes()).containsExactly("contraception", "symptom", "mood-screen");
    JsonNode course = call(patient, get("/api/me/course"), null, 200);
    assertThat(course.get("displayName").asText()).isEqualTo("Pia Patientflow");
  }

  private List<String> historyTypes() throws Exception {
    JsonNode history = call(patient, get("/api/me/course"), null, 200).get("history");
    return StreamSupport.stream(history.spliterator(), false)
        .map(e -> e.get("type").asText())
        .toList();
  }
}
