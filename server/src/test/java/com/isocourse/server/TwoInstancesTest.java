package com.isocourse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.admin.ClinicPolicyRepository;
import com.isocourse.server.admin.PolicyVersionWatch;
import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.db.TestDatabase;
import com.isocourse.server.platform.security.ApiTokenService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two real servers over HTTP on one database, as behind a load balancer (issue 13 item 4,
 * docs/adr/0011): a policy change made through one instance is applied by the other within 1 s,
 * though the other had the old policy in memory; so is a change made by hand in SQL.
 */
class TwoInstancesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PROMISE = Duration.ofSeconds(1);

  private static ConfigurableApplicationContext a;
  private static ConfigurableApplicationContext b;
  private static String admin;
  private static String doctor;
  private static long liam;
  private static JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTwoInstances() {
    String url = TestDatabase.url("two_instances");
    a = start(url);
    b = start(url);
    a.getBean(DemoSeeder.class).seedIfEmpty();
    jdbc = a.getBean(JdbcClient.class);
    admin = token("admin");
    doctor = token("dr.adams");
    liam =
        jdbc.sql("select id from patient where display_name like 'Liam%'")
            .query(Long.class)
            .single();
  }

  @AfterAll
  static void stop() {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
  }

  @Test
  void aPolicyChangeThroughOneInstanceIsAppliedByTheOtherWithinASecond() throws Exception {
    // B has the clinic defaults in memory and Liam (triglycerides 120 mg/dL) is not blocked
    assertThat(send(b, admin, "GET", "/api/admin/policy", null, 200).get("overrides").size())
        .isZero();
    assertThat(liamOn(b).get("urgency").asText()).isNotEqualTo("BLOCKED");
    try {
      send(a, admin, "PUT", "/api/admin/policy", "{\"tg.stopMgDl\":\"100\"}", 200);
      long changed = System.nanoTime();

      JsonNode line = await(b, this::liamOn, l -> l.get("urgency").asText().equals("BLOCKED"));
      Duration took = Duration.ofNanos(System.nanoTime() - changed);

      assertThat(took).as("B applied A's change after %s", took).isLessThan(PROMISE);
      assertThat(line.get("blockers").toString()).isEqualTo("[\"LAB_NEEDS_REVIEW\"]");
      assertThat(send(b, admin, "GET", "/api/admin/policy", null, 200).at("/overrides/tg.stopMgDl"))
          .hasToString("\"100\"");
    } finally {
      send(b, admin, "PUT", "/api/admin/policy", "{}", 200);
    }
    long reset = System.nanoTime();
    await(a, this::liamOn, l -> !l.get("urgency").asText().equals("BLOCKED"));
    assertThat(Duration.ofNanos(System.nanoTime() - reset)).isLessThan(PROMISE);
  }

  @Test
  void aPolicyChangeMadeByHandInSqlIsAppliedByBothInstancesWithinASecond() throws Exception {
    for (var instance : new ConfigurableApplicationContext[] {a, b}) {
      assertThat(send(instance, admin, "GET", "/api/admin/policy", null, 200).get("overrides"))
          .isEmpty();
    }
    try {
      jdbc.sql("insert into clinic_policy (key, value) values ('tg.stopMgDl', '100')").update();
      long changed = System.nanoTime();
      for (var instance : new ConfigurableApplicationContext[] {a, b}) {
        await(instance, this::liamOn, l -> l.get("urgency").asText().equals("BLOCKED"));
      }
      assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(PROMISE);
    } finally {
      jdbc.sql("delete from clinic_policy").update();
    }
    for (var instance : new ConfigurableApplicationContext[] {a, b}) {
      await(instance, this::liamOn, l -> !l.get("urgency").asText().equals("BLOCKED"));
    }
  }

  @Test
  void eachInstanceStillKeepsThePolicyBetweenChanges() throws Exception {
    for (var instance : new ConfigurableApplicationContext[] {a, b}) {
      var policy = instance.getBean(ClinicPolicyRepository.class);
      await(
          instance,
          i -> JSON.valueToTree(i.getBean(PolicyVersionWatch.class).connected()),
          JsonNode::asBoolean);
      // kept between two reads (tried a few times: a busy machine may delay a version check
      // past the trust window, and then the read goes to the table, as it should)
      boolean kept = false;
      for (int i = 0; i < 5 && !kept; i++) {
        kept = policy.overrides() == policy.overrides();
      }
      assertThat(kept).as("read once, then kept").isTrue();
    }
  }

  /** Asks the instance until the answer matches, for at most twice the promise. */
  private static JsonNode await(
      ConfigurableApplicationContext instance, Ask ask, Predicate<JsonNode> matches)
      throws Exception {
    long deadline = System.nanoTime() + PROMISE.multipliedBy(2).toNanos();
    JsonNode answer = ask.on(instance);
    while (!matches.test(answer) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      answer = ask.on(instance);
    }
    assertThat(matches.test(answer)).as("still %s", answer).isTrue();
    return answer;
  }

  @FunctionalInterface
  private interface Ask {
    JsonNode on(ConfigurableApplicationContext instance) throws Exception;
  }

  private JsonNode liamOn(ConfigurableApplicationContext instance) throws Exception {
    for (JsonNode e : send(instance, doctor, "GET", "/api/patients", null, 200)) {
      if (e.get("patientId").asLong() == liam) {
        return e;
      }
    }
    throw new AssertionError("Liam is not on dr.adams's worklist");
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(IsocourseApplication.class)
        .properties(
            "spring.datasource.url=" + url,
            "spring.datasource.username=" + TestDatabase.user(),
            "spring.datasource.password=" + TestDatabase.password(),
            "isocourse.today=2026-12-01")
        .run("--server.port=0");
  }

  private static String token(String username) {
    long id =
        jdbc.sql("select id from app_user where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    return a.getBean(ApiTokenService.class).issue(id, "two instances").token();
  }

  private JsonNode send(
      ConfigurableApplicationContext instance,
      String token,
      String method,
      String path,
      String body,
      int status)
      throws Exception {
    String base = "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    if (body == null) {
      r.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      r.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> answer = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode())
        .as(method + " " + path + ": " + answer.body())
        .isEqualTo(status);
    return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
  }
}
