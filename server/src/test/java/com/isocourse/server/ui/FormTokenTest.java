package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Refreshes and double submits of the web forms, without a browser: every form that writes carries
 * its own one-time token, a successful post redirects to its result, and the same token posted
 * again writes nothing and says the form was already submitted, with a link to the result.
 */
class FormTokenTest extends ApiTestSupport {
  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern TOKEN =
      Pattern.compile("name=\"(?:formToken|key)\" value=\"([^\"]+)\"");

  @Autowired UserRepository users;

  /**
   * The page as the user sees it. The counter's lookup is a form POST (identifiers stay out of
   * URLs): a path under /pharmacy/lookup is posted with its query as the form's fields.
   */
  private String page(String user, String path) throws Exception {
    MockHttpServletRequestBuilder request =
        path.startsWith("/pharmacy/lookup?") ? post(path).with(csrf()) : get(path);
    MockHttpServletResponse r = mvc.perform(request.with(as(user))).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return r.getContentAsString();
  }

  /** The token of the first form that posts to {@code action} on the page. */
  private String tokenOf(String html, String action) {
    Matcher m = FORM.matcher(html);
    while (m.find()) {
      if (m.group(1).contains("action=\"" + action + "\"")) {
        Matcher t = TOKEN.matcher(m.group(2));
        assertThat(t.find()).as("token in the form posting to " + action).isTrue();
        return t.group(1);
      }
    }
    throw new AssertionError("no form posts to " + action);
  }

  private MockHttpServletResponse send(String user, String path, Map<String, String> form)
      throws Exception {
    MockHttpServletRequestBuilder request = post(path).with(as(user)).with(csrf());
    form.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private long events(long patientId) {
    return jdbc.sql("select count(*) from course_event where patient_id = ?")
        .param(patientId)
        .query(Long.class)
        .single();
  }

  private static void assertAlreadySubmitted(MockHttpServletResponse second, String result)
      throws Exception {
    assertThat(second.getStatus()).isEqualTo(409);
    assertThat(second.getContentAsString())
        .contains("This form was already submitted")
        .contains("href=\"" + result + "\"");
  }

  @Test
  void everyFormThatWritesCarriesATokenOfItsOwn() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Tia Tokenpages");
    counsel("dr.adams", p.patientId());
    long request = authorizedRequest(p);
    String patient =
        jdbc.sql("select username from app_user where patient_id = ?")
            .param(p.patientId())
            .query(String.class)
            .single();
    String base = "/prescriber/patients/" + p.patientId();
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put("dr.adams", List.of("/prescriber/enroll", base, base + "/plan", base + "/prescribe"));
    pages.put("nina.designee", List.of(base + "/record", base + "/record?type=pregnancy-test"));
    pages.put(
        patient,
        List.of(
            "/me/comprehension",
            "/me/contraception",
            "/me/mood",
            "/me/missed-dose",
            "/me/symptoms"));
    pages.put(
        "paula.pharmacist",
        List.of(
            "/pharmacy/lookup?programId=" + p.programId() + "&birthDate=2000-05-05",
            "/pharmacy/requests/" + request));
    Set<String> tokens = new HashSet<>();
    int forms = 0;
    for (var entry : pages.entrySet()) {
      for (String path : entry.getValue()) {
        Matcher m = FORM.matcher(page(entry.getKey(), path));
        while (m.find()) {
          if (!m.group(1).contains("method=\"post\"")
              || m.group(1).contains("/logout")
              || m.group(1).contains("/pharmacy/lookup")) {
            continue;
          }
          Matcher t = TOKEN.matcher(m.group(2));
          assertThat(t.find()).as(path + ": " + m.group(1)).isTrue();
          assertThat(tokens.add(t.group(1))).as("a token of its own: " + path).isTrue();
          forms++;
        }
      }
    }
    // enroll, cancel, plan, prescribe, 2 × record, 5 patient forms, authorize, dispense, reverse
    assertThat(forms).isGreaterThanOrEqualTo(14);
  }

