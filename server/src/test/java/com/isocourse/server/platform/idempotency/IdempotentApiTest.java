package com.isocourse.server.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every creating API call takes an Idempotency-Key: a retry with the same key and body creates
 * nothing and gets the stored answer, marked as a replay; the same key with another body or
 * endpoint is a 409; keys are per user; a bad key is a 400 naming the header; calls without a key
 * keep working.
 */
class IdempotentApiTest extends ApiTestSupport {
  @Autowired ObjectMapper json;

  /** An answer: status, the replay header, the body. */
  record Answer(int status, String replayed, JsonNode body) {}

  private Answer send(String user, MockHttpServletRequestBuilder request, String key, Object body)
      throws Exception {
    request.header("Authorization", "Bearer " + tokenOf(user));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (body != null) {
      request
          .contentType(MediaType.APPLICATION_JSON)
          .content(body instanceof String s ? s : json.writeValueAsString(body));
    }
    MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
    String text = r.getContentAsString(StandardCharsets.UTF_8);
    return new Answer(
        r.getStatus(),
        r.getHeader("Idempotent-Replayed"),
        text.isBlank() ? json.createObjectNode() : json.readTree(text));
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static Map<String, Object> enrollment(String name) {
    return Map.of(
        "displayName", name,
        "birthDate", "1999-03-04",
        "jurisdiction", "US",
        "riskCategory", "CANNOT_GET_PREGNANT",
        "enrolledOn", TODAY);
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private long events(long patientId) {
    return count("select count(*) from course_event where patient_id = ?", patientId);
  }

  private static String weight(int kg) {
    return "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":%d}".formatted(TODAY, kg);
  }

  @Test
  void aRetriedEnrollmentGetsTheStoredAnswerAndEnrollsNobodyElse() throws Exception {
    String name = "Ida Idempotent " + UUID.randomUUID();
    String key = key();
    long users = rows("app_user");

    Answer first = send("dr.adams", post("/api/patients"), key, enrollment(name));
    Answer retry = send("dr.adams", post("/api/patients"), key, enrollment(name));

    assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
    assertThat(first.replayed()).isNull();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.replayed()).isEqualTo("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.body().get("initialPassword").asText()).isNotBlank();
    assertThat(count("select count(*) from patient where display_name = ?", name)).isOne();
    assertThat(rows("app_user")).isEqualTo(users + 1);
  }

  @Test
  void theStoredAnswerKeepsNeitherTheKeyNorThePasswordReadable() throws Exception {
    String key = "readable-" + UUID.randomUUID();
    Answer first =
        send("dr.adams", post("/api/patients"), key, enrollment("Sid Sealed " + UUID.randomUUID()));
    String password = first.body().get("initialPassword").asText();
    long adams = count("select id from app_user where username = ?", "dr.adams");
    List<byte[]> answers =
        jdbc.sql("select answer from idempotent_request where user_id = ? and endpoint = ?")
            .params(adams, "POST /api/patients")
            .query((rs, n) -> rs.getBytes(1))
            .list();
    assertThat(answers).isNotEmpty();
    for (byte[] a : answers) {
      assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain(password);
    }
    assertThat(
            count(
                "select count(*) from idempotent_request where key_hash = ? or endpoint like ?",
                key,
                "%" + key + "%"))
        .isZero();
  }

  @Test
  void aRetriedFactIsRecordedOnce() throws Exception {
    long patient =
        enroll("dr.adams", "Fay Factretry", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String key = key();
    String path = "/api/patients/" + patient + "/events";

    Answer first = send("dr.adams", post(path), key, weight(70));
    long after = events(patient);
    Answer retry = send("dr.adams", post(path), key, weight(70));
    // the same fields in another order are the same request
    Answer reordered =
        send(
            "dr.adams",
            post(path),
            key,
            "{\"kg\":70,\"date\":\"%s\",\"type\":\"weight\"}".formatted(TODAY));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.replayed()).isEqualTo("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(reordered.replayed()).isEqualTo("true");
    assertThat(reordered.body()).isEqualTo(first.body());
    assertThat(events(patient)).isEqualTo(after);
    assertThat(
            count(
                "select count(*) from course_event where patient_id = ? and type = 'weight'",
                patient))
        .isOne();
  }

  @Test
  void aRetriedPrescriptionIsWrittenOnceAndReplacesNothing() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Rex Rxretry");
    String key = key();
    String path = "/api/patients/" + p.patientId() + "/prescriptions";
    Map<String, Object> body = Map.of("daysSupply", 30);

    Answer first = send("dr.adams", post(path), key, body);
    long prescriptions =
        count("select count(*) from prescription where patient_id = ?", p.patientId());
    long history = events(p.patientId());
    Answer retry = send("dr.adams", post(path), key, body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.replayed()).isEqualTo("true");
    assertThat(retry.body().get("prescriptionId")).isEqualTo(first.body().get("prescriptionId"));
    assertThat(count("select count(*) from prescription where patient_id = ?", p.patientId()))
        .isEqualTo(prescriptions)
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from prescription where patient_id = ? and status = 'ACTIVE'",
                p.patientId()))
        .isOne();
    assertThat(events(p.patientId())).isEqualTo(history);
  }

  @Test
  void aRetriedDispenseIsRecordedOnceAndAnsweredAsTheFirstTime() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Dora Dispenseretry");
    counsel("dr.adams", p.patientId());
    Answer authorized =
        send(
            "paula.pharmacist",
            post("/api/pharmacy/authorizations"),
            key(),
            Map.of(
                "programId",
                p.programId(),
                "birthDate",
                "2000-05-05",
                "prescriptionId",
                p.prescriptionId()));
    assertThat(authorized.body().at("/decision/decision").asText()).isEqualTo("AUTHORIZED");
    String path =
        "/api/pharmacy/authorizations/" + authorized.body().get("requestId").asLong() + "/dispense";
    Map<String, Object> handed =
        Map.of(
            "capsules",
            List.of(Map.of("strengthMg", 20, "count", 60, "formulation", "conventional")));
    String key = key();

    Answer first = send("paula.pharmacist", post(path), key, handed);
    Answer retry = send("paula.pharmacist", post(path), key, handed);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().at("/authorization/status").asText()).isEqualTo("CLAIMED");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.replayed()).isEqualTo("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(count("select count(*) from dispense where prescription_id = ?", p.prescriptionId()))
        .isOne();
    assertThat(
            count(
                "select count(*) from course_event where patient_id = ? and type = 'dispense'",
                p.patientId()))
        .isOne();
    // without the key the second dispense is refused, as before
    assertThat(send("paula.pharmacist", post(path), null, handed).status()).isEqualTo(409);
  }

  @Test
  void aRetriedAuthorizationRequestIsMarkedAsAReplay() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Ada Askretry");
    Map<String, String> ask =
        Map.of(
            "programId",
            p.programId(),
            "birthDate",
            "2000-05-05",
            "prescriptionId",
            p.prescriptionId());
    String key = key();
    Answer first = send("paula.pharmacist", post("/api/pharmacy/authorizations"), key, ask);
    Answer retry = send("paula.pharmacist", post("/api/pharmacy/authorizations"), key, ask);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.replayed()).isNull();
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.replayed()).isEqualTo("true");
    assertThat(retry.body().get("requestId")).isEqualTo(first.body().get("requestId"));
    assertThat(
            count(
                "select count(*) from dispense_request where prescription_id = ?",
                p.prescriptionId()))
        .isOne();
  }

  @Test
  void thePatientsOwnReportsAreRecordedOncePerKey() throws Exception {
    JsonNode enrolled = enroll("dr.adams", "Pam Patientretry", "CAN_GET_PREGNANT");
    long patient = enrolled.at("/patient/id").asLong();
    String me = enrolled.get("username").asText();
    Map<String, Object> reports =
        Map.of(
            "/api/me/symptoms",
            Map.of("code", "dry-lips", "note", "cracked"),
            "/api/me/mood-screens",
            Map.of("items", List.of(0, 1, 0, 0, 0, 0, 0, 0, 0)),
            "/api/me/contraception",
            Map.of("methods", List.of("iud", "male-condom"), "since", "2026-08-01"),
            "/api/me/comprehension",
            Map.of(
                "answers",
                Map.of(
                    "birth-defects", "b",
                    "contraception", "a",
                    "blood-donation", "b",
                    "sharing", "c",
                    "mood", "a",
                    "two-methods", "b",
                    "missed-period", "c",
                    "monthly-test", "b",
                    "stop-now", "b")));
    for (var report : reports.entrySet()) {
      String key = key();
      long before = events(patient);
      Answer first = send(me, post(report.getKey()), key, report.getValue());
      Answer retry = send(me, post(report.getKey()), key, report.getValue());
      assertThat(first.status()).as(report.getKey() + " " + first.body()).isIn(200, 201);
      assertThat(retry.status()).as(report.getKey()).isEqualTo(first.status());
      assertThat(retry.replayed()).as(report.getKey()).isEqualTo("true");
      assertThat(retry.body()).as(report.getKey()).isEqualTo(first.body());
      assertThat(events(patient)).as(report.getKey()).isEqualTo(before + 1);
    }
  }

  @Test
  void theSameKeyWithAnotherBodyIsA409AndRecordsNothing() throws Exception {
    long patient =
        enroll("dr.adams", "Bo Bodychange", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String key = key();
    String path = "/api/patients/" + patient + "/events";
    send("dr.adams", post(path), key, weight(70));
    long after = events(patient);

    Answer changed = send("dr.adams", post(path), key, weight(71));

    assertThat(changed.status()).isEqualTo(409);
    assertThat(changed.replayed()).isNull();
    assertThat(changed.body().get("type").asText()).endsWith("/idempotency-key-reused");
    assertThat(changed.body().get("detail").asText())
        .contains("Idempotency-Key")
        .contains("different body");
    assertThat(events(patient)).isEqualTo(after);
  }

  @Test
  void theSameKeyOnAnotherEndpointIsA409() throws Exception {
    long one =
        enroll("dr.adams", "Eve Endpointone", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    long two =
        enroll("dr.adams", "Eli Endpointtwo", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String key = key();
    send("dr.adams", post("/api/patients/" + one + "/events"), key, weight(70));
    long before = events(two);
    long patients = rows("patient");

    Answer otherPatient =
        send("dr.adams", post("/api/patients/" + two + "/events"), key, weight(70));
    Answer otherCall =
        send("dr.adams", post("/api/patients"), key, enrollment("Ned Newkey " + UUID.randomUUID()));

    assertThat(otherPatient.status()).isEqualTo(409);
    assertThat(otherPatient.body().get("detail").asText())
        .contains("POST /api/patients/" + one + "/events");
    assertThat(otherCall.status()).isEqualTo(409);
    assertThat(otherCall.body().get("type").asText()).endsWith("/idempotency-key-reused");
    assertThat(events(two)).isEqualTo(before);
    assertThat(rows("patient")).isEqualTo(patients);
  }

  @Test
  void keysAreScopedToTheUserWhoSentThem() throws Exception {
    long patient =
        enroll("dr.adams", "Sue Scopedkey", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String key = key();
    String path = "/api/patients/" + patient + "/events";

    Answer doctor = send("dr.adams", post(path), key, weight(70));
    Answer designee = send("nina.designee", post(path), key, weight(70));

    assertThat(doctor.status()).isEqualTo(201);
    assertThat(designee.status()).isEqualTo(201);
    assertThat(designee.replayed()).isNull();
    assertThat(designee.body().get("eventId")).isNotEqualTo(doctor.body().get("eventId"));
    assertThat(
            count(
                "select count(*) from course_event where patient_id = ? and type = 'weight'",
                patient))
        .isEqualTo(2);
  }

  @Test
  void aMalformedKeyIsA400NamingTheHeaderAndRecordsNothing() throws Exception {
    long patient =
        enroll("dr.adams", "Max Malformed", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    long before = events(patient);
    for (String bad : List.of("", "two words", "k".repeat(201), "clé-1")) {
      Answer a = send("dr.adams", post("/api/patients/" + patient + "/events"), bad, weight(70));
      assertThat(a.status()).as(bad).isEqualTo(400);
      assertThat(a.body().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
      assertThat(a.body().at("/errors/0/reason").asText()).contains("200 visible ASCII");
    }
    assertThat(events(patient)).isEqualTo(before);
    assertThat(
            send(
                    "dr.adams",
                    post("/api/patients/" + patient + "/events"),
                    "k".repeat(200),
                    weight(70))
                .status())
        .isEqualTo(201);
  }

  @Test
  void callsWithoutAKeyKeepWorkingAndAreNotDeduplicated() throws Exception {
    long patient =
        enroll("dr.adams", "Nia Nokey", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    long before = events(patient);
    Answer first = send("dr.adams", post("/api/patients/" + patient + "/events"), null, weight(70));
    Answer second =
        send("dr.adams", post("/api/patients/" + patient + "/events"), null, weight(70));
    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.replayed()).isNull();
    assertThat(events(patient)).isEqualTo(before + 2);
  }

  @Test
  void aFailedRequestLeavesItsKeyFreeForTheCorrectedRetry() throws Exception {
    long patient =
        enroll("dr.adams", "Flo Failfirst", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    String key = key();
    String path = "/api/patients/" + patient + "/events";
    long before = events(patient);

    Answer invalid = send("dr.adams", post(path), key, weight(-5));
    Answer corrected = send("dr.adams", post(path), key, weight(72));
    Answer retry = send("dr.adams", post(path), key, weight(72));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(corrected.status()).isEqualTo(201);
    assertThat(corrected.replayed()).isNull();
    assertThat(retry.replayed()).isEqualTo("true");
    assertThat(events(patient)).isEqualTo(before + 1);
  }

  @Test
  void theAdminsNewPharmaciesAndTokensAreCreatedOncePerKey() throws Exception {
    String name = "Retry Pharmacy " + UUID.randomUUID();
    String key = key();
    Answer first = send("admin", post("/api/admin/pharmacies"), key, Map.of("name", name));
    Answer retry = send("admin", post("/api/admin/pharmacies"), key, Map.of("name", name));
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.replayed()).isEqualTo("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(count("select count(*) from pharmacy where name = ?", name)).isOne();

    long adams = count("select id from app_user where username = ?", "dr.adams");
    String tokenName = "retry-" + UUID.randomUUID();
    String tokenKey = key();
    String path = "/api/admin/users/" + adams + "/tokens";
    Answer issued = send("admin", post(path), tokenKey, Map.of("name", tokenName));
    Answer again = send("admin", post(path), tokenKey, Map.of("name", tokenName));
    assertThat(again.replayed()).isEqualTo("true");
    assertThat(again.body().get("token")).isEqualTo(issued.body().get("token"));
    assertThat(count("select count(*) from api_token where name = ?", tokenName)).isOne();
  }

  @Test
  void theOpenApiDocumentDescribesTheHeader() throws Exception {
    JsonNode api =
        json.readTree(
            mvc.perform(get("/openapi.json")).andReturn().getResponse().getContentAsString());
    assertThat(api.at("/info/description").asText())
        .contains("Idempotency-Key")
        .contains("Idempotent-Replayed");
    for (String path :
        List.of(
            "/api/patients",
            "/api/patients/{patientId}/events",
            "/api/patients/{patientId}/prescriptions",
            "/api/pharmacy/authorizations/{requestId}/dispense",
            "/api/me/symptoms")) {
      JsonNode post = api.path("paths").path(path).path("post");
      JsonNode header = null;
      for (JsonNode p : post.path("parameters")) {
        if (p.path("name").asText().equals("Idempotency-Key")) {
          header = p;
        }
      }
      assertThat(header).as(path).isNotNull();
      assertThat(header.path("in").asText()).isEqualTo("header");
      assertThat(header.path("required").asBoolean(false)).as(path).isFalse();
      assertThat(header.path("description").asText()).contains("retry");
      assertThat(post.at("/responses/201/headers/Idempotent-Replayed").isMissingNode())
          .as(path)
          .isEqualTo(path.endsWith("/dispense"));
    }
    JsonNode ask = api.at("/paths/~1api~1pharmacy~1authorizations/post/parameters");
    boolean required = false;
    for (JsonNode p : ask) {
      if (p.path("name").asText().equals("Idempotency-Key")) {
        required = p.path("required").asBoolean();
      }
    }
    assertThat(required).as("the authorization request requires its key").isTrue();
  }
}
