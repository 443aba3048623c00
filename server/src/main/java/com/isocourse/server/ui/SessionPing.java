package com.isocourse.server.ui;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Stay signed in" (js/session.js): a signed-in request that does nothing but count as activity, so
 * the web session's idle clock starts again. Signed out it is refused like any page.
 */
@Controller
class SessionPing {
  @GetMapping("/session/ping")
  ResponseEntity<Void> ping() {
    return ResponseEntity.noContent().build();
  }
}
