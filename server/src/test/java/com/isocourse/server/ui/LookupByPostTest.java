package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 12: the pharmacy lookup keeps the program ID and the birth date out of every URL (proxy and
 * access logs keep URLs), on the API and at the counter, including the way back after a refused
 * request.
 */
class LookupByPostTest extends ApiTestSupport {
  @Autowired UserRepository users;

  @Test
  void theApiFindsThePatientFromTheBodyAndNoLongerFromTheQuery() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Lena Lookupbody");
    JsonNode found =
        call(
            "paula.pharmacist",
            post("/api/pharmacy/patients/lookup"),
            Map.of("programId", p.programId(), "birthDate", "2000-05-05"),
            200);
    assertThat(found.get("programId").asText()).isEqualTo(p.programId());
    assertThat(found.at("/prescriptions/0/id").asText()).isEqualTo(p.prescriptionId());

    MockHttpServletResponse byQuery =
        mvc.perform(
                get("/api/pharmacy/patients")
                    .param("programId", p.programId())
                    .param("birthDate", "2000-05-05")
                    .header("Authorization", "Bearer " + tokenOf("paula.pharmacist")))
            .andReturn()
            .getResponse();
    assertThat(byQuery.getStatus()).isIn(404, 405);
    assertThat(byQuery.getContentAsString()).doesNotContain("Lena Lookupbody");
  }

  @Test
  void theApiLookupNamesTheFieldThatIsMissingOrMalformed() throws Exception {
    JsonNode missing =
        call(
            "paula.pharmacist",
            post("/api/pharmacy/patients/lookup"),
            Map.of("programId", "IC-1"),
            400);
    assertThat(missing.toString()).contains("birthDate");
    JsonNode malformed =
        call(
            "paula.pharmacist",
            post("/api/pharmacy/patients/lookup"),
            Map.of("programId", "IC-1", "birthDate", "5 May 2000"),
            400);
    assertThat(malformed.toString()).contains("birthDate");
  }

  @Test
  void theCounterFormPostsAndARefusedRequestComesBackWithoutIdentifiersInTheUrl() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Rita Refusedback");
    counsel("dr.adams", p.patientId());
    String empty =
        mvc.perform(get("/pharmacy").with(as("paula.pharmacist")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(empty).contains("method=\"post\" action=\"/pharmacy/lookup\"");

    String found =
        mvc.perform(
                post("/pharmacy/lookup")
                    .param("programId", p.programId().toLowerCase(java.util.Locale.ROOT))
                    .param("birthDate", "2000-05-05")
                    .with(as("paula.pharmacist"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(found).contains("Rita Refusedback").contains(p.prescriptionId());

    // A live authorization already held: the second request is refused (ALL-ONEFILL) and the
    // counter shows the same patient again, carried in the session, not in the redirect's URL.
    askAuthorization("paula.pharmacist", "lookup-by-post-1", p, 201);
    String refused =
        mvc.perform(
                post("/pharmacy/authorizations")
                    .param("programId", p.programId())
                    .param("birthDate", "2000-05-05")
                    .param("prescriptionId", p.prescriptionId())
                    .param("key", "lookup-by-post-2")
                    .with(as("paula.pharmacist"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(header().doesNotExist("Location"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Rita Refusedback").contains("Not asked:");
  }

  @Test
  void theCounterLookupNamesTheFieldThatIsWrong() throws Exception {
    String page =
        mvc.perform(
                post("/pharmacy/lookup")
                    .param("programId", "")
                    .param("birthDate", "not a date")
                    .with(as("paula.pharmacist"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("is required");
    assertThat(page).containsIgnoringCase("date");
  }
}
