package com.isocourse.server.fhir;

import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.security.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of a FHIR request (the {@code /fhir} chain let only such requests in). */
final class FhirCaller {
  private FhirCaller() {}

  static CurrentUser current() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
      return user;
    }
    throw new ForbiddenException("sign in with a bearer token");
  }
}
