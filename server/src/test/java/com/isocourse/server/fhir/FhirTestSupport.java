package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.db.TestDatabase;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.support.DemoClinic;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the FHIR tests: the server on a real port (HAPI's servlet sits beside Spring's
 * dispatcher, which MockMvc alone would reach), the API tests' database with the demo clinic, and
 * the clinical date pinned to 2026-12-01. Requests go over HTTP with the demo users' bearer tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
abstract class FhirTestSupport {
  static final String TODAY = "2026-12-01";
  static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DemoSeeder seeder;
  @Autowired ApiTokenService tokens;
  @Autowired AuditLog auditLog;

  /** A query of the audit trail once every row already written is chained (ADR 0022). */
  JdbcClient.StatementSpec auditSql(String sql) {
    auditLog.awaitPendingChained();
    return jdbc.sql(sql);
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestDatabase.url("api_tests"));
    registry.add("spring.datasource.username", TestDatabase::user);
    registry.add("spring.datasource.password", TestDatabase::password);
    registry.add("isocourse.today", () -> TODAY);
  }

  @BeforeEach
  void seedTheDemoClinic() {
    seeder.seedIfEmpty();
  }

  /** An answer: its status and body. */
  record Answer(int status, String body, String location) {
    /** The logical id of the Location header (a create's answer). */
    String id() {
      String path = location.replaceAll("/_history/.*$", "");
      return path.substring(path.lastIndexOf('/') + 1);
    }

    <T extends IBaseResource> T as(Class<T> type) {
      return FHIR.newJsonParser().parseResource(type, body);
    }

    /** The resources of a searchset bundle. */
    List<Resource> entries() {
      return as(Bundle.class).getEntry().stream()
          .map(Bundle.BundleEntryComponent::getResource)
          .toList();
    }
  }

  String tokenOf(String username) {
    return DemoClinic.token(username, seeder, tokens, jdbc);
  }

  Answer get(String user, String path) throws Exception {
    return send(user, "GET", path, null, "application/fhir+json");
  }

  Answer post(String user, String path, IBaseResource body) throws Exception {
    return send(
        user,
        "POST",
        path,
        FHIR.newJsonParser().encodeResourceToString(body),
        "application/fhir+json");
  }

  Answer send(String user, String method, String path, String body, String type) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/fhir+json");
    if (user != null) {
      r.header("Authorization", "Bearer " + (user.startsWith("ict_") ? user : tokenOf(user)));
    }
    r.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      r.header("Content-Type", type);
    }
    HttpResponse<String> res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        res.statusCode(), res.body(), res.headers().firstValue("Location").orElse(null));
  }

  /** Asserts the status, and that a refusal is an OperationOutcome. */
  static Answer expect(Answer a, int status) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    if (status >= 400) {
      assertThat(a.body()).contains("\"resourceType\":\"OperationOutcome\"");
    }
    return a;
  }

  long patientId(String namePrefix) {
    return DemoClinic.patientId(jdbc, namePrefix);
  }

  String programId(long patientId) {
    return jdbc.sql("select program_id from patient where id = ?")
        .param(patientId)
        .query(String.class)
        .single();
  }

  String birthDate(long patientId) {
    return jdbc.sql("select birth_date::text from patient where id = ?")
        .param(patientId)
        .query(String.class)
        .single();
  }

  JsonNode api(String method, String path, String body, int status) throws Exception {
    Answer a = send("dr.adams", method, path, body, "application/json");
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    return a.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(a.body());
  }

  /** A new patient who cannot get pregnant, prescribed and counseled: AUTHORIZED today. */
  long newAuthorizedPatient() throws Exception {
    long id =
        api(
                "POST",
                "/api/patients",
                """
                {"displayName":"Fhir Roundtrip","birthDate":"2000-05-05","jurisdiction":"US",
                 "riskCategory":"CANNOT_GET_PREGNANT","enrolledOn":"%s","confirmDuplicate":true}
                """
                    .formatted(TODAY),
                201)
            .at("/patient/id")
            .asLong();
    expect(
        post(
            "dr.adams",
            "/fhir/Observation",
            ObservationRoundTripTest.lab(id, FhirCodes.WEIGHT, 80, "kg", TODAY)),
        201);
    expect(
        post(
            "dr.adams",
            "/fhir/Observation",
            ObservationRoundTripTest.lab(id, "1742-6", 20, "U/L", TODAY)),
        201);
    api(
        "PUT",
        "/api/patients/" + id + "/course/plan",
        "{\"formulation\":\"conventional\",\"mgPerKgPerDay\":0.5}",
        200);
    api("POST", "/api/patients/" + id + "/prescriptions", "{}", 201);
    api(
        "POST",
        "/api/patients/" + id + "/events",
        "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(TODAY),
        201);
    return id;
  }
}
