package com.isocourse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.db.TestDatabase;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.support.Haproxy;
import com.isocourse.server.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances behind a real load balancer (HAProxy) on one database; one is killed (SIGKILL) in
 * the middle of many concurrent authorization requests (issue 13 item 4). No acknowledged
 * authorization is lost: every 201 answered has its request row, under its idempotency key, in the
 * database afterwards; the other instance goes on answering; a request cut off by the kill is
 * answered by a retry with its key, once.
 */
class ProxyFailoverTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CONCURRENT = 12;

  /** One request as sent and answered. */
  private record Asked(String key, int status, String servedBy, long requestId, long sentAt) {}

  private record Target(String programId, String birthDate, String prescriptionId) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** What each key asked, for retries. */
  private final Map<String, Target> sent = new ConcurrentHashMap<>();

  @Test
  void killingAnInstanceMidLoadLosesNoAcknowledgedAuthorization() throws Exception {
    Path haproxy = Haproxy.binary();
    String url = TestDatabase.url("proxy_failover");
    try (ConfigurableApplicationContext a = start(url)) {
      a.getBean(DemoSeeder.class).seedIfEmpty();
      JdbcClient jdbc = a.getBean(JdbcClient.class);
      String token = token(a, jdbc, "paula.pharmacist");
      List<Target> targets =
          jdbc.sql(
                  "select p.program_id, p.birth_date, rx.id from prescription rx"
                      + " join patient p on p.id = rx.patient_id order by rx.id")
              .query((rs, n) -> new Target(rs.getString(1), rs.getString(2), rs.getString(3)))
              .list();
      int portA = Integer.parseInt(a.getEnvironment().getProperty("local.server.port"));
      try (ServerProcess b = ServerProcess.start(url, Duration.ofMinutes(2));
          Haproxy proxy = Haproxy.start(haproxy, List.of(portA, b.port()))) {
        ConcurrentLinkedQueue<Asked> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(CONCURRENT);
        for (int i = 0; i < CONCURRENT; i++) {
          load.submit(
              () -> {
                while (!stop.get()) {
                  Target t = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                  answers.add(ask(proxy, token, UUID.randomUUID().toString(), t));
                }
                return null;
              });
        }
        awaitAcknowledged(answers, "b", 20, 0);
        long killedAt = System.nanoTime();
        b.kill();
        awaitAcknowledged(answers, "a", 40, killedAt);
        stop.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Asked> created = answers.stream().filter(x -> x.status() == 201).toList();
        Map<String, Long> byServer =
            created.stream().collect(Collectors.groupingBy(Asked::servedBy, Collectors.counting()));
        assertThat(byServer).as("both instances served").containsKeys("a", "b");
        assertThat(created.stream().filter(x -> x.sentAt() > killedAt && x.servedBy().equals("a")))
            .as("the survivor answers after the kill")
            .isNotEmpty();
        for (Asked x : created) {
          assertThat(
                  jdbc.sql(
                          "select count(*) from dispense_request where id = ? and idempotency_key = ?")
                      .params(x.requestId(), x.key())
                      .query(Long.class)
                      .single())
              .as("request %d (key %s, answered 201 by %s)", x.requestId(), x.key(), x.servedBy())
              .isOne();
        }
        // Cut off by the kill (5xx from the proxy, or no answer): a retry with the same key through
        // the proxy gets an answer, and never a second request row.
        List<Asked> cut =
            answers.stream().filter(x -> x.status() >= 500 || x.status() < 0).toList();
        for (Asked x : cut) {
          Asked retried = ask(proxy, token, x.key(), null);
          assertThat(retried.status()).as("retry of %s", x).isBetween(200, 499);
          assertThat(
                  jdbc.sql("select count(*) from dispense_request where idempotency_key = ?")
                      .param(x.key())
                      .query(Long.class)
                      .single())
              .isLessThanOrEqualTo(1);
        }
        System.out.printf(
            "ProxyFailoverTest: %d requests, answers by status %s, 201 by instance %s, %d cut off"
                + " by the kill%n",
            answers.size(),
            answers.stream()
                .collect(Collectors.groupingBy(Asked::status, TreeMap::new, Collectors.counting())),
            byServer,
            cut.size());
      }
    }
  }

  /** Waits until that instance has answered n 201s to requests sent after {@code since}. */
  private static void awaitAcknowledged(
      ConcurrentLinkedQueue<Asked> answers, String instance, int n, long since)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (answers.stream()
                .filter(
                    x -> x.status() == 201 && x.servedBy().equals(instance) && x.sentAt() > since)
                .count()
            < n
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  /** Asks for an authorization through the proxy; a null target retries the key's request. */
  private Asked ask(Haproxy proxy, String token, String key, Target target) {
    Target t = target == null ? sent.get(key) : target;
    sent.put(key, t);
    long sentAt = System.nanoTime();
    String body =
        "{\"programId\":\"%s\",\"birthDate\":\"%s\",\"prescriptionId\":\"%s\"}"
            .formatted(t.programId(), t.birthDate(), t.prescriptionId());
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(proxy.base() + "/api/pharmacy/authorizations"))
                  .header("Authorization", "Bearer " + token)
                  .header("Idempotency-Key", key)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long id = r.statusCode() == 201 ? JSON.readTree(r.body()).get("requestId").asLong() : -1;
      return new Asked(
          key, r.statusCode(), r.headers().firstValue("X-Served-By").orElse("?"), id, sentAt);
    } catch (Exception e) {
      return new Asked(key, -1, "?", -1, sentAt);
    }
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

  private static String token(ConfigurableApplicationContext ctx, JdbcClient jdbc, String user) {
    long id =
        jdbc.sql("select id from app_user where username = ?")
            .param(user)
            .query(Long.class)
            .single();
    return ctx.getBean(ApiTokenService.class).issue(id, "failover").token();
  }
}
