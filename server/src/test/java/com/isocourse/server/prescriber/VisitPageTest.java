package com.isocourse.server.prescriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.ui.FormTokens;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The one-page monthly visit (issue 14 item 3): every part recorded together through the same
 * checks as each fact alone, or nothing at all when one part has a problem (shown beside its
 * field); "save and open next patient" goes on down the worklist. Each test has its own prescriber.
 */
class VisitPageTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();

  @Autowired UserRepository users;
  @Autowired FormTokens tokens;

  private String doctor;
  private long first;
  private long second;

  @BeforeEach
  void aPrescriberWithTwoPatients() throws Exception {
    int n = N.incrementAndGet();
    doctor = "dr.visit-" + n;
    long id = certifiedPrescriber(doctor, "Dr. Visit " + n);
    first = enroll(doctor, "Vera Visit " + n, "CAN_GET_PREGNANT").at("/patient/id").asLong();
    second = enroll(doctor, "Victor Visit " + n, "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
  }

  @Test
  void aFullVisitIsRecordedTogether() throws Exception {
    mvc.perform(
            visit(
                first,
                "pt.result",
                "negative",
                "pt.setting",
                "lab",
                "cx.methods",
                "iud",
                "cx.since",
                "2026-09-01",
                "counseled",
                "true",
                "weight.kg",
                "61.5",
                "alt.value",
                "24",
                "alt.unit",
                "U/L",
                "tg.value",
                "130",
                "tg.unit",
                "mg/dL"))
        .andExpect(
            r ->
                assertThat(r.getResponse().getStatus())
                    .as(errorsIn(r.getResponse().getContentAsString()))
                    .isEqualTo(302))
        .andExpect(redirectedUrl("/prescriber/patients/" + first));
    assertThat(types(first))
        .containsExactlyInAnyOrder(
            "pregnancy-test", "contraception", "counseling", "weight", "lab", "lab");
    String page = page("/prescriber/patients/" + first);
    assertThat(page).contains("id=\"open-visit\"");
  }

  @Test
  void onePartWithAProblemKeepsNothingAndNamesItsField() throws Exception {
    String page =
        html(
            visit(
                first,
                "pt.result",
                "negative",
                "pt.setting",
                "lab",
                "weight.kg",
                "900",
                "alt.value",
                "lots",
                "alt.unit",
                "U/L"));
    assertThat(page)
        .contains("Please correct the fields marked below. Nothing was saved.")
        .contains("id=\"err-weight.kg\"")
        .contains("id=\"err-alt.value\"")
        .contains("value=\"900\"");
    assertThat(types(first)).isEmpty();
  }

  @Test
  void aPositiveTestNeedsItsConfirmationAndAnEmptyVisitRecordsNothing() throws Exception {
    assertThat(html(visit(first, "pt.result", "positive", "pt.setting", "clinic")))
        .contains("id=\"err-pt.confirmPositive\"");
    assertThat(html(visit(first))).contains("Fill in at least one part of the visit.");
    assertThat(types(first)).isEmpty();
  }

  @Test
  void saveAndNextOpensTheNextPatientsVisit() throws Exception {
    var order =
        call(doctor, get("/api/patients"), null, 200).findValues("patientId").stream()
            .map(v -> v.asLong())
            .toList();
    long from = order.get(0);
    long to = order.get(1);
    mvc.perform(visit(from, "counseled", "true", "next", "true"))
        .andExpect(redirectedUrl("/prescriber/patients/" + to + "/visit"));
    mvc.perform(visit(to, "weight.kg", "80", "next", "true"))
        .andExpect(redirectedUrl("/prescriber"));
    assertThat(List.of(first, second)).containsExactlyInAnyOrder(from, to);
  }

  @Test
  void aPatientWhoCannotGetPregnantIsNotAskedForATest() throws Exception {
    String form = page("/prescriber/patients/" + second + "/visit");
    assertThat(form).doesNotContain("id=\"visit-pregnancy\"").contains("id=\"visit-measures\"");
    assertThat(page("/prescriber/patients/" + first + "/visit")).contains("id=\"visit-pregnancy\"");
  }

  private List<String> types(long patientId) {
    return jdbc.sql("select type from course_event where patient_id = ? order by id")
        .param(patientId)
        .query(String.class)
        .list();
  }

  private MockHttpServletRequestBuilder visit(long patientId, String... fields) {
    MockHttpServletRequestBuilder b =
        post("/prescriber/patients/" + patientId + "/visit")
            .with(as(doctor))
            .with(csrf())
            .param(FormTokens.FIELD, tokens.issue());
    for (int i = 0; i < fields.length; i += 2) {
      b.param(fields[i], fields[i + 1]);
    }
    return b;
  }

  private String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The field errors a re-rendered form shows, to explain an unexpected refusal. */
  private static String errorsIn(String html) {
    return java.util.regex.Pattern.compile("id=\"err-[^\"]+\"[^>]*>[^<]*")
        .matcher(html)
        .results()
        .map(java.util.regex.MatchResult::group)
        .toList()
        .toString();
  }

  private String page(String path) throws Exception {
    return html(get(path).with(as(doctor)));
  }
}
