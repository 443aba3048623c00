package com.isocourse.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.ui.FormTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An admin sets where a staff user's notifications go; a bad address is a 400 naming {@code email}
 * and changes nothing; a patient's address is not set here; nobody but an admin may set one.
 */
class StaffAddressTest extends ApiTestSupport {
  @Autowired UserRepository users;
  @Autowired FormTokens tokens;

  private RequestPostProcessor asAdmin() {
    CurrentUser u = users.findByUsername("admin").orElseThrow().user();
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            u, null, List.of(new SimpleGrantedAuthority(u.role().authority()))));
  }

  @Test
  void theUserPageShowsAndSavesTheAddressAndNamesABadOne() throws Exception {
    long id = newPrescriber("dr.address-page");
    mvc.perform(
            post("/admin/users/" + id + "/email")
                .with(asAdmin())
                .with(csrf())
                .param(FormTokens.FIELD, tokens.issue())
                .param("email", "page@clinic.example"))
        .andReturn();
    assertThat(stored(id)).isEqualTo("page@clinic.example");
    String page =
        mvc.perform(get("/admin/users/" + id).with(asAdmin()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Notification address").contains("value=\"page@clinic.example\"");

    var bad =
        mvc.perform(
                post("/admin/users/" + id + "/email")
                    .with(asAdmin())
                    .with(csrf())
                    .param(FormTokens.FIELD, tokens.issue())
                    .param("email", "nope"))
            .andReturn();
    assertThat(bad.getFlashMap().get("emailError")).isNotNull();
    assertThat(stored(id)).isEqualTo("page@clinic.example");
  }

  private long newPrescriber(String username) throws Exception {
    return call(
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
                "Dr. Address"),
            201)
        .get("id")
        .asLong();
  }

  private String stored(long id) {
    return jdbc.sql("select email from app_user where id = ?")
        .param(id)
        .query((rs, i) -> java.util.Optional.ofNullable(rs.getString(1)))
        .single()
        .orElse(null);
  }

  @Test
  void anAdminSetsChangesAndRemovesAPrescribersAddress() throws Exception {
    long id = newPrescriber("dr.address-1");
    JsonNode set =
        call(
            "admin",
            put("/api/admin/users/" + id + "/email"),
            Map.of("email", "dr@clinic.example"),
            200);
    assertThat(set.get("email").asText()).isEqualTo("dr@clinic.example");
    assertThat(stored(id)).isEqualTo("dr@clinic.example");

    Map<String, Object> none = new HashMap<>();
    none.put("email", "");
    call("admin", put("/api/admin/users/" + id + "/email"), none, 200);
    assertThat(stored(id)).isNull();
  }

  @Test
  void aBadAddressIsA400NamingTheFieldAndChangesNothing() throws Exception {
    long id = newPrescriber("dr.address-2");
    call(
        "admin",
        put("/api/admin/users/" + id + "/email"),
        Map.of("email", "dr@clinic.example"),
        200);
    JsonNode problem =
        call(
            "admin",
            put("/api/admin/users/" + id + "/email"),
            Map.of("email", "not-an-address"),
            400);
    assertThat(problem.toString()).contains("email");
    assertThat(stored(id)).isEqualTo("dr@clinic.example");
  }

  @Test
  void onlyAnAdminSetsAddressesAndNeverAPatients() throws Exception {
    long id = newPrescriber("dr.address-3");
    call(
        "dr.adams",
        put("/api/admin/users/" + id + "/email"),
        Map.of("email", "x@clinic.example"),
        403);
    long patientUser =
        jdbc.sql("select id from app_user where role = 'PATIENT' order by id limit 1")
            .query(Long.class)
            .single();
    call(
        "admin",
        put("/api/admin/users/" + patientUser + "/email"),
        Map.of("email", "x@clinic.example"),
        404);
  }
}
