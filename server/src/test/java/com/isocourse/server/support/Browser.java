package com.isocourse.server.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A browser's cookie jar (session and CSRF cookies) signing in through the API. */
public final class Browser {
  private final MockMvc mvc;
  public Cookie session;
  public Cookie xsrf;

  public Browser(MockMvc mvc) {
    this.mvc = mvc;
  }

  /** Reads a CSRF token, then signs in; answers the sign-in response. */
  public MockHttpServletResponse login(String username, String password) throws Exception {
    send(get("/api/csrf"), false);
    return send(
        post("/api/login")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)),
        true);
  }

  /** Sends the request with the jar's cookies (and the CSRF header when asked). */
  public MockHttpServletResponse send(MockHttpServletRequestBuilder request, boolean withCsrf)
      throws Exception {
    if (session != null) {
      request.cookie(session);
    }
    if (xsrf != null) {
      request.cookie(xsrf);
      if (withCsrf) {
        request.header("X-XSRF-TOKEN", xsrf.getValue());
      }
    }
    MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
    if (r.getCookie("SESSION") != null) {
      session = r.getCookie("SESSION").getMaxAge() == 0 ? null : r.getCookie("SESSION");
    }
    if (r.getCookie("XSRF-TOKEN") != null) {
      xsrf = r.getCookie("XSRF-TOKEN");
    }
    return r;
  }
}
