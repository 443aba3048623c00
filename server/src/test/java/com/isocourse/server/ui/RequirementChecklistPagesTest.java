package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Why authorized": the prescriber's patient page and the pharmacy's answer list every requirement
 * of core's checklist (ADR 0017), met or not, with the fact's date and the last day it holds.
 */
class RequirementChecklistPagesTest extends ApiTestSupport {
  @Autowired UserRepository users;

  /** One checklist row: its CSS status, and its cells' text. */
  record Row(String status, String codes, String text) {}

  private String page(String user, String path) throws Exception {
    return mvc.perform(get(path).with(as(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static Row row(String html, String rule) {
    Matcher m =
        Pattern.compile(
                "<tr class=\"req req-(\\w+)\" data-rule=\""
                    + Pattern.quote(rule)
                    + "\"(?: data-codes=\"([^\"]*)\")?>(.*?)</tr>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("a checklist row for " + rule).isTrue();
    return new Row(
        m.group(1),
        m.group(2) == null ? "" : m.group(2),
        m.group(3).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
  }

  @Test
  void thePatientPageListsEveryRequirementMetOrNotWithItsDates() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Checklist Page");
    String before = page("dr.adams", "/prescriber/patients/" + p.patientId());
    assertThat(row(before, "US26-COUNSEL").status()).isEqualTo("unmet");
    assertThat(row(before, "US26-COUNSEL").codes()).isEqualTo("COUNSELING_NOT_CONFIRMED");
    assertThat(row(before, "US26-COUNSEL").text())
        .contains("Not met")
        .contains("has never confirmed counseling")
        .contains("Prescriber")
        .doesNotContain("COUNSELING_NOT_CONFIRMED");
    assertThat(before).doesNotContain("data-rule=\"US26-WINDOW\"");

    counsel("dr.adams", p.patientId());
    String after = page("dr.adams", "/prescriber/patients/" + p.patientId());
    assertThat(row(after, "US26-COUNSEL").status()).isEqualTo("met");
    assertThat(row(after, "US26-COUNSEL").text()).contains("Met").contains(TODAY);
    assertThat(row(after, "ALL-WEIGHT").status()).isEqualTo("met");
    assertThat(row(after, "ALL-WEIGHT").text()).contains(TODAY).contains("2027-03-01");
    assertThat(after).doesNotContain("req req-unmet").doesNotContain("req req-missing");
  }

  @Test
  void thePharmacysAnswerShowsTheChecklistStoredWithTheDecision() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Checklist Counter");
    JsonNode denied = askAuthorization("paula.pharmacist", "checklist-1", p, 201);
    assertThat(denied.at("/decision/requirements").isArray()).isTrue();
    String no = page("paula.pharmacist", "/pharmacy/requests/" + denied.get("requestId").asLong());
    assertThat(row(no, "US26-COUNSEL").status()).isEqualTo("unmet");
    assertThat(row(no, "ALL-PHARMACY").status()).isEqualTo("met");

    counsel("dr.adams", p.patientId());
    JsonNode authorized = askAuthorization("paula.pharmacist", "checklist-2", p, 201);
    String yes =
        page("paula.pharmacist", "/pharmacy/requests/" + authorized.get("requestId").asLong());
    assertThat(yes).contains(">AUTHORIZED<").doesNotContain("req req-unmet");
    assertThat(row(yes, "US26-COUNSEL").text()).contains("Met").contains(TODAY);
    assertThat(row(yes, "ALL-RX").text()).contains(TODAY);
    // the first answer still shows the checklist as it was decided
    assertThat(
            row(
                    page(
                        "paula.pharmacist",
                        "/pharmacy/requests/" + denied.get("requestId").asLong()),
                    "US26-COUNSEL")
                .status())
        .isEqualTo("unmet");
  }
}
