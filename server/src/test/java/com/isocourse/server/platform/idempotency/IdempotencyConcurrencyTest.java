package com.isocourse.server.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Twenty requests racing with one key create exactly one thing: one wins, the others wait for its
 * transaction and replay its answer. Racing enrollments of one name and birth date without keys
 * enroll one patient; the others are told about it.
 */
class IdempotencyConcurrencyTest extends ApiTestSupport {
  private static final int RACERS = 20;

  @Autowired ObjectMapper json;

  private List<MockHttpServletResponse> race(
      String user, String path, List<String> keys, String body) throws Exception {
    String token = tokenOf(user);
    ExecutorService pool = Executors.newFixedThreadPool(keys.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
    for (String key : keys) {
      Callable<MockHttpServletResponse> call =
          () -> {
            start.await();
            var request =
                post(path)
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body);
            if (key != null) {
              request.header("Idempotency-Key", key);
            }
            return mvc.perform(request).andReturn().getResponse();
          };
      answers.add(pool.submit(call));
    }
    start.countDown();
    List<MockHttpServletResponse> out = new ArrayList<>();
    for (Future<MockHttpServletResponse> f : answers) {
      out.add(f.get());
    }
    pool.shutdown();
    return out;
  }

  private static List<String> sameKey(int n) {
    String key = UUID.randomUUID().toString();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(key);
    }
    return keys;
  }

  @Test
  void twentyEnrollmentsWithOneKeyEnrollOnePatientAndAllGetItsAnswer() throws Exception {
    String name = "Rae Racingkey " + UUID.randomUUID();
    String body =
        json.writeValueAsString(
            Map.of(
                "displayName", name,
                "birthDate", "1997-07-07",
                "jurisdiction", "EU",
                "riskCategory", "CANNOT_GET_PREGNANT"));

    List<MockHttpServletResponse> answers =
        race("dr.adams", "/api/patients", sameKey(RACERS), body);

    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
    assertThat(answers.stream().filter(a -> "true".equals(a.getHeader("Idempotent-Replayed"))))
        .hasSize(RACERS - 1);
    assertThat(answers.stream().map(this::body).distinct()).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from patient where display_name = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void twentyFactsWithOneKeyAreOneEvent() throws Exception {
    long patient =
        enroll("dr.adams", "Ray Racingfact", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String body = "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":66}".formatted(TODAY);

    List<MockHttpServletResponse> answers =
        race("dr.adams", "/api/patients/" + patient + "/events", sameKey(RACERS), body);

    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
    assertThat(answers.stream().map(this::body).distinct()).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from course_event where patient_id = ?")
                .param(patient)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void racingEnrollmentsOfOneNameAndBirthDateWithoutKeysEnrollOnePatient() throws Exception {
    String name = "Dee Duplicaterace " + UUID.randomUUID();
    String body =
        json.writeValueAsString(
            Map.of(
                "displayName", name,
                "birthDate", "1996-06-06",
                "jurisdiction", "US",
                "riskCategory", "CANNOT_GET_PREGNANT"));
    List<String> noKeys = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      noKeys.add(null);
    }

    List<MockHttpServletResponse> answers = race("dr.adams", "/api/patients", noKeys, body);

    assertThat(answers.stream().filter(a -> a.getStatus() == 201)).hasSize(1);
    assertThat(answers.stream().filter(a -> a.getStatus() == 409)).hasSize(9);
    assertThat(
            jdbc.sql("select count(*) from patient where display_name = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isOne();
  }

  private String body(MockHttpServletResponse r) {
    try {
      return r.getContentAsString();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
