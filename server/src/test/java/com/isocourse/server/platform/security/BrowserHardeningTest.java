package com.isocourse.server.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.Browser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Behind a TLS proxy: a request forwarded as HTTPS gets Secure session and XSRF-TOKEN cookies and
 * HSTS, every response says {@code Referrer-Policy: no-referrer}, and {@code
 * isocourse.secure-cookies} forces Secure cookies. A bearer call to {@code /api/csrf} is a clean
 * 400 problem.
 */
class BrowserHardeningTest extends ApiTestSupport {

  @Test
  void aRequestForwardedAsHttpsGetsSecureCookiesAndHsts() throws Exception {
    MockHttpServletResponse csrf =
        mvc.perform(get("/api/csrf").header("X-Forwarded-Proto", "https"))
            .andReturn()
            .getResponse();
    assertThat(csrf.getStatus()).isEqualTo(200);
    assertThat(csrf.getCookie("XSRF-TOKEN").getSecure()).isTrue();
    assertThat(csrf.getHeader("Strict-Transport-Security")).contains("max-age=");
    assertThat(csrf.getHeader("Referrer-Policy")).isEqualTo("no-referrer");

    MockHttpServletResponse login =
        mvc.perform(
                post("/api/login")
                    .header("X-Forwarded-Proto", "https")
                    .cookie(csrf.getCookie("XSRF-TOKEN"))
                    .header("X-XSRF-TOKEN", csrf.getCookie("XSRF-TOKEN").getValue())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"sam.pharmacist\",\"password\":\"isocourse-demo\"}"))
            .andReturn()
            .getResponse();
    assertThat(login.getStatus()).isEqualTo(200);
    assertThat(login.getCookie("SESSION").getSecure()).isTrue();
    assertThat(login.getHeader("Strict-Transport-Security")).contains("max-age=");

    MockHttpServletResponse page =
        mvc.perform(get("/login").header("X-Forwarded-Proto", "https")).andReturn().getResponse();
    assertThat(page.getHeader("Strict-Transport-Security")).contains("max-age=");
    assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void aPlainHttpRequestGetsNoHstsNorSecureCookiesButStillNoReferrer() throws Exception {
    Browser browser = new Browser(mvc);
    MockHttpServletResponse login = browser.login("sam.pharmacist", "isocourse-demo");
    assertThat(login.getStatus()).isEqualTo(200);
    assertThat(login.getCookie("SESSION").getSecure()).isFalse();
    assertThat(browser.xsrf.getSecure()).isFalse();
    assertThat(login.getHeader("Strict-Transport-Security")).isNull();
    assertThat(login.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    for (String path : new String[] {"/login", "/", "/no/such/page", "/api/whoami", "/api/x"}) {
      MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(r.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
    }
    MockHttpServletResponse bearer =
        mvc.perform(get("/api/whoami").header("Authorization", "Bearer " + tokenOf("admin")))
            .andReturn()
            .getResponse();
    assertThat(bearer.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void aBearerCallForACsrfTokenIsToldItNeedsNoneNotA500() throws Exception {
    MockHttpServletResponse r =
        mvc.perform(get("/api/csrf").header("Authorization", "Bearer " + tokenOf("admin")))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentType()).isEqualTo("application/problem+json");
    assertThat(r.getContentAsString()).contains("csrf-not-needed", "bearer token");
    assertThat(r.getCookie("XSRF-TOKEN")).isNull();
  }

  @Test
  void secureCookiesCanBeForcedForPlainHttpRequests() {
    MockHttpServletRequest plain = new MockHttpServletRequest();
    MockHttpServletResponse response = new MockHttpServletResponse();
    DefaultCookieSerializer serializer = new DefaultCookieSerializer();
    new SecurityConfig().secureSessionCookie(true).customize(serializer);
    serializer.writeCookieValue(new CookieSerializer.CookieValue(plain, response, "abc"));
    assertThat(response.getHeader("Set-Cookie")).contains("Secure");

    MockHttpServletResponse csrfResponse = new MockHttpServletResponse();
    SecurityConfig.csrfCookies(true)
        .saveToken(
            new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", UUID.randomUUID().toString()),
            plain,
            csrfResponse);
    assertThat(csrfResponse.getCookie("XSRF-TOKEN").getSecure()).isTrue();

    MockHttpServletResponse notForced = new MockHttpServletResponse();
    SecurityConfig.csrfCookies(false)
        .saveToken(
            new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", UUID.randomUUID().toString()),
            plain,
            notForced);
    assertThat(notForced.getCookie("XSRF-TOKEN").getSecure()).isFalse();
  }
}
