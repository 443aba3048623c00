package com.isocourse.server.prescriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.ui.words.ReasonWords;
import com.isocourse.server.ui.words.Remedy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 item 3: each blocking reason on the prescriber's patient page names who must act in
 * Isocourse (the prescriber records a pregnancy test or contraception; the patient answers the
 * monthly questions) and links to the form that clears it, opened on the right kind of fact; a
 * designee gets the fact forms only, never prescribing or review.
 */
class BlockingReasonLinksTest extends ApiTestSupport {
  @Autowired UserRepository users;

  @Test
  void everyRemedyOpensAFormThatExists() {
    for (ReasonCode code : ReasonCode.values()) {
      Remedy r = ReasonWords.of(code).remedy();
      if (r == null) {
        continue;
      }
      if (r.path().startsWith("record?type=")) {
        assertThat(FactsPage.KINDS).as(code.name()).containsKey(r.path().substring(12));
        assertThat(r.prescriberOnly()).as(code.name()).isFalse();
      } else {
        assertThat(r.path()).as(code.name()).isIn("prescribe", "review");
        assertThat(r.prescriberOnly()).as(code.name()).isTrue();
      }
    }
  }

  @Test
  void documentationReasonsNameThePrescriberAndLinkToTheirForm() {
    for (ReasonCode code :
        List.of(
            ReasonCode.PREGNANCY_TEST_MISSING,
            ReasonCode.PRETREATMENT_TESTS_INCOMPLETE,
            ReasonCode.CONTRACEPTION_NOT_DOCUMENTED,
            ReasonCode.COUNSELING_NOT_CONFIRMED)) {
      assertThat(ReasonWords.of(code).actor().label()).as(code.name()).isEqualTo("Prescriber");
      assertThat(ReasonWords.of(code).remedy()).as(code.name()).isNotNull();
    }
    assertThat(ReasonWords.of(ReasonCode.COMPREHENSION_NOT_COMPLETED).actor().label())
        .isEqualTo("Patient");
    for (ReasonCode code : ReasonCode.values()) {
      if (code.clearedByReview()) {
        assertThat(ReasonWords.of(code).remedy()).as(code.name()).isNotNull();
      }
    }
  }

  @Test
  void thePatientPageLinksEachBlockingReasonToItsForm() throws Exception {
    long id = enroll("dr.adams", "Remedy Links", "CAN_GET_PREGNANT").at("/patient/id").asLong();
    String html = page("/prescriber/patients/" + id, "dr.adams");
    assertThat(html)
        .contains("href=\"/prescriber/patients/" + id + "/record?type=pregnancy-test\"")
        .contains("Record a pregnancy test")
        .contains("href=\"/prescriber/patients/" + id + "/record?type=contraception\"")
        .contains("Action: Prescriber");
    String designee = page("/prescriber/patients/" + id, "nina.designee");
    assertThat(designee)
        .contains("/record?type=pregnancy-test")
        .doesNotContain("/review\" ")
        .doesNotContain("Write a new prescription →")
        .doesNotContain("Review and record the decision →");
  }

  @Test
  void theDueListAgreesWithTheDecision() throws Exception {
    long id = enroll("dr.adams", "Due Agrees", "CAN_GET_PREGNANT").at("/patient/id").asLong();
    // A negative lab test 12 days ago: the schedule's next test is 28 days after it (12-17), but
    // its 7-day window has closed, so the fill needs a new test today.
    record(
        "dr.adams",
        id,
        "{\"type\":\"pregnancy-test\",\"date\":\"2026-11-19\",\"result\":\"negative\","
            + "\"setting\":\"lab\"}");
    String html = page("/prescriber/patients/" + id, "dr.adams");
    String dueList = html.substring(html.indexOf("class=\"due-list\""));
    dueList = dueList.substring(0, dueList.indexOf("</ul>"));
    assertThat(dueList).contains("due " + TODAY).doesNotContain("2026-12-17");
  }

  private String page(String path, String username) throws Exception {
    return mvc.perform(get(path).with(as(username)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
