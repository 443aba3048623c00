package com.isocourse.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.ui.FormTokens;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The admin pages without a browser: an admin lists, creates and deactivates users, adds and
 * switches pharmacies, certifies prescribers and sets the clinic policy; bad input names the field
 * and writes nothing; every other role is refused.
 */
class AdminPagesTest extends ApiTestSupport {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final String PASSWORD = "a-long-enough-password";

  @Autowired UserRepository users;
  @Autowired FormTokens tokens;
  @Autowired ClinicPolicyRepository policy;

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(as("admin")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private MockHttpServletRequestBuilder form(String path, String... fields) {
    MockHttpServletRequestBuilder b =
        post(path).with(as("admin")).with(csrf()).param(FormTokens.FIELD, tokens.issue());
    for (int i = 0; i < fields.length; i += 2) {
      b.param(fields[i], fields[i + 1]);
    }
    return b;
  }

  private static String unique(String prefix) {
    return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
  }

  private long userCount() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single();
  }

  @Test
  void anAdminSeesEveryStaffAccountWithRoleAndState() throws Exception {
    String html = page("/admin");
    assertThat(html)
        .contains("dr.adams")
        .contains("paula.pharmacist")
        .contains("nina.designee")
        .contains("Prescriber")
        .contains("Active")
        .contains("Create a user")
        .doesNotContain("Exception");
    mvc.perform(get("/").with(as("admin"))).andExpect(redirectedUrl("/admin"));
  }

