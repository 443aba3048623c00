package com.isocourse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.DemoClinic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint group × every role, plus another prescriber's patient: role denials are 403, a
 * record outside the relationship is 404, and anonymous callers get 401 (403 for writes: a write
 * without a session or bearer token fails the CSRF check first). Read-only or invalid bodies are
 * used so the matrix writes nothing.
 */
class AccessMatrixTest extends ApiTestSupport {
  @Autowired DemoSeeder seeder;
  @Autowired ApiTokenService tokens;

  private static final List<String> ROLES =
      List.of("anonymous", "admin", "dr.adams", "nina.designee", "paula.pharmacist", "patient");

  @Test
  void everyCellOfTheAccessMatrixHolds() throws Exception {
    seeder.seedIfEmpty();
    long own = DemoClinic.patientId(jdbc, "Olivia");
    long other = DemoClinic.patientId(jdbc, "Elena");
    String patientUser = DemoClinic.username(jdbc, own);
    var prog =
        jdbc.sql("select program_id, birth_date from patient where id = ?")
            .param(own)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .single();

    Map<String, java.util.function.Supplier<MockHttpServletRequestBuilder>> endpoints =
        new LinkedHashMap<>();
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    //                                   anon admin presc desig pharm patient
    endpoints.put("worklist", () -> get("/api/patients"));
    expected.put("worklist", List.of(401, 403, 200, 200, 403, 403));
    endpoints.put("own summary", () -> get("/api/patients/" + own + "/course"));
    expected.put("own summary", List.of(401, 403, 200, 200, 403, 403));
    endpoints.put("other prescriber's patient", () -> get("/api/patients/" + other + "/course"));
    expected.put("other prescriber's patient", List.of(401, 403, 404, 404, 403, 403));
    endpoints.put(
        "record event (invalid)", () -> json(post("/api/patients/" + own + "/events"), "{}"));
    expected.put("record event (invalid)", List.of(403, 403, 400, 400, 403, 403));
    endpoints.put(
        "record event on other's patient",
        () -> json(post("/api/patients/" + other + "/events"), "{}"));
    expected.put("record event on other's patient", List.of(403, 403, 404, 404, 403, 403));
    endpoints.put("alerts", () -> get("/api/alerts"));
    expected.put("alerts", List.of(401, 403, 200, 200, 403, 403));
    endpoints.put(
        "acknowledge an alert that is not theirs", () -> post("/api/alerts/999999999/acknowledge"));
    expected.put("acknowledge an alert that is not theirs", List.of(403, 403, 404, 404, 403, 403));
    endpoints.put("my course", () -> get("/api/me/course"));
    expected.put("my course", List.of(401, 403, 403, 403, 403, 200));
    endpoints.put("comprehension questions", () -> get("/api/me/comprehension"));
    expected.put("comprehension questions", List.of(401, 403, 403, 403, 403, 200));
    endpoints.put(
        "pharmacy lookup",
        () ->
            json(
                post("/api/pharmacy/patients/lookup"),
                "{\"programId\":\"" + prog[0] + "\",\"birthDate\":\"" + prog[1] + "\"}"));
    expected.put("pharmacy lookup", List.of(403, 403, 403, 403, 200, 403));
    endpoints.put(
        "pharmacy lookup, wrong birth date",
        () ->
            json(
                post("/api/pharmacy/patients/lookup"),
                "{\"programId\":\"" + prog[0] + "\",\"birthDate\":\"1970-01-01\"}"));
    expected.put("pharmacy lookup, wrong birth date", List.of(403, 403, 403, 403, 404, 403));
    endpoints.put(
        "authorization of another pharmacy", () -> get("/api/pharmacy/authorizations/999999"));
    expected.put("authorization of another pharmacy", List.of(401, 403, 403, 403, 404, 403));
    endpoints.put("users", () -> get("/api/admin/users"));
    expected.put("users", List.of(401, 200, 403, 403, 403, 403));
    endpoints.put("policy", () -> get("/api/admin/policy"));
    expected.put("policy", List.of(401, 200, 403, 403, 403, 403));
    endpoints.put("what-if (invalid scenario)", () -> json(post("/api/evaluate"), "{}"));
    expected.put("what-if (invalid scenario)", List.of(403, 400, 400, 400, 400, 403));
    endpoints.put("CDS Hooks discovery", () -> get("/cds-services"));
    expected.put("CDS Hooks discovery", List.of(200, 200, 200, 200, 200, 200));
    endpoints.put(
        "CDS Hooks call (invalid)", () -> json(post("/cds-services/isocourse-order-sign"), "{}"));
    expected.put("CDS Hooks call (invalid)", List.of(403, 403, 400, 403, 403, 403));
    endpoints.put(
        "SCRIPT REMSRequest (invalid)",
        () -> post("/script/rems").contentType(MediaType.APPLICATION_XML).content("<Message/>"));
    expected.put("SCRIPT REMSRequest (invalid)", List.of(403, 403, 403, 403, 400, 403));

    List<String> wrong = new ArrayList<>();
    for (var e : endpoints.entrySet()) {
      for (int i = 0; i < ROLES.size(); i++) {
        String role = ROLES.get(i);
        MockHttpServletRequestBuilder req = e.getValue().get();
        if (!role.equals("anonymous")) {
          String user = role.equals("patient") ? patientUser : role;
          req.header("Authorization", "Bearer " + DemoClinic.token(user, seeder, tokens, jdbc));
        }
        int status = mvc.perform(req).andReturn().getResponse().getStatus();
        int want = expected.get(e.getKey()).get(i);
        if (status != want) {
          wrong.add(e.getKey() + " as " + role + ": " + status + " (want " + want + ")");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
