package com.isocourse.server.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14 §4: a patient reads their pages in the language they chose (patient.preferred_language),
 * Spanish or English; the prescriber who looks after them keeps reading English.
 */
class PatientLanguagePagesTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();

  @Autowired private UserRepository users;

  private String doctor;
  private long patientId;
  private String patient;
  private String name;

  @BeforeEach
  void aPrescriberAndAPatientWhoCanGetPregnant() throws Exception {
    int n = N.incrementAndGet();
    doctor = "dr.lang-" + n;
    long doctorId = certifiedPrescriber(doctor, "Dr. Lang " + n);
    name = "Lucia Lengua " + n;
    JsonNode e = enroll(doctor, name, "CAN_GET_PREGNANT");
    patientId = e.at("/patient/id").asLong();
    patient = e.get("username").asText();
  }

  @Test
  void aSpanishReadingPatientSeesHomeInSpanish() throws Exception {
    prefers(patientId, "es");
    String home = page("/me", patient);
    assertThat(home)
        .contains("<html lang=\"es\"")
        .contains("Hola, " + name)
        .contains("Lo que tiene que hacer hoy")
        .contains("Su progreso")
        .contains("Antes de recoger su medicamento")
        .contains("Necesita dos pruebas de embarazo negativas antes de su primera entrega.")
        .contains("Quién actúa: Usted")
        .contains("data-minutes=\"minutos\"")
        .contains(">Informar de un síntoma</a>")
        .contains("En una emergencia, llame al número de emergencias de su zona")
        .doesNotContain("Hello, ")
        .doesNotContain("Your progress")
        .doesNotContain("You need two negative pregnancy tests before your first fill.")
        .doesNotContain("Who acts:");
  }

  @Test
  void aSpanishReadingPatientSeesSymptomsMoodAndQuestionsInSpanish() throws Exception {
    prefers(patientId, "es");
    assertThat(page("/me/symptoms", patient))
        .contains("<html lang=\"es\"")
        .contains("Marque todo lo que note, uno o varios.")
        .contains("Labios secos o agrietados")
        .contains("Cambios en la vista (borrosa, doble, mala visión de noche)")
        .contains("Enviar informe")
        .doesNotContain("Dry or cracked lips")
        .doesNotContain("Send report");
    assertThat(page("/me/mood", patient))
        .contains("Control del estado de ánimo (PHQ-9)")
        .contains("Poco interés o placer en hacer cosas")
        .contains("Más de la mitad de los días")
        .doesNotContain("Little interest or pleasure in doing things")
        .doesNotContain("Nearly every day");
    assertThat(page("/me/comprehension", patient))
        .contains("Las preguntas de este mes")
        .contains("¿Puede donar sangre durante el tratamiento?")
        .contains("Nunca: las cápsulas son solo para usted")
        .doesNotContain("May you donate blood during the course?")
        .doesNotContain("Submit answers");
  }

  @Test
  void aSpanishReadingPatientGetsTriageAndQuizResultsInSpanish() throws Exception {
    prefers(patientId, "es");
    String triage =
        sent(post("/me/symptoms").param("code", "dry-lips").param("code", "vision-change"));
    assertThat(triage)
        .contains("<html lang=\"es\"")
        .contains("Usted informó: Cambios en la vista (borrosa, doble, mala visión de noche)")
        .contains("Deje de tomar isotretinoína y reciba atención médica ahora")
        .contains("También informó de")
        .contains("Los labios secos son esperables")
        .doesNotContain("You reported")
        .doesNotContain("Dry lips are expected");
    String result =
        sent(
            post("/me/comprehension")
                .param("q-birth-defects", "a")
                .param("q-contraception", "a")
                .param("q-two-methods", "b")
                .param("q-missed-period", "c")
                .param("q-monthly-test", "b")
                .param("q-blood-donation", "b")
                .param("q-sharing", "c")
                .param("q-mood", "a")
                .param("q-stop-now", "b"));
    assertThat(result)
        .contains("Todavía no")
        .contains("Algunas respuestas todavía no eran correctas.")
        .contains("Volver a intentarlo")
        .doesNotContain("Not quite yet")
        .doesNotContain("Try again");
  }

  @Test
  void choosingSpanishInSettingsTurnsTheNextPagesSpanish() throws Exception {
    prefers(patientId, "en");
    assertThat(page("/me/settings", patient)).contains("Reminders and how to reach you");
    sent(
        post("/me/settings")
            .param("email", "lucia@example.org")
            .param("reminderChannel", "EMAIL")
            .param("preferredLanguage", "es"));
    assertThat(page("/me/settings", patient))
        .contains("<html lang=\"es\"")
        .contains("Recordatorios y cómo contactarle")
        .doesNotContain("Reminders and how to reach you");
    assertThat(page("/me/contraception", patient))
        .contains("¿Qué métodos usa?")
        .contains("Vasectomía de su pareja")
        .doesNotContain("Partner&#39;s vasectomy");
    assertThat(page("/me/missed-dose", patient))
        .contains("Nunca tome dos dosis para recuperarla.")
        .doesNotContain("Log it");
  }

  @Test
  void everyLearnArticleHasItsSpanishPage() throws Exception {
    prefers(patientId, "es");
    assertThat(page("/me/learn", patient))
        .contains("Aprenda sobre su tratamiento")
        .contains("Qué evitar y hasta cuándo")
        .doesNotContain("What to avoid, and until when");
    Map<String, String> sentences =
        Map.of(
            "how-it-works", "Es el único medicamento para el acné que actúa a la vez",
            "month-by-month", "Cada persona es distinta",
            "side-effects", "Deje las cápsulas y busque atención ahora si tiene",
            "avoid", "Si su regla se retrasa o falla la anticoncepción");
    for (var topic : LearnPage.TOPICS) {
      assertThat(page("/me/learn/" + topic, patient))
          .as(topic)
          .contains("<html lang=\"es\"")
          .contains(sentences.get(topic))
          .contains("Más para leer")
          .doesNotContain("More to read");
    }
    assertThat(page("/me/learn/avoid", patient))
        .contains("<h1>Qué evitar y hasta cuándo</h1>")
        .contains("<title>Qué evitar y hasta cuándo · Isocourse</title>");
    prefers(patientId, "en");
    assertThat(page("/me/learn/avoid", patient))
        .contains("<h1>What to avoid, and until when</h1>")
        .contains("<title>What to avoid, and until when · Isocourse</title>")
        .contains("If your period is late or contraception fails")
        .doesNotContain("Más para leer");
  }

  @Test
  void anEnglishReadingPatientSeesEnglish() throws Exception {
    prefers(patientId, "en");
    assertThat(page("/me", patient))
        .contains("<html lang=\"en\"")
        .contains("Hello, " + name)
        .contains("Your progress")
        .contains("You need two negative pregnancy tests before your first fill.")
        .contains("Who acts: You")
        .doesNotContain("Hola, ")
        .doesNotContain("Su progreso");
    assertThat(page("/me/symptoms", patient))
        .contains("Dry or cracked lips")
        .contains("Send report")
        .doesNotContain("Labios secos");
    assertThat(page("/me/mood", patient))
        .contains("Little interest or pleasure in doing things")
        .doesNotContain("Poco interés");
    assertThat(page("/me/comprehension", patient))
        .contains("May you donate blood during the course?")
        .doesNotContain("¿Puede donar sangre");
  }

  @Test
  void thePrescriberOfASpanishReadingPatientKeepsEnglish() throws Exception {
    prefers(patientId, "es");
    assertThat(page("/prescriber", doctor))
        .contains("<html lang=\"en\"")
        .contains("Sign out")
        .doesNotContain("Cerrar sesión");
  }

  @Test
  void aChangeOfLanguageShowsOnTheNextPage() throws Exception {
    prefers(patientId, "es");
    assertThat(page("/me", patient)).contains("Hola, ");
    prefers(patientId, "en");
    assertThat(page("/me", patient)).contains("Hello, ").doesNotContain("Hola, ");
  }

  /** Posts a patient form (with a fresh form token) and follows the redirect to its result page. */
  private String sent(MockHttpServletRequestBuilder form) throws Exception {
    var posted =
        mvc.perform(
                form.param("formToken", UUID.randomUUID().toString())
                    .with(as(patient))
                    .with(csrf()))
            .andReturn();
    var response = posted.getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    var next = get(response.getRedirectedUrl()).with(as(patient));
    var shown = mvc.perform(next).andReturn().getResponse();
    shown.setCharacterEncoding("UTF-8");
    assertThat(shown.getStatus()).as(shown.getContentAsString()).isEqualTo(200);
    return shown.getContentAsString();
  }

  private String page(String path, String username) throws Exception {
    var response = mvc.perform(get(path).with(as(username))).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }
}
