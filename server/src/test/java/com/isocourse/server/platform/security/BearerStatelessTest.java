package com.isocourse.server.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.isocourse.server.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bearer-token calls run through a stateless chain: whatever their outcome (answered, refused by
 * role, wrong token, a write without any CSRF token) they set no cookie, neither a CSRF token nor a
 * session, and still carry the security headers and problem bodies of the API. A browser's call
 * still gets its CSRF cookie.
 */
class BearerStatelessTest extends ApiTestSupport {

  @Test
  void bearerCallsSetNoCookieWhateverTheirOutcome() throws Exception {
    String pharmacist = "Bearer " + tokenOf("paula.pharmacist");

    MockHttpServletResponse whoami = send(get("/api/whoami").header("Authorization", pharmacist));
    assertThat(whoami.getStatus()).isEqualTo(200);
    assertThat(whoami.getContentAsString()).contains("paula.pharmacist");
    assertNoCookie(whoami);

    // A write with no CSRF token at all: the bearer chain needs none, the body is what fails.
    MockHttpServletResponse write =
        send(
            post("/api/pharmacy/authorizations")
                .header("Authorization", pharmacist)
                .header("Idempotency-Key", "bearer-stateless-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
    assertThat(write.getStatus()).isEqualTo(400);
    assertNoCookie(write);

    MockHttpServletResponse role =
        send(get("/api/admin/users").header("Authorization", pharmacist));
    assertThat(role.getStatus()).isEqualTo(403);
    assertThat(role.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(role.getContentAsString()).contains("Your role may not do this.");
    assertNoCookie(role);

    MockHttpServletResponse wrong =
        send(get("/api/whoami").header("Authorization", "Bearer ict_not-a-token"));
    assertThat(wrong.getStatus()).isEqualTo(401);
    assertThat(wrong.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(wrong.getContentAsString()).contains("The bearer token is not valid.");
    assertNoCookie(wrong);
  }

  @Test
  void aCallWithoutBearerTokenStillGetsItsCsrfCookie() throws Exception {
    MockHttpServletResponse anonymous = send(get("/api/whoami"));
    assertThat(anonymous.getStatus()).isEqualTo(401);
    assertThat(anonymous.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(anonymous.getCookie("XSRF-TOKEN")).isNotNull();
    assertThat(anonymous.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static void assertNoCookie(MockHttpServletResponse r) {
    assertThat(r.getHeaders("Set-Cookie")).isEmpty();
    assertThat(r.getCookies()).isEmpty();
    assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
