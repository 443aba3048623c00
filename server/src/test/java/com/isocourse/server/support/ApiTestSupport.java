package com.isocourse.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.db.TestDatabase;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.UserRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the API tests: one Spring context and one embedded PostgreSQL database shared by every
 * test class that extends it, with the clinical date pinned to 2026-12-01. Metrics are exported as
 * in production (Spring's tests turn the Prometheus scrape off otherwise).
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
public abstract class ApiTestSupport {
  public static final String TODAY = "2026-12-01";

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;
  @Autowired private UserRepository userAccounts;
  @Autowired private DemoSeeder demoSeeder;
  @Autowired private ApiTokenService apiTokens;
  @Autowired private ObjectMapper objectMapper;
  @Autowired private AuditLog auditLog;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestDatabase.url("api_tests"));
    registry.add("spring.datasource.username", TestDatabase::user);
    registry.add("spring.datasource.password", TestDatabase::password);
    registry.add("isocourse.today", () -> TODAY);
  }

  /** Every test starts with the demo clinic in the database (seeded by the first one). */
  @BeforeEach
  void seedTheDemoClinic() {
    demoSeeder.seedIfEmpty();
  }

  /**
   * A query of the audit trail: first chains every row already written (an answer leaves once its
   * row is durable in {@code audit_pending}, before the chain has it; ADR 0022), as the audit
   * viewer does.
   */
  protected JdbcClient.StatementSpec auditSql(String sql) {
    auditLog.awaitPendingChained();
    return jdbc.sql(sql);
  }

  /** Signs a MockMvc request in as that user (a web session's authentication, no password). */
  protected RequestPostProcessor as(String username) {
    CurrentUser u = userAccounts.findByUsername(username).orElseThrow().user();
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            u, null, List.of(new SimpleGrantedAuthority(u.role().authority()))));
  }

  /** A bearer token of that user (demo users and users created by tests alike). */
  protected String tokenOf(String username) {
    return DemoClinic.token(username, demoSeeder, apiTokens, jdbc);
  }

  /**
   * Sends the request as that user (bearer token; {@code null} for anonymous) with an optional JSON
   * body, asserts the status and returns the response body as JSON (an empty object when none).
   */
  protected JsonNode call(
      String username, MockHttpServletRequestBuilder request, Object body, int expectedStatus)
      throws Exception {
    if (username != null) {
      request.header("Authorization", "Bearer " + tokenOf(username));
    }
    if (body != null) {
      request
          .contentType(MediaType.APPLICATION_JSON)
          .content(body instanceof String s ? s : objectMapper.writeValueAsString(body));
    }
    MvcResult r = mvc.perform(request).andReturn();
    String text = r.getResponse().getContentAsString();
    assertThat(r.getResponse().getStatus()).as(text).isEqualTo(expectedStatus);
    return text.isBlank() ? objectMapper.createObjectNode() : objectMapper.readTree(text);
  }

  /**
   * Enrolls a US patient (born 2000-05-05) with the prescriber; returns the enrollment answer. The
   * tests share one database and many enroll the same fixture patient before each test, so the
   * enrollment confirms that a patient of the same name and birth date is another person.
   */
  protected JsonNode enroll(String prescriber, String name, String riskCategory) throws Exception {
    return call(
        prescriber,
        post("/api/patients"),
        Map.of(
            "displayName",
            name,
            "birthDate",
            "2000-05-05",
            "jurisdiction",
            "US",
            "riskCategory",
            riskCategory,
            "enrolledOn",
            TODAY,
            "confirmDuplicate",
            true),
        201);
  }

  /** Records one fact (contract event shape) as the prescriber; returns the event id. */
  protected long record(String prescriber, long patientId, String eventJson) throws Exception {
    return call(prescriber, post("/api/patients/" + patientId + "/events"), eventJson, 201)
        .get("eventId")
        .asLong();
  }

  /** A patient with an unfilled prescription, as the pharmacy identifies them. */
  protected record Prescribed(long patientId, String programId, String prescriptionId) {}

  /**
   * Enrolls a patient who cannot get pregnant with the prescriber, with weight, triglycerides, ALT,
   * a plan and a prescription written today: everything a fill needs but the counseling.
   */
  protected Prescribed prescribedButNotCounseled(String prescriber, String name) throws Exception {
    JsonNode enrolled = enroll(prescriber, name, "CANNOT_GET_PREGNANT");
    long id = enrolled.at("/patient/id").asLong();
    record(prescriber, id, "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":80}".formatted(TODAY));
    record(
        prescriber,
        id,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"2571-8\",\"value\":110,\"unit\":\"mg/dL\"}"
            .formatted(TODAY));
    record(
        prescriber,
        id,
        "{\"type\":\"lab\",\"date\":\"%s\",\"loinc\":\"1742-6\",\"value\":20,\"unit\":\"U/L\"}"
            .formatted(TODAY));
    call(
        prescriber,
        put("/api/patients/" + id + "/course/plan"),
        Map.of("formulation", "conventional", "mgPerKgPerDay", 0.5),
        200);
    String rx =
        call(prescriber, post("/api/patients/" + id + "/prescriptions"), Map.of(), 201)
            .get("prescriptionId")
            .asText();
    return new Prescribed(id, enrolled.at("/patient/programId").asText(), rx);
  }

  /** Records the counseling that {@link #prescribedButNotCounseled} leaves out. */
  protected void counsel(String prescriber, long patientId) throws Exception {
    record(prescriber, patientId, "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(TODAY));
  }

  /**
   * A new prescriber created by the admin through the API and certified, for tests that need one of
   * their own (a worklist of their own patients); returns the prescriber's user id.
   */
  protected long certifiedPrescriber(String username, String displayName) throws Exception {
    long id =
        call(
                "admin",
                post("/api/admin/users"),
                Map.of(
                    "username",
                    username,
                    "password",
                    "a-long-enough-password",
                    "role",
                    "PRESCRIBER",
                    "displayName",
                    displayName),
                201)
            .get("id")
            .asLong();
    call(
        "admin",
        put("/api/admin/prescribers/" + id + "/certification"),
        Map.of("certified", true),
        200);
    return id;
  }

  /** Sets the language a patient reads their pages, messages and API texts in (ADR 0018). */
  protected void prefers(long patientId, String language) {
    jdbc.sql("update patient set preferred_language = ? where id = ?")
        .params(language, patientId)
        .update();
  }

  /** The patient's course row as JSON text: compared before and after to show nothing changed. */
  protected String courseRow(long patientId) {
    return jdbc.sql("select row_to_json(c)::text from course c where patient_id = ?")
        .param(patientId)
        .query(String.class)
        .single();
  }

  /** The number of rows of a table. */
  protected long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** The row count of each table, to show that a refused request stored nothing. */
  protected Map<String, Long> rowsOf(List<String> tables) {
    return tables.stream().collect(java.util.stream.Collectors.toMap(t -> t, this::rows));
  }

  /** The fields a 400 problem names, in its order. */
  protected static List<String> problemFields(JsonNode problem) {
    return java.util.stream.StreamSupport.stream(problem.get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())
        .toList();
  }

  /** Asks for a dispense authorization as a pharmacist (bearer token) with a given key. */
  protected JsonNode askAuthorization(
      String pharmacist, String key, Prescribed p, int expectedStatus) throws Exception {
    return call(
        pharmacist,
        post("/api/pharmacy/authorizations").header("Idempotency-Key", key),
        "{\"programId\":\"%s\",\"birthDate\":\"2000-05-05\",\"prescriptionId\":\"%s\"}"
            .formatted(p.programId(), p.prescriptionId()),
        expectedStatus);
  }
}
