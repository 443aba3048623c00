package com.isocourse.server.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.Browser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Browser sign-in: a session cookie (stored in PostgreSQL by Spring Session) plus a CSRF token on
 * every write; a write without the token is refused and writes nothing; sign-in, failures and
 * sign-out are audited.
 */
class SessionSignInTest extends ApiTestSupport {

  @Test
  void aCookieSessionWriteWithoutTheCsrfTokenIsRefusedAndWithItAccepted() throws Exception {
    long patient =
        enroll("dr.adams", "Carl Csrfcheck", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    Browser browser = new Browser(mvc);
    assertThat(browser.login("dr.adams", "isocourse-demo").getStatus()).isEqualTo(200);
    assertThat(browser.session).isNotNull();
    assertThat(
            jdbc.sql("select count(*) from spring_session where session_id = ?")
                .param(
                    new String(
                        Base64.getDecoder().decode(browser.session.getValue()),
                        StandardCharsets.US_ASCII))
                .query(Long.class)
                .single())
        .as("the session lives in PostgreSQL")
        .isOne();

    String weight = "{\"type\":\"weight\",\"date\":\"%s\",\"kg\":70}".formatted(TODAY);
    long events = rows("course_event");
    MockHttpServletResponse refused =
        browser.send(json(post("/api/patients/" + patient + "/events"), weight), false);
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString()).contains("CSRF");
    assertThat(rows("course_event")).isEqualTo(events);

    MockHttpServletResponse accepted =
        browser.send(json(post("/api/patients/" + patient + "/events"), weight), true);
    assertThat(accepted.getStatus()).isEqualTo(201);
    assertThat(rows("course_event")).isEqualTo(events + 1);
  }

  @Test
  void signInFailuresAndSignOutAreAuditedAndSignOutEndsTheSession() throws Exception {
    long before = lastAuditId();
    Browser wrong = new Browser(mvc);
    assertThat(wrong.login("sam.pharmacist", "not-the-password").getStatus()).isEqualTo(401);
    assertThat(new Browser(mvc).login("nobody.here", "whatever-it-is").getStatus()).isEqualTo(401);
    Browser browser = new Browser(mvc);
    assertThat(browser.login("sam.pharmacist", "isocourse-demo").getStatus()).isEqualTo(200);
    assertThat(browser.send(get("/api/whoami"), false).getStatus()).isEqualTo(200);
    assertThat(browser.send(post("/api/logout"), true).getStatus()).isEqualTo(204);
    assertThat(browser.send(get("/api/whoami"), false).getStatus()).isEqualTo(401);

    var rows =
        auditSql(
                "select actor || ' ' || action || ' ' || outcome || ' ' || detail from audit_log"
                    + " where id > ? and action in ('LOGIN', 'LOGOUT') order by id")
            .param(before)
            .query(String.class)
            .list();
    assertThat(rows)
        .containsExactly(
            "sam.pharmacist LOGIN REFUSED wrong password",
            "(unknown user) LOGIN REFUSED no such user",
            "sam.pharmacist LOGIN OK signed in",
            "sam.pharmacist LOGOUT OK signed out");
    assertThat(String.join("\n", rows)).doesNotContain("not-the-password", "nobody.here");
  }

  @Test
  void refusedAndHiddenPatientRecordsAreAuditedWithTheirOutcome() throws Exception {
    long olivia = com.isocourse.server.support.DemoClinic.patientId(jdbc, "Olivia");
    long before = lastAuditId();
    call("paula.pharmacist", get("/api/patients/" + olivia + "/course"), null, 403);
    call("dr.baker", get("/api/patients/" + olivia + "/course"), null, 404);
    var rows =
        auditSql(
                "select actor || ' ' || action || ' ' || outcome || ' ' || detail from audit_log"
                    + " where id > ? and patient_id = ? order by id")
            .params(before, olivia)
            .query(String.class)
            .list();
    assertThat(rows)
        .containsExactly(
            "paula.pharmacist GET /api/patients/{patientId}/course REFUSED status 403; role",
            "dr.baker GET /api/patients/{patientId}/course NOT_FOUND status 404");
  }

  private long lastAuditId() {
    return auditSql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
