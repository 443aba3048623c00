package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.DemoClinic;
import com.isocourse.server.ui.words.ReasonWords;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The pages obey the API's access rules without a browser: another prescriber's patient is not
 * found, a role's pages are closed to other roles, writes need a CSRF token, errors never show a
 * stack trace, and the API keeps answering in JSON.
 */
class PagesAccessTest extends ApiTestSupport {
  @Autowired DemoSeeder seeder;
  @Autowired UserRepository users;

  @BeforeEach
  void seed() {
    seeder.seedIfEmpty();
  }

  @Test
  void anotherPrescribersPatientPageIsNotFoundAndShowsNoInternals() throws Exception {
    long elena = DemoClinic.patientId(jdbc, "Elena");
    String html =
        mvc.perform(get("/prescriber/patients/" + elena).with(as("dr.adams")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Page not found").doesNotContain("Elena").doesNotContain("Exception");
    mvc.perform(get("/prescriber/patients/" + elena + "/plan").with(as("dr.adams")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/prescriber/patients/" + elena).with(as("dr.baker")))
        .andExpect(status().isOk());
  }

  @Test
  void aDesigneeSeesTheirPrescribersPatientsOnly() throws Exception {
    mvc.perform(
            get("/prescriber/patients/" + DemoClinic.patientId(jdbc, "Jack"))
                .with(as("nina.designee")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/prescriber/patients/" + DemoClinic.patientId(jdbc, "Owen"))
                .with(as("nina.designee")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aDesigneeHasNoPrescribingOrReviewPagesNorButtons() throws Exception {
    long jack = DemoClinic.patientId(jdbc, "Jack");
    for (String page : List.of("/prescribe", "/review")) {
      mvc.perform(get("/prescriber/patients/" + jack + page).with(as("nina.designee")))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/prescriber/patients/" + jack + page).with(as("nina.designee")).with(csrf()))
          .andExpect(status().isForbidden());
    }
    String html =
        mvc.perform(get("/prescriber/patients/" + jack).with(as("nina.designee")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .doesNotContain("Write a prescription")
        .doesNotContain("Review hard stop")
        .contains("Prescribing and reviewing hard stops are for the prescriber.");
    String doctors =
        mvc.perform(get("/prescriber/patients/" + jack).with(as("dr.adams")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(doctors).contains("Write a prescription").contains("Review hard stop");
  }

  @Test
  void theHistorySaysWhoActedAndForWhom() throws Exception {
    long jack = DemoClinic.patientId(jdbc, "Jack");
    // through the bearer-token API: the API chain's CSRF repository is left as it is
    call(
        "nina.designee",
        post("/api/patients/" + jack + "/events"),
        "{\"type\":\"counseling\",\"date\":\"" + TODAY + "\"}",
        201);
    String html =
        mvc.perform(get("/prescriber/patients/" + jack).with(as("dr.adams")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Nina Novak for Dr. Ada Adams").contains("— Dr. Ada Adams");
  }

  @Test
  void eachRoleIsKeptToItsOwnPages() throws Exception {
    mvc.perform(get("/pharmacy").with(as("dr.adams"))).andExpect(status().isForbidden());
    mvc.perform(get("/prescriber").with(as("paula.pharmacist"))).andExpect(status().isForbidden());
    String patient = DemoClinic.username(jdbc, DemoClinic.patientId(jdbc, "Noah"));
    mvc.perform(get("/prescriber").with(as(patient))).andExpect(status().isForbidden());
    mvc.perform(get("/me").with(as(patient))).andExpect(status().isOk());
    mvc.perform(get("/").with(as(patient))).andExpect(redirectedUrl("/me"));
  }

  @Test
  void pagesNeedASessionAndWritesNeedACsrfToken() throws Exception {
    mvc.perform(get("/prescriber")).andExpect(redirectedUrlPattern("**/login"));
    // without its CSRF token a form post is treated as coming from an expired session
    mvc.perform(post("/prescriber/enroll").with(as("dr.adams")).param("displayName", "X"))
        .andExpect(redirectedUrl("/login?expired"));
    mvc.perform(
            post("/prescriber/enroll").with(as("dr.adams")).with(csrf()).param("displayName", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("is required")));
  }

  @Test
  void theApiStillAnswersInJson() throws Exception {
    mvc.perform(get("/api/patients"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void unknownPagesGetTheFriendlyNotFoundPage() throws Exception {
    mvc.perform(get("/prescriber/no-such-page").with(as("dr.adams")).accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
  }

  @Test
  void everyReasonCodeHasPlainWordsAndSomeoneToAct() {
    assertThat(ReasonWords.coversEveryCode()).isTrue();
  }
}
