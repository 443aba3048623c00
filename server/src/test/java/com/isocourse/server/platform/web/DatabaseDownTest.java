package com.isocourse.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * With the database unreachable (a port nothing listens on), every door fails closed with a 503
 * problem: a pharmacy's bearer request, a browser session, a sign-in. Nothing can be authorized.
 */
@SpringBootTest(
    properties = {
      "spring.flyway.enabled=false",
      "spring.datasource.hikari.connection-timeout=500",
      "isocourse.today=2026-12-01"
    })
@AutoConfigureMockMvc
@DirtiesContext
class DatabaseDownTest {
  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void unreachableDatabase(DynamicPropertyRegistry registry) throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    registry.add(
        "spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + closedPort + "/isocourse");
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void aPharmacyAuthorizationRequestGetsA503ProblemAndNoAuthorization() throws Exception {
    MockHttpServletResponse r =
        send(
            post("/api/pharmacy/authorizations")
                .header("Authorization", "Bearer ict_some-token")
                .header("Idempotency-Key", "db-down-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"programId\":\"IC-1\",\"birthDate\":\"2000-01-01\",\"prescriptionId\":\"rx-1\"}"));
    assertUnavailable(r);
    assertThat(r.getContentAsString()).doesNotContain("AUTHORIZED", "authorizationCode");
  }

  @Test
  void aBrowserSessionGetsA503Problem() throws Exception {
    assertUnavailable(send(get("/api/whoami").cookie(new Cookie("SESSION", "c29tZS1zZXNzaW9u"))));
  }

  @Test
  void aSignInGetsA503Problem() throws Exception {
    Cookie xsrf = new Cookie("XSRF-TOKEN", "token-1");
    assertUnavailable(
        send(
            post("/api/login")
                .cookie(xsrf)
                .header("X-XSRF-TOKEN", "token-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"dr.adams\",\"password\":\"isocourse-demo\"}")));
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static void assertUnavailable(MockHttpServletResponse r) throws Exception {
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(503);
    assertThat(r.getContentType()).isEqualTo("application/problem+json");
    assertThat(r.getContentAsString()).contains("database-unavailable", "nothing is authorized");
  }
}