  @Test
  void anAdminCreatesADesigneeThenDeactivatesAndReactivatesThem() throws Exception {
    String name = unique("page.designee");
    long adams = users.findByUsername("dr.adams").orElseThrow().user().id();
    String location =
        mvc.perform(
                form(
                    "/admin/users",
                    "username",
                    name,
                    "displayName",
                    "Dee Designee",
                    "role",
                    "DESIGNEE",
                    "actsForId",
                    Long.toString(adams),
                    "password",
                    PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/admin/users/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    var created = users.findByUsername(name).orElseThrow();
    assertThat(created.user())
        .isInstanceOfSatisfying(
            CurrentUser.Designee.class, d -> assertThat(d.actsFor()).isEqualTo(adams));
    assertThat(created.active()).isTrue();
    assertThat(location).isEqualTo("/admin/users/" + created.user().id());
    assertThat(page(location)).contains("Dee Designee").contains("Designee");
    assertThat(page("/admin")).contains(name);

    mvc.perform(form(location + "/active", "active", "false")).andExpect(redirectedUrl(location));
    assertThat(users.findByUsername(name).orElseThrow().active()).isFalse();
    assertThat(page(location)).contains("Deactivated");
    assertThat(
            auditSql(
                    "select (select count(*) from audit_log where detail like ?)"
                        + " + (select count(*) from audit_pending where detail like ?)")
                .params(
                    "%user " + created.user().id() + " deactivated%",
                    "%user " + created.user().id() + " deactivated%")
                .query(Long.class)
                .single())
        .isPositive();

    mvc.perform(form(location + "/active", "active", "true")).andExpect(redirectedUrl(location));
    assertThat(users.findByUsername(name).orElseThrow().active()).isTrue();
  }

  @Test
  void badInputNamesTheFieldAndCreatesNothing() throws Exception {
    long before = userCount();
    String name = unique("page.bad");
    String html =
        mvc.perform(
                form(
                    "/admin/users",
                    "username",
                    name,
                    "displayName",
                    "Bad Input",
                    "role",
                    "DESIGNEE",
                    "password",
                    "short"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("Nothing was created")
        .contains("id=\"err-password\"")
        .contains("must be 12 to 200 characters")
        .contains("id=\"err-actsForId\"");
    // the service's own checks (a weak password) are shown the same way
    html =
        mvc.perform(
                form(
                    "/admin/users",
                    "username",
                    name,
                    "displayName",
                    "Bad Input",
                    "role",
                    "ADMIN",
                    "password",
                    "aaaaaaaaaaaaaaaa"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"err-password\"").doesNotContain("Exception");
    // a taken username
    html =
        mvc.perform(
                form(
                    "/admin/users",
                    "username",
                    "dr.adams",
                    "displayName",
                    "Again",
                    "role",
                    "PRESCRIBER",
                    "password",
                    PASSWORD))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"err-username\"").contains("is taken");
    assertThat(userCount()).isEqualTo(before);
    assertThat(users.findByUsername(name)).isEmpty();
  }

  @Test
  void aRoleChangeAndAPasswordResetAreCheckedAndMade() throws Exception {
    String name = unique("page.staff");
    mvc.perform(
            form(
                "/admin/users",
                "username",
                name,
                "displayName",
                "Sol Staff",
                "role",
                "PRESCRIBER",
                "password",
                PASSWORD))
        .andExpect(status().is3xxRedirection());
    long id = users.findByUsername(name).orElseThrow().user().id();
    String path = "/admin/users/" + id;
    // a pharmacist needs a pharmacy: refused, role unchanged
    String html =
        mvc.perform(form(path + "/role", "role", "PHARMACIST"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"err-pharmacyId\"").contains("Nothing was changed");
    assertThat(users.findById(id).orElseThrow().user().role().name()).isEqualTo("PRESCRIBER");

    long pharmacy =
        jdbc.sql("select min(id) from pharmacy where active").query(Long.class).single();
    mvc.perform(form(path + "/role", "role", "PHARMACIST", "pharmacyId", Long.toString(pharmacy)))
        .andExpect(redirectedUrl(path));
    var changed = users.findById(id).orElseThrow().user();
    assertThat(changed.role().name()).isEqualTo("PHARMACIST");
    assertThat(changed)
        .isInstanceOfSatisfying(
            CurrentUser.Pharmacist.class, p -> assertThat(p.pharmacyId()).isEqualTo(pharmacy));

    String hash =
        jdbc.sql("select password_hash from app_user where id = ?")
            .param(id)
            .query(String.class)
            .single();
    mvc.perform(form(path + "/password", "password", "short")).andExpect(status().isOk());
    assertThat(
            jdbc.sql("select password_hash from app_user where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(hash);
    mvc.perform(form(path + "/password", "password", "another-long-password-9"))
        .andExpect(redirectedUrl(path));
    assertThat(
            jdbc.sql("select password_hash from app_user where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isNotEqualTo(hash);
  }

  @Test
  void certificationIsSwitchedOnAPrescribersPage() throws Exception {
    String name = unique("page.doctor");
    mvc.perform(
            form(
                "/admin/users",
                "username",
                name,
                "displayName",
                "Dr Page",
                "role",
                "PRESCRIBER",
                "password",
                PASSWORD))
        .andExpect(status().is3xxRedirection());
    long id = users.findByUsername(name).orElseThrow().user().id();
    String path = "/admin/users/" + id;
    assertThat(page(path)).contains("Not certified");
    mvc.perform(form(path + "/certification", "certified", "true")).andExpect(redirectedUrl(path));
    assertThat(certified(id)).isTrue();
    assertThat(page(path)).contains("Certified since");
    mvc.perform(form(path + "/certification", "certified", "false")).andExpect(redirectedUrl(path));
    assertThat(certified(id)).isFalse();
  }

  private boolean certified(long id) {
    return jdbc.sql("select certified from prescriber where user_id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  @Test
  void pharmaciesAreListedAddedAndSwitched() throws Exception {
    assertThat(page("/admin/pharmacies")).contains("Northside Pharmacy");
    String name = unique("Page Pharmacy");
    mvc.perform(form("/admin/pharmacies", "name", name))
        .andExpect(redirectedUrl("/admin/pharmacies"));
    long id =
        jdbc.sql("select id from pharmacy where name = ?").param(name).query(Long.class).single();
    assertThat(page("/admin/pharmacies")).contains(name);
    mvc.perform(form("/admin/pharmacies/" + id + "/active", "active", "false"))
        .andExpect(redirectedUrl("/admin/pharmacies"));
    assertThat(
            jdbc.sql("select active from pharmacy where id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isFalse();

    long before = jdbc.sql("select count(*) from pharmacy").query(Long.class).single();
    String html =
        mvc.perform(form("/admin/pharmacies", "name", "  "))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"err-name\"").contains("Nothing was added");
    assertThat(jdbc.sql("select count(*) from pharmacy").query(Long.class).single())
        .isEqualTo(before);
    mvc.perform(form("/admin/pharmacies/999999/active", "active", "false"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aBadPolicyValueIsShownByItsFieldAndNothingIsSaved() throws Exception {
    Map<String, String> before = policy.overrides();
    String html =
        mvc.perform(form("/admin/policy", "tg.stopMgDl", "lots", "weight.maxAgeDays", "30"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("Nothing was saved")
        .contains("id=\"err-tg.stopMgDl\"")
        .doesNotContain("id=\"err-weight.maxAgeDays\"")
        .contains("value=\"lots\"");
    assertThat(policy.overrides()).isEqualTo(before);
    assertThat(page("/admin/policy")).contains("tg.stopMgDl").contains("monitoring");
  }

  @Test
  void aGoodPolicyIsSavedAndCanBeSetBack() throws Exception {
    Map<String, String> before = policy.overrides();
    try {
      mvc.perform(form("/admin/policy", "weight.maxAgeDays", "45"))
          .andExpect(redirectedUrl("/admin/policy"));
      assertThat(policy.overrides()).containsEntry("weight.maxAgeDays", "45");
      assertThat(page("/admin/policy")).contains("saved override 45");
    } finally {
      var b = form("/admin/policy");
      before.forEach(b::param);
      mvc.perform(b).andExpect(redirectedUrl("/admin/policy"));
    }
    assertThat(policy.overrides()).isEqualTo(before);
  }

  @Test
  void aPreviewListsWhatASaveWouldChangeAndSavesNothing() throws Exception {
    Map<String, String> before = policy.overrides();
    String current =
        before.getOrDefault(
            "weight.maxAgeDays",
            com.isocourse.core.rulesets.PolicyOverrides.keysWithDefaults()
                .get("weight.maxAgeDays"));
    String other = current.equals("44") ? "43" : "44";
    String html =
        mvc.perform(form("/admin/policy", "weight.maxAgeDays", other, "preview", "1"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"policy-preview\"")
        .contains("Preview, not saved yet")
        .contains(current + "</span> → <strong>" + other);
    assertThat(policy.overrides()).isEqualTo(before);
  }

  @Test
  void aLockedSignInIsListedAndUnlocked() throws Exception {
    String name = unique("page.locked");
    mvc.perform(
            form(
                "/admin/users",
                "username",
                name,
                "displayName",
                "Lou Locked",
                "role",
                "PRESCRIBER",
                "password",
                PASSWORD))
        .andExpect(status().is3xxRedirection());
    long id = users.findByUsername(name).orElseThrow().user().id();
    jdbc.sql(
            "update app_user set failed_logins = 5, locked_until = now() + interval '15 minutes'"
                + " where id = ?")
        .param(id)
        .update();
    assertThat(page("/admin")).contains("Sign-in locks in force").contains("Sign-in locked");
    mvc.perform(form("/admin/users/" + id + "/unlock"))
        .andExpect(redirectedUrl("/admin/users/" + id));
    assertThat(
            jdbc.sql("select locked_until is null from app_user where id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(page("/admin/users/" + id)).doesNotContain("Sign-in locked");
  }

  @Test
  void anApiTokenIsIssuedOnceShownAndRevoked() throws Exception {
    String name = unique("page.ehr");
    mvc.perform(
            form(
                "/admin/users",
                "username",
                name,
                "displayName",
                "Ehr Robot",
                "role",
                "PRESCRIBER",
                "password",
                PASSWORD))
        .andExpect(status().is3xxRedirection());
    long id = users.findByUsername(name).orElseThrow().user().id();
    String path = "/admin/users/" + id;
    mvc.perform(form(path + "/tokens", "name", " "))
        .andExpect(redirectedUrl(path))
        .andExpect(flash().attribute("tokenError", "name: is required"));
    assertThat(tokenCount(id)).isZero();

    var issue =
        mvc.perform(form(path + "/tokens", "name", "ehr link"))
            .andExpect(redirectedUrl(path))
            .andReturn();
    String secret = (String) issue.getFlashMap().get("issuedToken");
    assertThat(secret).startsWith("ict_");
    assertThat(tokenCount(id)).isOne();
    long tokenId =
        jdbc.sql("select id from api_token where user_id = ?").param(id).query(Long.class).single();
    // the redirect's page, in the same web session, shows the secret once
    var session = issue.getResponse().getCookie("SESSION");
    assertThat(session).as("the web session that carries the flash").isNotNull();
    String html =
        mvc.perform(get(path).with(as("admin")).cookie(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains(secret).contains("shown only this once");
    assertThat(page(path)).doesNotContain(secret).contains("ehr link");

    mvc.perform(form(path + "/tokens/" + tokenId + "/revoke")).andExpect(redirectedUrl(path));
    assertThat(
            jdbc.sql("select revoked_at is not null from api_token where id = ?")
                .param(tokenId)
                .query(Boolean.class)
                .single())
        .isTrue();
    mvc.perform(form(path + "/tokens/" + tokenId + "/revoke")).andExpect(status().isNotFound());
  }

  private long tokenCount(long userId) {
    return jdbc.sql("select count(*) from api_token where user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  @Test
  void everyOtherRoleIsRefused() throws Exception {
    for (String user : List.of("dr.adams", "nina.designee", "paula.pharmacist")) {
      for (String path : List.of("/admin", "/admin/pharmacies", "/admin/policy")) {
        mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
      }
    }
    long before = userCount();
    mvc.perform(
            post("/admin/users")
                .with(as("dr.adams"))
                .with(csrf())
                .param(FormTokens.FIELD, tokens.issue())
                .param("username", unique("page.sneaky"))
                .param("displayName", "Sneaky")
                .param("role", "ADMIN")
                .param("password", PASSWORD))
        .andExpect(status().isForbidden());
    assertThat(userCount()).isEqualTo(before);
    mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
  }
}
