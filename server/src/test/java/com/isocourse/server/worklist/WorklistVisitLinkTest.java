package com.isocourse.server.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.isocourse.server.support.ApiTestSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14 ("the clinic's day"): each worklist row opens that patient's monthly visit in one click.
 * The visit page lets in whoever cares for the patient (the prescriber, and the designee acting for
 * them, who records facts), which is exactly who sees the row, so both get the link and it opens;
 * another prescriber sees neither the row nor the link.
 */
class WorklistVisitLinkTest extends ApiTestSupport {
  private static final AtomicInteger N = new AtomicInteger();

  @Test
  void everyRowLinksToItsPatientsMonthlyVisitForThePrescriberAndTheDesignee() throws Exception {
    String name = "Wanda Worklist " + N.incrementAndGet();
    long id = enroll("dr.adams", name, "CAN_GET_PREGNANT").at("/patient/id").asLong();
    String link = "href=\"/prescriber/patients/" + id + "/visit\"";

    String prescriber = page(get("/prescriber").param("q", name), "dr.adams");
    assertThat(prescriber).contains(name).contains(link).contains("Monthly visit for " + name);
    String designee = page(get("/prescriber").param("q", name), "nina.designee");
    assertThat(designee).contains(name).contains(link);
    assertThat(page("/prescriber/patients/" + id + "/visit", "nina.designee"))
        .contains(name)
        .contains("name=\"pt.result\"");

    String other = page("/prescriber", "dr.baker");
    assertThat(other).doesNotContain(name).doesNotContain(link);
    assertThat(
            mvc.perform(get("/prescriber/patients/" + id + "/visit").with(as("dr.baker")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void theWholeWorklistHasOneVisitLinkPerRow() throws Exception {
    enroll("dr.adams", "Walter Worklist " + N.incrementAndGet(), "CANNOT_GET_PREGNANT");
    String all = page("/prescriber", "dr.adams");
    int rows = all.split("<tr class=\"row-", -1).length - 1;
    int links = all.split("class=\"btn btn-small visit-link\"", -1).length - 1;
    assertThat(rows).isPositive();
    assertThat(links).isEqualTo(rows);
  }

  private String page(String path, String username) throws Exception {
    return page(get(path), username);
  }

  private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
    var response = mvc.perform(request.with(as(username))).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }
}
