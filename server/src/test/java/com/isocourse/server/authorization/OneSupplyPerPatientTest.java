package com.isocourse.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.courses.EventStore;
import com.isocourse.server.support.ApiTestSupport;
import java.time.LocalDate;
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

/**
 * ALL-ONEFILL in the server (rules.md §3.1; issue 11): at most one live authorization per patient
 * across prescriptions and pharmacies, enforced under concurrency by the patient-row lock and the
 * partial unique index; a new prescription replaces the open one; a cancelled prescription's
 * authorization is reversed and cannot be dispensed.
 */
class OneSupplyPerPatientTest extends ApiTestSupport {
  @Autowired EventStore events;
  @Autowired ObjectMapper json;

  private int ask(String pharmacist, String key, String programId, String rx) throws Exception {
    return mvc.perform(
            post("/api/pharmacy/authorizations")
                .header("Authorization", "Bearer " + tokenOf(pharmacist))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"programId\":\"%s\",\"birthDate\":\"2000-05-05\",\"prescriptionId\":\"%s\"}"
                        .formatted(programId, rx)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  /**
   * A second open prescription of the same patient, as data written before a new prescription
   * replaced the open one could hold it: a prescription row and its history event.
   */
  private String secondOpenPrescription(Prescribed p) {
    var row =
        jdbc.sql("select course_id, payload::text from prescription where id = ?")
            .param(p.prescriptionId())
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    String id = p.prescriptionId() + "-b";
    ObjectNode payload;
    try {
      payload = (ObjectNode) json.readTree((String) row[1]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    payload.put("id", id);
    jdbc.sql(
            "insert into prescription (id, patient_id, course_id, written_on, payload)"
                + " values (?, ?, ?, ?, cast(? as jsonb))")
        .params(id, p.patientId(), row[0], LocalDate.parse(TODAY), payload.toString())
        .update();
    long doctor =
        jdbc.sql("select id from app_user where username = 'dr.adams'").query(Long.class).single();
    events.append(p.patientId(), (Long) row[0], payload, doctor, null);
    return id;
  }

  @Test
  void racingRequestsForTwoPrescriptionsOfOnePatientYieldOneLiveAuthorization() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Race Twoprescriptions");
    counsel("dr.adams", p.patientId());
    String other = secondOpenPrescription(p);

    int pairs = 100;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      String a = "pair-a-" + i;
      String b = "pair-b-" + i;
      Callable<Integer> first =
          () -> {
            start.await();
            return ask("paula.pharmacist", a, p.programId(), p.prescriptionId());
          };
      Callable<Integer> second =
          () -> {
            start.await();
            return ask("sam.pharmacist", b, p.programId(), other);
          };
      answers.add(pool.submit(first));
      answers.add(pool.submit(second));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : answers) {
      statuses.add(f.get());
    }
    pool.shutdown();

    assertThat(statuses).hasSize(2 * pairs).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from dispense_authorization where patient_id = ?"
                        + " and status = 'ISSUED'")
                .param(p.patientId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aNewPrescriptionReplacesTheOpenOneInTheSameTransaction() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Replace Openprescription");
    String next =
        call("dr.adams", post("/api/patients/" + p.patientId() + "/prescriptions"), "{}", 201)
            .get("prescriptionId")
            .asText();

    assertThat(status(p.prescriptionId())).isEqualTo("CANCELLED");
    assertThat(status(next)).isEqualTo("ACTIVE");
    assertThat(
            jdbc.sql(
                    "select count(*) from course_event where patient_id = ? and reason = ?"
                        + " and payload->>'id' = ? and (payload->>'cancelled')::boolean")
                .params(p.patientId(), "replaced by " + next, p.prescriptionId())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void cancellingAnAuthorizedPrescriptionReversesItsAuthorization() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cancel Authorized");
    counsel("dr.adams", p.patientId());
    JsonNode asked = askAuthorization("paula.pharmacist", "cancel-auth-1", p, 201);
    assertThat(asked.at("/decision/decision").asText()).isEqualTo("AUTHORIZED");

    call(
        "dr.adams",
        post("/api/patients/" + p.patientId() + "/prescriptions/" + p.prescriptionId() + "/cancel"),
        null,
        200);

    assertThat(
            jdbc.sql("select status from dispense_authorization where prescription_id = ?")
                .param(p.prescriptionId())
                .query(String.class)
                .single())
        .isEqualTo("REVERSED");
    call(
        "paula.pharmacist",
        post("/api/pharmacy/authorizations/" + asked.get("requestId").asLong() + "/dispense"),
        "{\"capsules\":[{\"strengthMg\":40,\"count\":30,\"formulation\":\"conventional\"}]}",
        409);
    assertThat(
            jdbc.sql("select count(*) from dispense where patient_id = ?")
                .param(p.patientId())
                .query(Long.class)
                .single())
        .isZero();
  }

  private String status(String prescriptionId) {
    return jdbc.sql("select status from prescription where id = ?")
        .param(prescriptionId)
        .query(String.class)
        .single();
  }
}
