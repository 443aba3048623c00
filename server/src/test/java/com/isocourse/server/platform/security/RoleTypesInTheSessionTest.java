package com.isocourse.server.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.Browser;
import com.isocourse.server.support.DemoClinic;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;

/**
 * A signed-in person is stored in the web session (PostgreSQL, Spring Session JDBC) as their role's
 * type and read back as that type on the next request (ADR 0021); the JSON API shows the same flat
 * shape as before; a session stored before role types is read as nobody (sign in again), never as a
 * role and never as a failed request.
 */
class RoleTypesInTheSessionTest extends ApiTestSupport {
  private static final String PASSWORD = "isocourse-demo";

  @Autowired
  @Qualifier("springSessionConversionService")
  private ConversionService sessionAttributes;

  @Autowired private ObjectMapper json;

  @Test
  void eachRoleIsStoredInTheSessionAsItsOwnTypeWithItsRelationship() throws Exception {
    long adams = userId("dr.adams");
    long olivia = DemoClinic.patientId(jdbc, "Olivia");
    String patient = DemoClinic.username(jdbc, olivia);

    assertThat(stored(signedIn("admin"))).isInstanceOf(CurrentUser.Admin.class);
    assertThat(stored(signedIn("dr.adams"))).isInstanceOf(CurrentUser.Prescriber.class);
    assertThat(stored(signedIn("nina.designee")))
        .isInstanceOfSatisfying(
            CurrentUser.Designee.class, d -> assertThat(d.actsFor()).isEqualTo(adams));
    long northside =
        jdbc.sql("select pharmacy_id from app_user where username = 'paula.pharmacist'")
            .query(Long.class)
            .single();
    assertThat(stored(signedIn("paula.pharmacist")))
        .isInstanceOfSatisfying(
            CurrentUser.Pharmacist.class, p -> assertThat(p.pharmacyId()).isEqualTo(northside));
    assertThat(stored(signedIn(patient)))
        .isInstanceOfSatisfying(
            CurrentUser.PatientUser.class, p -> assertThat(p.patientId()).isEqualTo(olivia));
  }

  @Test
  void whoamiShowsTheSameFlatShapeAsBeforeWithOnlyTheRolesOwnRelationship() throws Exception {
    Browser nina = signedIn("nina.designee");
    JsonNode me = json.readTree(nina.send(get("/api/whoami"), false).getContentAsString());
    assertThat(me.get("role").asText()).isEqualTo("DESIGNEE");
    assertThat(me.get("actsForId").asLong()).isEqualTo(userId("dr.adams"));
    assertThat(me.has("pharmacyId")).as("relationships a role has not are left out").isFalse();
    assertThat(me.has("patientId")).isFalse();
    assertThat(me.get("displayName").asText()).isEqualTo("Nina Novak");
  }

  @Test
  void aSessionStoredBeforeRoleTypesIsReadAsNobodyAndAskedToSignIn() throws Exception {
    Browser nina = signedIn("nina.designee");
    assertThat(nina.send(get("/api/whoami"), false).getStatus()).isEqualTo(200);
    byte[] before;
    try (InputStream in =
        getClass().getResourceAsStream("/sessions/designee-before-role-types.b64")) {
      before = Base64.getMimeDecoder().decode(in.readAllBytes());
    }
    assertThat(
            jdbc.sql(
                    "update spring_session_attributes set attribute_bytes = ? where"
                        + " attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id ="
                        + " (select primary_id from spring_session where session_id = ?)")
                .params(before, sessionId(nina))
                .update())
        .isOne();

    MockHttpServletResponse after = nina.send(get("/api/whoami"), false);
    assertThat(after.getStatus()).isEqualTo(401);
  }

  private Browser signedIn(String username) throws Exception {
    Browser browser = new Browser(mvc);
    assertThat(browser.login(username, PASSWORD).getStatus()).isEqualTo(200);
    return browser;
  }

  /** The person in the browser's stored session, read as the next request would read it. */
  private Object stored(Browser browser) {
    byte[] bytes =
        jdbc.sql(
                "select attribute_bytes from spring_session_attributes where attribute_name ="
                    + " 'SPRING_SECURITY_CONTEXT' and session_primary_id = (select primary_id from"
                    + " spring_session where session_id = ?)")
            .param(sessionId(browser))
            .query(byte[].class)
            .single();
    SecurityContext context = (SecurityContext) sessionAttributes.convert(bytes, Object.class);
    return context.getAuthentication().getPrincipal();
  }

  private static String sessionId(Browser browser) {
    return new String(
        Base64.getDecoder().decode(browser.session.getValue()), StandardCharsets.US_ASCII);
  }

  private long userId(String username) {
    return jdbc.sql("select id from app_user where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
