package com.isocourse.server.support;

import com.isocourse.server.db.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the API tests: one Spring context and one embedded PostgreSQL database shared by every
 * test class that extends it, with the clinical date pinned to 2026-12-01.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApiTestSupport {
  public static final String TODAY = "2026-12-01";

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestDatabase.url("api_tests"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("isocourse.today", () -> TODAY);
  }
}