  @Test
  void aFactFormSentTwiceIsRecordedOnceAndTheSecondSendSaysSo() throws Exception {
    long patient =
        enroll("dr.adams", "Finn Formtwice", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String path = "/prescriber/patients/" + patient + "/record";
    String token = tokenOf(page("dr.adams", path), path);
    Map<String, String> weight =
        form("type", "weight", "date", TODAY, "kg", "71", "formToken", token);
    long before = events(patient);

    MockHttpServletResponse first = send("dr.adams", path, weight);
    MockHttpServletResponse second = send("dr.adams", path, weight);

    assertThat(first.getStatus()).isEqualTo(302);
    assertThat(first.getRedirectedUrl()).isEqualTo("/prescriber/patients/" + patient);
    assertAlreadySubmitted(second, "/prescriber/patients/" + patient);
    assertThat(events(patient)).isEqualTo(before + 1);
  }

  @Test
  void aFormWithoutItsTokenWritesNothing() throws Exception {
    long patient =
        enroll("dr.adams", "Nell Notoken", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    long before = events(patient);
    MockHttpServletResponse r =
        send(
            "dr.adams",
            "/prescriber/patients/" + patient + "/record",
            form("type", "weight", "date", TODAY, "kg", "71"));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentAsString()).contains("one-time token").doesNotContain("Exception");
    assertThat(events(patient)).isEqualTo(before);
  }

  @Test
  void tenPostsOfOneTokenAtOnceRecordOneFact() throws Exception {
    long patient =
        enroll("dr.adams", "Rhea Raceform", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String path = "/prescriber/patients/" + patient + "/record";
    Map<String, String> weight =
        form(
            "type", "weight", "date", TODAY, "kg", "64", "formToken", UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Callable<MockHttpServletResponse> c =
          () -> {
            start.await();
            return send("dr.adams", path, weight);
          };
      answers.add(pool.submit(c));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var f : answers) {
      statuses.add(f.get().getStatus());
    }
    pool.shutdown();
    assertThat(statuses.stream().filter(s -> s == 302)).hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 409)).hasSize(9);
    assertThat(events(patient)).isOne();
  }

