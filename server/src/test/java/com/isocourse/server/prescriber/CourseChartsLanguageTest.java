package com.isocourse.server.prescriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, ADR 0018: the course charts speak the reader's language. A Spanish-reading patient's
 * dose chart (title, description, labels, axis days) is Spanish on their home page, while their
 * prescriber reads the same chart in English; the lab and pregnancy-test charts say their words in
 * Spanish too when drawn for a Spanish reader.
 */
class CourseChartsLanguageTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();

  @Autowired CourseCharts charts;
  @Autowired CaseFiles files;
  @Autowired CourseSummaries summaries;
  @Autowired PatientRepository patients;

  private long patientId;
  private String patient;

  @BeforeEach
  void aPatientWithLabsAndATest() throws Exception {
    JsonNode e = enroll("dr.adams", "Carmen Curva " + N.incrementAndGet(), "CAN_GET_PREGNANT");
    patientId = e.at("/patient/id").asLong();
    patient = e.get("username").asText();
    record(
        "dr.adams",
        patientId,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":110,\"unit\":\"mg/dL\"}"
            .formatted(TODAY));
    record(
        "dr.adams",
        patientId,
        "{\"type\":\"pregnancy-test\",\"date\":\"%s\",\"result\":\"negative\",\"setting\":\"lab\"}"
            .formatted(TODAY));
  }

  @Test
  void aSpanishReadersDoseChartIsSpanishAndThePrescribersStaysEnglish() throws Exception {
    jdbc.sql("update patient set preferred_language = 'es' where id = ?").param(patientId).update();
    assertThat(page("/me", patient))
        .contains("<title id=\"dose-chart-t\">Dosis acumulada</title>")
        .contains("Dosis acumulada hoy: 0.0 mg/kg de un objetivo de")
        .contains("objetivo habitual 120–150")
        .contains(">Hoy</text>")
        .contains(">30 ene</text>")
        .doesNotContain("Cumulative dose")
        .doesNotContain(">Today</text>")
        .doesNotContain("usual target");
    assertThat(page("/prescriber/patients/" + patientId, "dr.adams"))
        .contains("<title id=\"dose-chart-t\">Cumulative dose</title>")
        .contains("Cumulative dose 0.0 mg/kg of a")
        .contains(">Today</text>")
        .contains(">30 Jan</text>")
        .contains("Triglycerides results: " + TODAY + " 110.0 mg/dL; Warning at 500")
        .contains("negative test " + TODAY + ", window to ")
        .doesNotContain("Dosis acumulada");
  }

  @Test
  void labAndPregnancyChartsDrawnForASpanishReaderAreSpanish() {
    CaseFile file = files.load(patients.findById(patientId).orElseThrow());
    var drawn = charts.draw(file, summaries.summarize(file), Locale.of("es"));
    assertThat(drawn.triglycerides())
        .contains("<title id=\"tg-chart-t\">Triglicéridos</title>")
        .contains("Resultados de Triglicéridos: " + TODAY + ": 110.0 mg/dL; Aviso a partir de 500")
        .contains("aviso 500")
        .doesNotContain("results")
        .doesNotContain("Warning");
    assertThat(drawn.alt())
        .contains("ninguno registrado.")
        .contains("Todavía no hay resultados")
        .doesNotContain("No results yet");
    assertThat(drawn.pregnancy())
        .contains("Pruebas de embarazo y plazos de recogida")
        .contains("prueba negativa el " + TODAY + ", plazo hasta el ")
        .contains("Prueba negativa " + TODAY)
        .doesNotContain("Negative test")
        .doesNotContain("window to");
  }

  private String page(String path, String username) throws Exception {
    var response = mvc.perform(get(path).with(as(username))).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }
}
