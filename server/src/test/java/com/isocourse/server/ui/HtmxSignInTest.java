package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.DemoClinic;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 14 §5: an htmx request (the live plan preview, the worklist filter) made signed out or with
 * an expired session sends the whole browser to sign in; it never gets the sign-in page to swap
 * into a panel. A page load still gets the ordinary redirect.
 */
class HtmxSignInTest extends ApiTestSupport {
  private MockHttpServletResponse preview(boolean htmx, Cookie session) throws Exception {
    long jack = DemoClinic.patientId(jdbc, "Jack");
    var request = get("/prescriber/patients/" + jack + "/plan/preview");
    if (htmx) {
      request.header("HX-Request", "true");
    }
    if (session != null) {
      request.cookie(session);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  @Test
  void signedOutHtmxRequestIsToldToLoadTheSignInPage() throws Exception {
    MockHttpServletResponse r = preview(true, null);
    assertThat(r.getStatus()).isEqualTo(401);
    assertThat(r.getHeader("HX-Redirect")).isEqualTo("/login");
    assertThat(r.getRedirectedUrl()).isNull();
    assertThat(r.getContentAsString()).doesNotContain("<form");
  }

  @Test
  void anExpiredSessionOnAnHtmxRequestSaysExpired() throws Exception {
    MockHttpServletResponse r = preview(true, new Cookie("SESSION", "bm90LWEtc2Vzc2lvbg"));
    assertThat(r.getStatus()).isEqualTo(401);
    assertThat(r.getHeader("HX-Redirect")).isEqualTo("/login?expired");
  }

  @Test
  void aPageLoadSignedOutIsStillRedirected() throws Exception {
    MockHttpServletResponse r = preview(false, null);
    assertThat(r.getStatus()).isEqualTo(302);
    assertThat(r.getRedirectedUrl()).endsWith("/login");
    assertThat(r.getHeader("HX-Redirect")).isNull();
  }
}
