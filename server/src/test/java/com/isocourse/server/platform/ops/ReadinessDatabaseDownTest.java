package com.isocourse.server.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the database unreachable the load balancer is told to send nothing here (readiness 503 DOWN,
 * not a 500), while liveness stays UP: restarting the process would not bring the database back.
 */
@SpringBootTest(
    properties = {
      "spring.flyway.enabled=false",
      "spring.datasource.hikari.connection-timeout=500",
      "isocourse.today=2026-12-01"
    })
@AutoConfigureMockMvc
@DirtiesContext
class ReadinessDatabaseDownTest {
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
  void readinessIsDownWith503AndLivenessStaysUp() throws Exception {
    MockHttpServletResponse ready =
        mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse();
    assertThat(ready.getStatus()).isEqualTo(503);
    assertThat(ready.getContentAsString())
        .startsWith("{\"status\":\"DOWN\"")
        .doesNotContain("Connection", "refused", "5432", "127.0.0.1");
    MockHttpServletResponse live =
        mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse();
    assertThat(live.getStatus()).isEqualTo(200);
    assertThat(live.getContentAsString()).startsWith("{\"status\":\"UP\"");
  }
}
