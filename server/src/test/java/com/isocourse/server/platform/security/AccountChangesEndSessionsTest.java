package com.isocourse.server.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.Browser;
import com.isocourse.server.support.DemoClinic;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Deactivating a user, changing their role or resetting their password ends every web session and
 * API token of theirs at once: the next request of an open session is refused and reads no patient
 * data, on the API and on the pages alike.
 */
class AccountChangesEndSessionsTest extends ApiTestSupport {
  private static final String PASSWORD = "designee-password-42";
  private static final AtomicInteger USERS = new AtomicInteger();

  @Test
  void aDeactivatedDesigneesOpenSessionIsRefusedAtItsNextRequestAndReadsNoPatient()
      throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    Designee d = newDesignee();
    Browser browser = new Browser(mvc);
    assertThat(browser.login(d.username(), PASSWORD).getStatus()).isEqualTo(200);
    String token = issueToken(d.id());
    assertThat(browser.send(get("/api/patients/" + olivia + "/course"), false).getStatus())
        .isEqualTo(200);
    assertThat(browser.send(get("/prescriber/patients/" + olivia), false).getStatus())
        .isEqualTo(200);

    JsonNode answer =
        call("admin", put("/api/admin/users/" + d.id() + "/active"), Map.of("active", false), 200);
    assertThat(answer.get("sessionsEnded").asInt()).isEqualTo(1);
    assertThat(answer.get("tokensRevoked").asInt()).isEqualTo(1);
    assertThat(sessionsOf(d.username())).isZero();

