package com.isocourse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.db.TestDatabase;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real server over HTTP, stopped and started again on the same database: what was recorded is
 * still there, and the browser's session cookie still signs it in (sessions live in PostgreSQL, so
 * any instance, or the next one, serves them).
 */
class RestartTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  @Test
  void recordedDataAndTheSignedInSessionSurviveARestart() throws Exception {
    String url = TestDatabase.url("restart_tests");
    long patientId;
    try (ConfigurableApplicationContext first = start(url)) {
      first.getBean(DemoSeeder.class).seedIfEmpty();
      String base = base(first);
      assertThat(base).as("a random port, never a running demo's 8080").doesNotEndWith(":8080");
      send(base, "GET", "/api/csrf", null, 200);
      send(
          base,
          "POST",
          "/api/login",
          "{\"username\":\"dr.adams\",\"password\":\"" + DemoSeeder.PASSWORD + "\"}",
          200);
      JsonNode enrolled =
          send(
              base,
              "POST",
              "/api/patients",
              "{\"displayName\":\"Rosa Restart\",\"birthDate\":\"1998-02-03\","
                  + "\"jurisdiction\":\"EU\",\"riskCategory\":\"CANNOT_GET_PREGNANT\"}",
              201);
      patientId = enrolled.at("/patient/id").asLong();
      send(
          base,
          "POST",
          "/api/patients/" + patientId + "/events",
          "{\"type\":\"weight\",\"date\":\"2026-12-01\",\"kg\":58.5}",
          201);
    }

    try (ConfigurableApplicationContext second = start(url)) {
      String base = base(second);
      JsonNode me = send(base, "GET", "/api/whoami", null, 200);
      assertThat(me.get("username").asText()).isEqualTo("dr.adams");
      JsonNode course = send(base, "GET", "/api/patients/" + patientId + "/course", null, 200);
      assertThat(course.get("displayName").asText()).isEqualTo("Rosa Restart");
      assertThat(course.get("jurisdiction").asText()).isEqualTo("EU");
      assertThat(course.at("/history/0/event/kg").asDouble()).isEqualTo(58.5);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(IsocourseApplication.class)
        .properties(
            "spring.datasource.url=" + url,
            "spring.datasource.username=" + TestDatabase.user(),
            "spring.datasource.password=" + TestDatabase.password(),
            "isocourse.today=2026-12-01")
        // an argument, not a default property: application.properties' 8080 must not win
        .run("--server.port=0");
  }

  private static String base(ConfigurableApplicationContext ctx) {
    return "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
  }

  /** Sends with the cookie jar and, on writes, the CSRF token from its XSRF-TOKEN cookie. */
  private JsonNode send(String base, String method, String path, String body, int status)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    if (!method.equals("GET")) {
      cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue)
          .findFirst()
          .ifPresent(t -> b.header("X-XSRF-TOKEN", t));
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
    return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
  }
}
