package com.isocourse.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;

/**
 * Sends a signed-out browser to the sign-in page, also when the request was made by htmx (the live
 * plan preview, the visit form's fragments). A redirect answered to htmx is followed inside the
 * request and the sign-in page would be swapped into the panel; htmx is told instead, with {@code
 * HX-Redirect}, to load the sign-in page as the whole page (issue 14 §5).
 */
final class HtmxAwareSignIn implements InvalidSessionStrategy {
  private final String url;
  private final SimpleRedirectInvalidSessionStrategy redirect;

  HtmxAwareSignIn(String url) {
    this.url = url;
    this.redirect = new SimpleRedirectInvalidSessionStrategy(url);
  }

  /** The request came from htmx rather than a page load. */
  static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"));
  }

  /** Answers an htmx request with 401 and where to go; true when it did. */
  static boolean toldHtmx(HttpServletRequest request, HttpServletResponse response, String url) {
    if (!isHtmx(request)) {
      return false;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("HX-Redirect", request.getContextPath() + url);
    return true;
  }

  @Override
  public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!toldHtmx(request, response, url)) {
      redirect.onInvalidSessionDetected(request, response);
    }
  }
}
