package com.isocourse.server.fhir;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.audit.RequestAuditFacts;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.security.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user of a FHIR request (the {@code /fhir} chain let only such requests in) and the
 * request's audit facts. HAPI's plain server is no Spring MVC handler, so the adapter takes both
 * from the request it is serving and hands them to the use cases (ADR 0021).
 */
record FhirCaller(CurrentUser user, AuditFacts facts) {

  static FhirCaller current() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
      return new FhirCaller(user, factsOfThisRequest());
    }
    throw new ForbiddenException("sign in with a bearer token");
  }

  private static AuditFacts factsOfThisRequest() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return RequestAuditFacts.of(request.getRequest());
    }
    throw new IllegalStateException("a FHIR call is served outside a web request");
  }
}