    MockHttpServletResponse api = browser.send(get("/api/patients/" + olivia + "/course"), false);
    assertThat(api.getStatus()).isEqualTo(401);
    assertThat(api.getContentAsString()).doesNotContain("Olivia");
    MockHttpServletResponse page = browser.send(get("/prescriber/patients/" + olivia), false);
    assertThat(page.getStatus()).isEqualTo(302);
    assertThat(page.getRedirectedUrl()).contains("/login");
    assertThat(page.getContentAsString()).doesNotContain("Olivia");
    assertThat(bearer(token, "/api/whoami").getStatus()).isEqualTo(401);
    assertThat(new Browser(mvc).login(d.username(), PASSWORD).getStatus()).isEqualTo(401);
  }

  @Test
  void aRoleChangeEndsTheSessionAndTokensSoTheOldRoleIsNotKept() throws Exception {
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    Designee d = newDesignee();
    Browser browser = new Browser(mvc);
    assertThat(browser.login(d.username(), PASSWORD).getStatus()).isEqualTo(200);
    String token = issueToken(d.id());
    long pharmacy = jdbc.sql("select min(id) from pharmacy").query(Long.class).single();

    JsonNode answer =
        call(
            "admin",
            put("/api/admin/users/" + d.id() + "/role"),
            Map.of("role", "PHARMACIST", "pharmacyId", pharmacy),
            200);
    assertThat(answer.get("sessionsEnded").asInt()).isEqualTo(1);
    assertThat(answer.get("tokensRevoked").asInt()).isEqualTo(1);
    assertThat(browser.send(get("/api/patients/" + olivia + "/course"), false).getStatus())
        .isEqualTo(401);
    assertThat(bearer(token, "/api/patients/" + olivia + "/course").getStatus()).isEqualTo(401);

    Browser again = new Browser(mvc);
    assertThat(again.login(d.username(), PASSWORD).getStatus()).isEqualTo(200);
    assertThat(again.send(get("/api/whoami"), false).getContentAsString()).contains("PHARMACIST");
    assertThat(again.send(get("/api/patients/" + olivia + "/course"), false).getStatus())
        .isEqualTo(403);

    call(
        "admin",
        put("/api/admin/users/" + d.id() + "/role"),
        Map.of("role", "DESIGNEE"),
        400); // a designee names their prescriber
    long adams = userId("dr.adams");
    call("admin", put("/api/admin/users/" + adams + "/role"), Map.of("role", "ADMIN"), 400);
  }

  @Test
  void aPasswordResetEndsEverySessionAndRefusesAWeakPassword() throws Exception {
    Designee d = newDesignee();
    Browser first = new Browser(mvc);
    Browser second = new Browser(mvc);
    assertThat(first.login(d.username(), PASSWORD).getStatus()).isEqualTo(200);
    assertThat(second.login(d.username(), PASSWORD).getStatus()).isEqualTo(200);

    call(
        "admin", put("/api/admin/users/" + d.id() + "/password"), Map.of("password", "short"), 400);
    call(
        "admin",
        put("/api/admin/users/" + d.id() + "/password"),
        Map.of("password", "aaaaaaaaaaaaaaaa"),
        400);
    assertThat(first.send(get("/api/whoami"), false).getStatus()).isEqualTo(200);

    JsonNode answer =
        call(
            "admin",
            put("/api/admin/users/" + d.id() + "/password"),
            Map.of("password", "a-brand-new-secret-7"),
            200);
    assertThat(answer.get("sessionsEnded").asInt()).isEqualTo(2);
    assertThat(first.send(get("/api/whoami"), false).getStatus()).isEqualTo(401);
    assertThat(second.send(get("/api/whoami"), false).getStatus()).isEqualTo(401);
    assertThat(new Browser(mvc).login(d.username(), PASSWORD).getStatus()).isEqualTo(401);
    assertThat(new Browser(mvc).login(d.username(), "a-brand-new-secret-7").getStatus())
        .isEqualTo(200);
  }

  @Test
  void theLastActiveAdminCannotBeDeactivatedOrDemoted() throws Exception {
    long admin = userId("admin");
    long others =
        jdbc.sql("select count(*) from app_user where role = 'ADMIN' and active and id <> ?")
            .param(admin)
            .query(Long.class)
            .single();
    org.junit.jupiter.api.Assumptions.assumeTrue(others == 0, "another admin exists");
    call("admin", put("/api/admin/users/" + admin + "/active"), Map.of("active", false), 400);
    call("admin", put("/api/admin/users/" + admin + "/role"), Map.of("role", "PRESCRIBER"), 400);
    assertThat(call("admin", get("/api/whoami"), null, 200).get("role").asText())
        .isEqualTo("ADMIN");
  }

  @Test
  void anotherUsersSessionsSurviveTheChange() throws Exception {
    Designee d = newDesignee();
    Designee bystander = newDesignee();
    Browser b = new Browser(mvc);
    assertThat(b.login(bystander.username(), PASSWORD).getStatus()).isEqualTo(200);
    call("admin", put("/api/admin/users/" + d.id() + "/active"), Map.of("active", false), 200);
    assertThat(b.send(get("/api/whoami"), false).getStatus()).isEqualTo(200);
    call("admin", post("/api/admin/users/" + d.id() + "/unlock"), null, 200);
  }

  private record Designee(long id, String username) {}

  private Designee newDesignee() throws Exception {
    String name = "designee.acct." + USERS.incrementAndGet() + "." + System.nanoTime() % 100000;
    JsonNode user =
        call(
            "admin",
            post("/api/admin/users"),
            Map.of(
                "username",
                name,
                "password",
                PASSWORD,
                "role",
                "DESIGNEE",
                "displayName",
                "Acting designee",
                "actsForId",
                userId("dr.adams")),
            201);
    return new Designee(user.get("id").asLong(), name);
  }

  private String issueToken(long userId) throws Exception {
    return call("admin", post("/api/admin/users/" + userId + "/tokens"), Map.of("name", "t"), 201)
        .get("token")
        .asText();
  }

  private MockHttpServletResponse bearer(String token, String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }

  private long sessionsOf(String username) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private long userId(String username) {
    return jdbc.sql("select id from app_user where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
