package com.isocourse.server.prescriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.support.ApiTestSupport;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (fewer clicks in the clinic's day): the prescriber saves the plan and lands on the
 * prescription form in one click; a designee, who plans but does not prescribe, has no such button
 * and lands on the patient page whatever the form says.
 */
class PlanThenPrescribeTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();

  private String planned(long id, String username) throws Exception {
    var response =
        mvc.perform(
                post("/prescriber/patients/" + id + "/plan")
                    .param("formulation", "conventional")
                    .param("mgPerKgPerDay", "0.5")
                    .param("weightKg", "60")
                    .param("thenPrescribe", "true")
                    .param("formToken", UUID.randomUUID().toString())
                    .with(as(username))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    return response.getRedirectedUrl();
  }

  private String page(String path, String username) throws Exception {
    var response = mvc.perform(get(path).with(as(username))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  @Test
  void thePrescriberGoesOnToThePrescriptionAndTheDesigneeBackToThePatient() throws Exception {
    long id =
        enroll("dr.adams", "Pedro Plan " + N.incrementAndGet(), "CANNOT_GET_PREGNANT")
            .at("/patient/id")
            .asLong();
    assertThat(page("/prescriber/patients/" + id + "/plan", "dr.adams"))
        .contains("Save and write the prescription");
    assertThat(page("/prescriber/patients/" + id + "/plan", "nina.designee"))
        .contains("Save the plan")
        .doesNotContain("Save and write the prescription");

    assertThat(planned(id, "dr.adams")).isEqualTo("/prescriber/patients/" + id + "/prescribe");
    assertThat(planned(id, "nina.designee")).isEqualTo("/prescriber/patients/" + id);
    assertThat(
            jdbc.sql("select formulation from course where patient_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("conventional");
  }
}
