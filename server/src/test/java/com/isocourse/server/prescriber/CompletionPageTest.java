package com.isocourse.server.prescriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.ui.FormTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "End the course" page: the prescriber sees what ending does (the open prescriptions it
 * cancels, the post-course tests), an impossible date is shown beside its field and changes
 * nothing, and the designee cannot open it.
 */
class CompletionPageTest extends ApiTestSupport {
  @Autowired FormTokens tokens;

  private String page(String who, long patientId) throws Exception {
    return mvc.perform(get("/prescriber/patients/" + patientId + "/complete").with(as(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String courseStatus(long patientId) {
    return jdbc.sql("select status from course where patient_id = ? order by id desc limit 1")
        .param(patientId)
        .query(String.class)
        .single();
  }

  @Test
  void thePrescriberSeesWhatEndingDoesAndEndsTheCourse() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Page Ending Paula");
    assertThat(page("dr.adams", p.patientId()))
        .contains("These open prescriptions will be cancelled")
        .contains(p.prescriptionId());
    assertThat(
            mvc.perform(get("/prescriber/patients/" + p.patientId()).with(as("dr.adams")))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("/prescriber/patients/" + p.patientId() + "/complete");

    mvc.perform(
            post("/prescriber/patients/" + p.patientId() + "/complete")
                .with(as("dr.adams"))
                .with(csrf())
                .param(FormTokens.FIELD, tokens.issue())
                .param("lastDoseDate", TODAY))
        .andExpect(redirectedUrl("/prescriber/patients/" + p.patientId()));

    assertThat(courseStatus(p.patientId())).isEqualTo("COMPLETED");
    assertThat(page("dr.adams", p.patientId())).contains("This course is already completed.");
  }

  @Test
  void anImpossibleDateIsShownBesideTheFieldAndChangesNothing() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Page Ending Pia");
    String html =
        mvc.perform(
                post("/prescriber/patients/" + p.patientId() + "/complete")
                    .with(as("dr.adams"))
                    .with(csrf())
                    .param(FormTokens.FIELD, tokens.issue())
                    .param("lastDoseDate", "2026-12-24"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("field-error").contains("must not be after today");
    assertThat(courseStatus(p.patientId())).isEqualTo("ACTIVE");
  }

  @Test
  void theDesigneeCannotOpenIt() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Page Ending Pam");
    mvc.perform(
            get("/prescriber/patients/" + p.patientId() + "/complete").with(as("nina.designee")))
        .andExpect(status().isForbidden());
    assertThat(courseStatus(p.patientId())).isEqualTo("ACTIVE");
  }
}
