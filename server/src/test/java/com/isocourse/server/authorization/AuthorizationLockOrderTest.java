package com.isocourse.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.courses.Prescribing;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An authorization request that had to wait for the prescription lock decides on what the lock's
 * holder committed: a cancellation (a new history event), a request with the same idempotency key,
 * a live authorization. Each holder here takes the lock, changes the database, and commits only
 * once the request is seen waiting for the lock.
 */
class AuthorizationLockOrderTest extends ApiTestSupport {
  private static final String PHARMACIST = "paula.pharmacist";

  @Autowired PlatformTransactionManager transactions;
  @Autowired Prescribing prescribing;
  @Autowired PrescriptionRepository prescriptions;
  @Autowired AuthorizationRepository store;
  @Autowired UserRepository users;
  @Autowired PatientRepository patients;
  @Autowired ObjectMapper json;

  @Test
  void aCancellationCommittedWhileTheRequestWaitedIsDecidedOn() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Carla Cancelrace");
    counsel("dr.adams", p.patientId());
    CurrentUser prescriber = users.findByUsername("dr.adams").orElseThrow().user();
    var patient = patients.findById(p.patientId()).orElseThrow();

    MockHttpServletResponse answer =
        whileHoldingTheLock(
            p,
            () -> prescribing.cancel(prescriber, patient, p.prescriptionId()),
            () -> ask(p, "cancel-race"));

    assertThat(answer.getStatus()).isEqualTo(201);
    JsonNode body = json.readTree(answer.getContentAsString());
    assertThat(body.at("/decision/decision").asText()).isEqualTo("DENIED");
    assertThat(body.at("/decision/reasons").findValuesAsText("code"))
        .contains("PRESCRIPTION_CANCELLED");
    assertThat(body.has("authorization")).isFalse();
  }

  @Test
  void aKeyAndALiveAuthorizationCommittedWhileTheRequestWaitedAreSeen() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Kim Keyrace");
    counsel("dr.adams", p.patientId());
    var pharmacist = (CurrentUser.Pharmacist) users.findByUsername(PHARMACIST).orElseThrow().user();

    AtomicReference<Long> held = new AtomicReference<>();
    MockHttpServletResponse replayed =
        whileHoldingTheLock(
            p,
            () ->
                held.set(store.insertRequest(stored(p, pharmacist, "key-race"), null).requestId()),
            () -> ask(p, "key-race"));
    assertThat(replayed.getStatus()).isEqualTo(200);
    JsonNode again = json.readTree(replayed.getContentAsString());
    assertThat(again.get("requestId").asLong()).isEqualTo(held.get());
    assertThat(again.get("replayed").asBoolean()).isTrue();

    MockHttpServletResponse conflict =
        whileHoldingTheLock(
            p,
            () ->
                store.insertRequest(
                    stored(p, pharmacist, "live-race-holder"),
                    new AuthorizationRepository.NewAuthorization(
                        "LOCK-ORDER-1", LocalDate.parse(TODAY).plusDays(7))),
            () -> ask(p, "live-race"));
    assertThat(conflict.getStatus()).isEqualTo(409);
    assertThat(conflict.getContentAsString()).contains("already has authorization");
    assertThat(
            jdbc.sql("select count(*) from dispense_request where idempotency_key = 'live-race'")
                .query(Long.class)
                .single())
        .isZero();
  }

  private static AuthorizationRepository.NewRequest stored(
      Prescribed p, CurrentUser.Pharmacist pharmacist, String key) {
    return new AuthorizationRepository.NewRequest(
        key,
        p.prescriptionId(),
        p.patientId(),
        pharmacist.pharmacyId(),
        pharmacist.id(),
        LocalDate.parse(TODAY),
        "{}",
        "AUTHORIZED",
        "{\"decision\":\"AUTHORIZED\"}",
        "US-2026",
        1);
  }

  /**
   * Runs {@code holder} in a transaction that first locks the prescription, starts {@code request}
   * on another thread, commits once that request waits for a row lock, and returns its answer.
   */
  private MockHttpServletResponse whileHoldingTheLock(
      Prescribed p, Runnable holder, Callable<MockHttpServletResponse> request) throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      AtomicReference<Future<MockHttpServletResponse>> answer = new AtomicReference<>();
      new TransactionTemplate(transactions)
          .executeWithoutResult(
              status -> {
                assertThat(prescriptions.lock(p.prescriptionId())).isPresent();
                holder.run();
                answer.set(pool.submit(request));
                awaitSomeoneWaitingForALock();
              });
      return answer.get().get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }

  private void awaitSomeoneWaitingForALock() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single()
        == 0) {
      assertThat(System.nanoTime()).as("the request waits for the lock").isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private MockHttpServletResponse ask(Prescribed p, String key) throws Exception {
    String body =
        json.writeValueAsString(
            Map.of(
                "programId",
                p.programId(),
                "birthDate",
                "2000-05-05",
                "prescriptionId",
                p.prescriptionId()));
    return mvc.perform(
            post("/api/pharmacy/authorizations")
                .header("Authorization", "Bearer " + tokenOf(PHARMACIST))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn()
        .getResponse();
  }
}
