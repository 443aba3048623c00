package com.isocourse.server.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.support.ApiTestSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The load balancer's probes answer anyone without details; the Prometheus scrape is an admin's
 * alone and counts what the pharmacy was told.
 */
class ActuatorTest extends ApiTestSupport {

  private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request)
      throws Exception {
    if (user != null) {
      request.header("Authorization", "Bearer " + tokenOf(user));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  @Test
  void anonymousProbesAnswerUpWithoutDetails() throws Exception {
    for (String path :
        new String[] {
          "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"
        }) {
      MockHttpServletResponse r = send(null, get(path));
      assertThat(r.getStatus()).as(path).isEqualTo(200);
      assertThat(r.getContentAsString())
          .as(path)
          .startsWith("{\"status\":\"UP\"")
          .doesNotContain("components", "details", "db", "PostgreSQL", "diskSpace");
    }
  }

  @Test
  void anAdminSeesTheReadinessDetailsIncludingTheDatabase() throws Exception {
    MockHttpServletResponse r = send("admin", get("/actuator/health/readiness"));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("\"db\"", "PostgreSQL", "readinessState");
  }

  @Test
  void prometheusIsNeverPublic() throws Exception {
    assertThat(send(null, get("/actuator/prometheus")).getStatus()).isEqualTo(401);
    assertThat(send("paula.pharmacist", get("/actuator/prometheus")).getStatus()).isEqualTo(403);
    assertThat(send("dr.adams", get("/actuator/prometheus")).getStatus()).isEqualTo(403);
    // Anything else under /actuator is refused, even to an admin.
    assertThat(send("admin", get("/actuator/env")).getStatus()).isIn(403, 404);
    assertThat(send("admin", get("/actuator/beans")).getStatus()).isIn(403, 404);
    assertThat(send(null, post("/actuator/health")).getStatus()).isIn(401, 403, 405);
  }

  @Test
  void anAdminScrapesAuthorizationsRequestsDispensesAndSignInFailures() throws Exception {
    double before = authorized("api");
    Prescribed p = prescribedButNotCounseled("dr.adams", "Mira Metrics");
    counsel("dr.adams", p.patientId());
    askAuthorization("paula.pharmacist", "metrics-1", p, 201);
    // a replay asks nothing again and is not counted
    askAuthorization("paula.pharmacist", "metrics-1", p, 200);
    // an unknown name: no real account's throttle is touched
    MockHttpServletResponse refused =
        send(
            null,
            post("/api/login")
                .header("X-XSRF-TOKEN", "t")
                .cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", "t"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"username\":\"nobody.metrics\",\"password\":\"wrong-password-1\"}"));
    assertThat(refused.getStatus()).isEqualTo(401);

    MockHttpServletResponse r = send("admin", get("/actuator/prometheus"));
    assertThat(r.getStatus()).isEqualTo(200);
    String text = r.getContentAsString();
    assertThat(text)
        .contains("isocourse_authorizations_total{")
        .contains("isocourse_sign_in_failures_total{")
        .contains("http_server_requests_seconds_bucket{")
        .contains("uri=\"/api/pharmacy/authorizations\"");
    assertThat(authorized("api")).isEqualTo(before + 1);
    assertThat(counter(text, "isocourse_sign_in_failures_total", "reason=\"rejected\""))
        .isGreaterThanOrEqualTo(1);
  }

  private double authorized(String channel) throws Exception {
    String text = send("admin", get("/actuator/prometheus")).getContentAsString();
    return counter(
        text,
        "isocourse_authorizations_total",
        "channel=\"" + channel + "\",decision=\"AUTHORIZED\"");
  }

  /** The value of the first sample of that metric whose labels contain the text, or 0. */
  static double counter(String exposition, String metric, String labels) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$")
            .matcher(exposition);
    while (m.find()) {
      if (m.group(1).contains(labels)) {
        return Double.parseDouble(m.group(2));
      }
    }
    return 0;
  }
}
