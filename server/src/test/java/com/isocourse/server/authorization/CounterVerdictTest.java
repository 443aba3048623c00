package com.isocourse.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counter (issue 11): only the current prescription is offered, and an authorization that was
 * reversed never shows as AUTHORIZED nor offers to record a dispense.
 */
class CounterVerdictTest extends ApiTestSupport {
  @Autowired UserRepository users;

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(as("paula.pharmacist")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aReversedAuthorizationShowsAsReversedWithNoDispenseForm() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Counter Reversed");
    counsel("dr.adams", p.patientId());
    JsonNode asked = askAuthorization("paula.pharmacist", "counter-verdict-1", p, 201);
    String answer = "/pharmacy/requests/" + asked.get("requestId").asLong();
    assertThat(page(answer)).contains(">AUTHORIZED<").contains("Record the dispense");

    call(
        "paula.pharmacist",
        post("/api/pharmacy/authorizations/" + asked.get("requestId").asLong() + "/reverse"),
        null,
        200);

    assertThat(page(answer))
        .doesNotContain(">AUTHORIZED<")
        .contains("REVERSED: DO NOT DISPENSE")
        .doesNotContain("Record the dispense");
  }

  @Test
  void theCounterOffersOnlyTheCurrentPrescription() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Counter Current");
    String next =
        call("dr.adams", post("/api/patients/" + p.patientId() + "/prescriptions"), "{}", 201)
            .get("prescriptionId")
            .asText();

    String counter =
        mvc.perform(
                post("/pharmacy/lookup")
                    .param("programId", p.programId())
                    .param("birthDate", "2000-05-05")
                    .with(as("paula.pharmacist"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(counter).contains(next).doesNotContain(">" + p.prescriptionId() + "<");
  }
}