  @Test
  void enrollingRedirectsToTheFirstSignInShownOnceAndASecondSendEnrollsNobody() throws Exception {
    String name = "Enzo Enrollform " + UUID.randomUUID();
    String token = tokenOf(page("dr.adams", "/prescriber/enroll"), "/prescriber/enroll");
    Map<String, String> enroll =
        form(
            "displayName", name,
            "birthDate", "1994-04-04",
            "jurisdiction", "US",
            "riskCategory", "CANNOT_GET_PREGNANT",
            "formToken", token);

    MvcResult first =
        mvc.perform(
                post("/prescriber/enroll").with(as("dr.adams")).with(csrf()).params(params(enroll)))
            .andReturn();
    MockHttpServletResponse second = send("dr.adams", "/prescriber/enroll", enroll);

    long id =
        jdbc.sql("select id from patient where display_name = ?")
            .param(name)
            .query(Long.class)
            .single();
    String enrolled = "/prescriber/patients/" + id + "/enrolled";
    assertThat(first.getResponse().getRedirectedUrl()).isEqualTo(enrolled);
    Object password = first.getFlashMap().get("initialPassword");
    assertThat(password).isInstanceOf(String.class);
    assertAlreadySubmitted(second, enrolled);

    // the redirect is followed in the same (database-held) session, which carries the password
    jakarta.servlet.http.Cookie session = first.getResponse().getCookie("SESSION");
    assertThat(session).isNotNull();
    String shown =
        mvc.perform(get(enrolled).with(as("dr.adams")).cookie(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(shown).contains((String) password).contains("id=\"patient-password\"");
    // the printable sign-in handout: where to sign in, the username and the first password
    String handout = shown.substring(shown.indexOf("id=\"handout\""));
    handout = handout.substring(0, handout.indexOf("</section>"));
    assertThat(handout)
        .contains("http://localhost/login")
        .contains((String) password)
        .contains("Program ID");
    assertThat(shown).contains("data-print");
    String reloaded =
        mvc.perform(get(enrolled).with(as("dr.adams")).cookie(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(reloaded)
        .doesNotContain((String) password)
        .contains("was shown once")
        .doesNotContain("id=\"handout\"")
        .contains(name);
  }

  @Test
  void enrollingANameAndBirthDateAlreadyEnrolledAsksForAnExplicitEnrollAnyway() throws Exception {
    String name = "Quinn Twiceweb " + UUID.randomUUID();
    Map<String, String> enroll =
        form(
            "displayName", name,
            "birthDate", "1992-02-02",
            "jurisdiction", "US",
            "riskCategory", "CANNOT_GET_PREGNANT");
    enroll.put("formToken", UUID.randomUUID().toString());
    assertThat(send("dr.adams", "/prescriber/enroll", enroll).getStatus()).isEqualTo(302);
    String programId =
        jdbc.sql("select program_id from patient where display_name = ?")
            .param(name)
            .query(String.class)
            .single();

    enroll.put("formToken", UUID.randomUUID().toString());
    enroll.put("displayName", name.toLowerCase(java.util.Locale.ROOT));
    MockHttpServletResponse asked = send("dr.adams", "/prescriber/enroll", enroll);
    String html = asked.getContentAsString();
    assertThat(asked.getStatus()).isEqualTo(200);
    assertThat(html)
        .contains("This patient may already be enrolled")
        .contains(programId)
        .contains("Enroll anyway");
    Matcher confirm = Pattern.compile("name=\"confirmDuplicate\" value=\"([^\"]+)\"").matcher(html);
    assertThat(confirm.find()).isTrue();
    assertThat(patients(name)).isOne();

    // a confirmation given for another name confirms nothing
    Map<String, String> other = new LinkedHashMap<>(enroll);
    other.put("confirmDuplicate", "1992-02-02 somebody else");
    assertThat(send("dr.adams", "/prescriber/enroll", other).getContentAsString())
        .contains("This patient may already be enrolled");
    assertThat(patients(name)).isOne();

    enroll.put("confirmDuplicate", confirm.group(1).replace("&#39;", "'"));
    MockHttpServletResponse anyway = send("dr.adams", "/prescriber/enroll", enroll);
    assertThat(anyway.getStatus()).isEqualTo(302);
    assertThat(anyway.getRedirectedUrl()).endsWith("/enrolled");
    assertThat(patients(name)).isEqualTo(2);
  }

  private long patients(String name) {
    return jdbc.sql("select count(*) from patient where lower(display_name) = lower(?)")
        .param(name)
        .query(Long.class)
        .single();
  }

  @Test
  void thePrescribersPlanPrescriptionReviewAndCancelFormsWriteOncePerToken() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Paz Prescribeform");
    record(
        "dr.adams",
        p.patientId(),
        "{\"type\":\"medication\",\"date\":\"%s\",\"name\":\"doxycycline\",\"route\":\"oral\",\"start\":\"%s\"}"
            .formatted(TODAY, TODAY));
    String base = "/prescriber/patients/" + p.patientId();

    Map<String, String> plan =
        form(
            "formulation", "conventional",
            "mgPerKgPerDay", "0.6",
            "weightKg", "82",
            "formToken", UUID.randomUUID().toString());
    long before = events(p.patientId());
    assertThat(send("dr.adams", base + "/plan", plan).getStatus()).isEqualTo(302);
    assertAlreadySubmitted(send("dr.adams", base + "/plan", plan), base);
    assertThat(events(p.patientId())).as("the new weight, once").isEqualTo(before + 1);

    Map<String, String> prescribe = form("formToken", UUID.randomUUID().toString());
    assertThat(send("dr.adams", base + "/prescribe", prescribe).getStatus()).isEqualTo(302);
    assertAlreadySubmitted(send("dr.adams", base + "/prescribe", prescribe), base);
    assertThat(prescriptions(p.patientId())).isEqualTo(2);

    Map<String, String> review =
        form(
            "clears", "INTERACTION_TETRACYCLINE",
            "note", "Doxycycline stopped.",
            "formToken", UUID.randomUUID().toString());
    before = events(p.patientId());
    assertThat(send("dr.adams", base + "/review", review).getStatus()).isEqualTo(302);
    assertAlreadySubmitted(send("dr.adams", base + "/review", review), base);
    assertThat(events(p.patientId())).isEqualTo(before + 1);

    String open =
        jdbc.sql("select id from prescription where patient_id = ? and status = 'ACTIVE'")
            .param(p.patientId())
            .query(String.class)
            .single();
    String cancel = base + "/prescriptions/" + open + "/cancel";
    Map<String, String> token = form("formToken", tokenOf(page("dr.adams", base), cancel));
    assertThat(send("dr.adams", cancel, token).getStatus()).isEqualTo(302);
    assertAlreadySubmitted(send("dr.adams", cancel, token), base);
  }

  private long prescriptions(long patientId) {
    return jdbc.sql("select count(*) from prescription where patient_id = ?")
        .param(patientId)
        .query(Long.class)
        .single();
  }

  @Test
  void thePatientsFormsWriteOncePerTokenAndRedirectToTheirResult() throws Exception {
    JsonNode enrolled = enroll("dr.adams", "Pat Patientform", "CAN_GET_PREGNANT");
    long patient = enrolled.at("/patient/id").asLong();
    String me = enrolled.get("username").asText();
    Map<String, Map<String, String>> forms = new LinkedHashMap<>();
    forms.put("/me/symptoms", form("code", "vision-change"));
    forms.put(
        "/me/mood",
        form(
            "item0", "0", "item1", "1", "item2", "0", "item3", "0", "item4", "0", "item5", "0",
            "item6", "0", "item7", "0", "item8", "0"));
    forms.put(
        "/me/comprehension",
        form(
            "q-birth-defects", "a",
            "q-contraception", "a",
            "q-blood-donation", "b",
            "q-sharing", "c",
            "q-mood", "a",
            "q-two-methods", "b",
            "q-missed-period", "c",
            "q-monthly-test", "b",
            "q-stop-now", "b"));
    forms.put("/me/contraception", form("methods", "iud", "since", "2026-08-01"));
    // (the missed-dose form needs capsules dispensed first: ADR 0007; its refusal is tested in the
    // patient flow)
    Map<String, String> results = new LinkedHashMap<>();
    for (var f : forms.entrySet()) {
      Map<String, String> sent = new LinkedHashMap<>(f.getValue());
      sent.put("formToken", tokenOf(page(me, f.getKey()), f.getKey()));
      long before = events(patient);
      MockHttpServletResponse first = send(me, f.getKey(), sent);
      assertThat(first.getStatus()).as(f.getKey()).isEqualTo(302);
      String result = first.getRedirectedUrl();
      assertAlreadySubmitted(send(me, f.getKey(), sent), result);
      assertThat(events(patient)).as(f.getKey()).isEqualTo(before + 1);
      results.put(f.getKey(), result);
    }
    assertThat(results.get("/me/symptoms")).matches("/me/symptoms/\\d+");
    assertThat(page(me, results.get("/me/symptoms")))
        .contains("Stop taking isotretinoin and get medical care now");
    assertThat(results.get("/me/mood")).matches("/me/mood/\\d+");
    assertThat(page(me, results.get("/me/mood"))).contains("Thank you");
    assertThat(results.get("/me/comprehension")).matches("/me/comprehension/\\d+");
    assertThat(page(me, results.get("/me/comprehension"))).contains("Not quite yet");
    assertThat(results.get("/me/contraception")).isEqualTo("/me");
    // another patient's report is not found
    String noah =
        jdbc.sql(
                "select u.username from app_user u join patient p on p.id = u.patient_id"
                    + " where p.display_name like 'Noah%'")
            .query(String.class)
            .single();
    assertThat(
            mvc.perform(get(results.get("/me/symptoms")).with(as(noah)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void theCountersRequestDispenseAndReverseFormsActOncePerSubmission() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cal Counterform");
    counsel("dr.adams", p.patientId());
    String counter =
        page(
            "paula.pharmacist",
            "/pharmacy/lookup?programId=" + p.programId() + "&birthDate=2000-05-05");
    Map<String, String> ask =
        form(
            "programId", p.programId(),
            "birthDate", "2000-05-05",
            "prescriptionId", p.prescriptionId(),
            "key", tokenOf(counter, "/pharmacy/authorizations"));
    MockHttpServletResponse first = send("paula.pharmacist", "/pharmacy/authorizations", ask);
    assertThat(first.getRedirectedUrl()).matches("/pharmacy/requests/\\d+");
    assertAlreadySubmitted(
        send("paula.pharmacist", "/pharmacy/authorizations", ask), first.getRedirectedUrl());
    assertThat(
            jdbc.sql("select count(*) from dispense_request where prescription_id = ?")
                .param(p.prescriptionId())
                .query(Long.class)
                .single())
        .isOne();

    String answer = first.getRedirectedUrl();
    String dispense = answer + "/dispense";
    Map<String, String> handed =
        form(
            "strengthMg", "20",
            "count", "60",
            "formulation", "conventional",
            "formToken", tokenOf(page("paula.pharmacist", answer), dispense));
    assertThat(send("paula.pharmacist", dispense, handed).getRedirectedUrl()).isEqualTo(answer);
    assertAlreadySubmitted(send("paula.pharmacist", dispense, handed), answer);
    assertThat(
            jdbc.sql("select count(*) from dispense where prescription_id = ?")
                .param(p.prescriptionId())
                .query(Long.class)
                .single())
        .isOne();
  }

  private long authorizedRequest(Prescribed p) throws Exception {
    return call(
            "paula.pharmacist",
            post("/api/pharmacy/authorizations")
                .header("Idempotency-Key", UUID.randomUUID().toString()),
            Map.of(
                "programId", p.programId(),
                "birthDate", "2000-05-05",
                "prescriptionId", p.prescriptionId()),
            201)
        .get("requestId")
        .asLong();
  }

  private static org.springframework.util.MultiValueMap<String, String> params(
      Map<String, String> form) {
    var out = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.forEach(out::add);
    return out;
  }
}
