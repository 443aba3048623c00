package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The escalation pages without a browser (so without JavaScript): the patient's triage after a
 * contraception failure or a missed period, the pregnancy-test form that assumes no result and asks
 * to confirm a positive one, and the prescriber's alerts inbox with its count and Acknowledge
 * button. Each test has its own prescriber and patient.
 */
class EscalationPagesTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();

  @Autowired private UserRepository users;

  private String doctor;
  private long patientId;
  private String patient;

  @BeforeEach
  void aPrescriberAndAPatientWhoCanGetPregnant() throws Exception {
    int n = N.incrementAndGet();
    doctor = "dr.pages-" + n;
    long doctorId = certifiedPrescriber(doctor, "Dr. Pages " + n);
    JsonNode e = enroll(doctor, "Paige Patient " + n, "CAN_GET_PREGNANT");
    patientId = e.at("/patient/id").asLong();
    patient = e.get("username").asText();
  }

  // --- the patient's triage --------------------------------------------------------------------

  @Test
  void severalSymptomsInOneReportAnswerTheMostUrgentFirst() throws Exception {
    var post =
        post("/me/symptoms")
            .param("code", "dry-lips")
            .param("code", "vision-change")
            .param("code", "insomnia")
            .param("formToken", java.util.UUID.randomUUID().toString())
            .with(as(patient))
            .with(csrf());
    var response = mvc.perform(post).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    String location = response.getRedirectedUrl();
    assertThat(location).matches("/me/symptoms/\\d+\\?also=\\d+,\\d+");
    String answer =
        mvc.perform(get(location).with(as(patient))).andReturn().getResponse().getContentAsString();
    assertThat(answer).contains("Stop taking isotretinoin and get medical care now");
    assertThat(answer.indexOf("Stop taking isotretinoin"))
        .isLessThan(answer.indexOf("You also reported"));
    assertThat(answer).contains("You also reported").contains("lip balm");
    long recorded =
        jdbc.sql("select count(*) from course_event where patient_id = ? and type = 'symptom'")
            .param(patientId)
            .query(Long.class)
            .single();
    assertThat(recorded).isEqualTo(3);
  }

  @Test
  void aReportWithAnUnknownSymptomOrAnotherPatientsEventChangesNothing() throws Exception {
    String page =
        page(post("/me/symptoms").param("code", "dry-lips").param("code", "made-up"), patient);
    assertThat(page).contains("Choose what you are noticing from the list.");
    assertThat(
            jdbc.sql("select count(*) from course_event where patient_id = ? and type = 'symptom'")
                .param(patientId)
                .query(Long.class)
                .single())
        .isZero();
    var junk =
        mvc.perform(get("/me/symptoms/1?also=abc").with(as(patient))).andReturn().getResponse();
    assertThat(junk.getStatus()).isIn(400, 404);
    var notMine =
        mvc.perform(get("/me/symptoms/999999999").with(as(patient))).andReturn().getResponse();
    assertThat(notMine.getStatus()).isEqualTo(404);
  }

  @Test
  void contraceptionFailureShowsEmergencyContraceptionBeforeAskingForATest() throws Exception {
    String page = page(post("/me/symptoms").param("code", "contraception-failure"), patient);

    int emergency = page.indexOf("Emergency contraception");
    int hours72 = page.indexOf("most effective within 72 hours");
    int test = page.indexOf("Take a pregnancy test today");
    assertThat(emergency).isPositive();
    assertThat(hours72).isGreaterThan(emergency);
    assertThat(page).contains("up to 120 hours");
    assertThat(hours72).isLessThan(test);
    assertThat(page.indexOf("pharmacy now")).isLessThan(test);
    assertThat(page.indexOf("on hold until a negative pregnancy test")).isGreaterThan(test);
    assertThat(page).contains("Your prescriber has been alerted");
    assertNoInternalCodes(page);
    // and it is true: the prescriber has the alert
    assertThat(openAlertTriggers())
        .containsExactly("Contraception failure reported " + TODAY + " — pregnancy test needed");
  }

  @Test
  void aMissedPeriodAsksForATestNowAndHoldsFills() throws Exception {
    String page = page(post("/me/symptoms").param("code", "missed-period"), patient);

    assertThat(page)
        .contains("Take a pregnancy test now")
        .contains("on hold until a negative pregnancy test")
        .contains("Your prescriber has been alerted")
        .doesNotContain("Emergency contraception");
    assertNoInternalCodes(page);
    assertThat(openAlertTriggers())
        .containsExactly("Missed period reported " + TODAY + " — pregnancy test needed");
  }

  @Test
  void aStopNowReportSaysThePrescriberWasAlertedBecauseTheyWere() throws Exception {
    String page = page(post("/me/symptoms").param("code", "suicidal-thoughts"), patient);
    assertThat(page.indexOf("988")).isLessThan(page.indexOf("Your prescriber has been alerted"));
    assertThat(openAlertTriggers()).containsExactly("Suicidal thoughts reported " + TODAY);
  }

  @Test
  void aSelfCareReportClaimsNoAlert() throws Exception {
    String page = page(post("/me/symptoms").param("code", "dry-lips"), patient);
    assertThat(page).contains("lip balm").doesNotContain("alerted");
    assertThat(openAlertTriggers()).isEmpty();
  }

  // --- the pregnancy-test form -----------------------------------------------------------------

  @Test
  void thePregnancyTestFormPreselectsNoResult() throws Exception {
    String page =
        page(
            get("/prescriber/patients/" + patientId + "/record").param("type", "pregnancy-test"),
            doctor);
    assertThat(radio(page, "result", "negative")).doesNotContain("checked");
    assertThat(radio(page, "result", "positive")).doesNotContain("checked");
    assertThat(page).doesNotContain("confirmPositive");
  }

  @Test
  void aTestWithoutAResultIsAFieldErrorAndStoresNothing() throws Exception {
    long before = pregnancyTests();
    String page = page(recordTest(null, null), doctor);
    assertThat(page)
        .contains("Please correct the fields marked below")
        .contains("id=\"err-result\"")
        .contains("Choose the result: negative or positive.");
    assertThat(pregnancyTests()).isEqualTo(before);
  }

  @Test
  void aPositiveResultAsksForConfirmationBeforeItIsStored() throws Exception {
    String page = page(recordTest("positive", null), doctor);
    assertThat(page)
        .contains("You are recording a positive pregnancy test")
        .contains("name=\"confirmPositive\"")
        .contains("id=\"err-confirmPositive\"");
    // the choice is kept for the confirmation step
    assertThat(radio(page, "result", "positive")).contains("checked");
    assertThat(radio(page, "setting", "lab")).contains("checked");
    assertThat(pregnancyTests()).isZero();
    assertThat(openAlertTriggers()).isEmpty();

    mvc.perform(recordTest("positive", "yes").with(as(doctor)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/prescriber/patients/" + patientId));
    assertThat(pregnancyTests()).isOne();
    assertThat(
            jdbc.sql(
                    "select payload->>'result' from course_event where patient_id = ?"
                        + " and type = 'pregnancy-test'")
                .param(patientId)
                .query(String.class)
                .single())
        .isEqualTo("positive");
    assertThat(openAlertTriggers()).containsExactly("Positive pregnancy test " + TODAY);
  }

  @Test
  void aNegativeResultIsStoredWithoutAConfirmationStep() throws Exception {
    mvc.perform(recordTest("negative", null).with(as(doctor)).with(csrf()))
        .andExpect(redirectedUrl("/prescriber/patients/" + patientId));
    assertThat(pregnancyTests()).isOne();
  }

  // --- the alerts inbox ------------------------------------------------------------------------

  @Test
  void theInboxNamesPatientTriggerAndWhenAndAcknowledgesWithACsrfToken() throws Exception {
    page(post("/me/symptoms").param("code", "vision-change"), patient);
    long alertId =
        jdbc.sql("select id from alert where patient_id = ?")
            .param(patientId)
            .query(Long.class)
            .single();

    String worklist = page(get("/prescriber"), doctor);
    assertThat(worklist)
        .containsPattern(
            "id=\"nav-alerts\"[^>]*aria-label=\"Alerts, 1 open\"[^>]*>Alerts<span\\s+class=\"nav-count\">1</span>");

    String inbox = page(get("/prescriber/alerts"), doctor);
    assertThat(inbox)
        .contains("Paige Patient")
        .contains("Vision change reported " + TODAY)
        .contains("href=\"/prescriber/patients/" + patientId + "\"")
        .containsPattern("Raised \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
        .contains("action=\"/prescriber/alerts/" + alertId + "/acknowledge\"")
        .contains("name=\"_csrf\"")
        .contains(">Acknowledge<");
    // the patient's page shows it too
    assertThat(page(get("/prescriber/patients/" + patientId), doctor))
        .contains("Open alert")
        .contains("Vision change reported " + TODAY);

    // without the CSRF token nothing happens
    mvc.perform(post("/prescriber/alerts/" + alertId + "/acknowledge").with(as(doctor)))
        .andExpect(redirectedUrl("/login?expired"));
    assertThat(acknowledgedBy(alertId)).isNull();
    // another prescriber cannot acknowledge it
    mvc.perform(
            post("/prescriber/alerts/" + alertId + "/acknowledge")
                .with(as("dr.baker"))
                .with(csrf()))
        .andExpect(status().isNotFound());

    mvc.perform(
            post("/prescriber/alerts/" + alertId + "/acknowledge").with(as(doctor)).with(csrf()))
        .andExpect(redirectedUrl("/prescriber/alerts"));
    assertThat(acknowledgedBy(alertId))
        .isEqualTo(users.findByUsername(doctor).orElseThrow().user().id());
    String after = page(get("/prescriber/alerts"), doctor);
    assertThat(after).contains("No open alerts").contains("Acknowledged by Dr. Pages");
    assertThat(after).doesNotContain("nav-count");
  }

  @Test
  void thePharmacistHasNoAlertsPage() throws Exception {
    mvc.perform(get("/prescriber/alerts").with(as("paula.pharmacist")))
        .andExpect(status().isForbidden());
  }

  // ---------------------------------------------------------------------------------------------

  private MockHttpServletRequestBuilder recordTest(String result, String confirm) {
    MockHttpServletRequestBuilder r =
        post("/prescriber/patients/" + patientId + "/record")
            .param("formToken", java.util.UUID.randomUUID().toString())
            .param("type", "pregnancy-test")
            .param("date", TODAY)
            .param("setting", "lab");
    if (result != null) {
      r.param("result", result);
    }
    if (confirm != null) {
      r.param("confirmPositive", confirm);
    }
    return r;
  }

  /**
   * The page a request leads to: a form post carries a fresh one-time token and, when it writes, is
   * followed to its result page (post/redirect/get).
   */
  private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
    request.param("formToken", java.util.UUID.randomUUID().toString());
    var response = mvc.perform(request.with(as(username)).with(csrf())).andReturn().getResponse();
    if (response.getStatus() == 302 && response.getRedirectedUrl() != null) {
      response =
          mvc.perform(get(response.getRedirectedUrl()).with(as(username)))
              .andReturn()
              .getResponse();
    }
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }

  private List<String> openAlertTriggers() {
    return jdbc.sql(
            "select trigger_text from alert where patient_id = ? and acknowledged_at is null"
                + " order by id")
        .param(patientId)
        .query(String.class)
        .list();
  }

  private Long acknowledgedBy(long alertId) {
    return jdbc.sql("select acknowledged_by from alert where id = ?")
        .param(alertId)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private long pregnancyTests() {
    return jdbc.sql(
            "select count(*) from course_event where patient_id = ? and type = 'pregnancy-test'")
        .param(patientId)
        .query(Long.class)
        .single();
  }

  /** The whole input tag of a radio button. */
  private static String radio(String page, String name, String value) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"" + value + "\"[^>]*>")
            .matcher(page);
    assertThat(m.find()).as("radio " + name + "=" + value).isTrue();
    return m.group();
  }

  /** Patient-facing words name no internal code or rule. */
  private static void assertNoInternalCodes(String page) {
    assertThat(page)
        .doesNotContain("PREGNANCY_CHECK")
        .doesNotContain("SAFE-")
        .doesNotContain("_NEEDS_REVIEW")
        .doesNotContain("CALL_PRESCRIBER");
  }
}
