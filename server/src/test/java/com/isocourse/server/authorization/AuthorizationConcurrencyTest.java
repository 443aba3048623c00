package com.isocourse.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.DemoClinic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class AuthorizationConcurrencyTest extends ApiTestSupport {
  @Autowired DemoSeeder seeder;
  @Autowired ApiTokenService tokens;
  @Autowired ObjectMapper json;

  private MvcResult ask(String token, String key, String body) throws Exception {
    return mvc.perform(
            post("/api/pharmacy/authorizations")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn();
  }

  @Test
  void racingRequestsForOnePrescriptionYieldExactlyOneAuthorizationAndOneDispense()
      throws Exception {
    String token = DemoClinic.token("paula.pharmacist", seeder, tokens, jdbc);
    long liam = DemoClinic.patientId(jdbc, "Liam");
    var p =
        jdbc.sql(
                "select p.program_id, p.birth_date, r.id from patient p join prescription r on"
                    + " r.patient_id = p.id where p.id = ? and r.written_on = ?")
            .params(liam, java.time.LocalDate.parse(TODAY))
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .single();
    String body =
        "{\"programId\":\"%s\",\"birthDate\":\"%s\",\"prescriptionId\":\"%s\"}"
            .formatted(p[0], p[1], p[2]);

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MvcResult>> answers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String key = "race-" + i;
      Callable<MvcResult> call =
          () -> {
            start.await();
            return ask(token, key, body);
          };
      answers.add(pool.submit(call));
    }
    start.countDown();
    List<MvcResult> results = new ArrayList<>();
    for (Future<MvcResult> f : answers) {
      results.add(f.get());
    }
    pool.shutdown();

    List<MvcResult> created =
        results.stream().filter(r -> r.getResponse().getStatus() == 201).toList();
    assertThat(created).hasSize(1);
    assertThat(results.stream().filter(r -> r.getResponse().getStatus() == 409)).hasSize(7);
    JsonNode won = json.readTree(created.get(0).getResponse().getContentAsString());
    assertThat(won.at("/decision/decision").asText()).isEqualTo("AUTHORIZED");
    assertThat(
            jdbc.sql("select count(*) from dispense_authorization where prescription_id = ?")
                .param(p[2])
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String winningKey =
        jdbc.sql("select idempotency_key from dispense_request where id = ?")
            .param(won.get("requestId").asLong())
            .query(String.class)
            .single();
    MvcResult retry = ask(token, winningKey, body);
    assertThat(retry.getResponse().getStatus()).isEqualTo(200);
    JsonNode again = json.readTree(retry.getResponse().getContentAsString());
    assertThat(again.get("requestId")).isEqualTo(won.get("requestId"));
    assertThat(again.get("replayed").asBoolean()).isTrue();

    String dispense =
        "{\"capsules\":[{\"strengthMg\":40,\"count\":60,\"formulation\":\"conventional\"}]}";
    String path = "/api/pharmacy/authorizations/" + won.get("requestId").asLong() + "/dispense";
    int first =
        mvc.perform(
                post(path)
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(dispense))
            .andReturn()
            .getResponse()
            .getStatus();
    int second =
        mvc.perform(
                post(path)
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(dispense))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(first).isEqualTo(200);
    assertThat(second).isEqualTo(409);
    assertThat(
            jdbc.sql("select count(*) from dispense where prescription_id = ?")
                .param(p[2])
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
