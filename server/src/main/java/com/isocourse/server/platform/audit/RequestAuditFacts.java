package com.isocourse.server.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The web layer's side of {@link AuditFacts}: one per request, kept with the request, created by
 * whichever part of the web layer needs it first (a filter naming a machine client, the audit
 * filter, a controller's parameter, an interop adapter). Controllers and pages declare an {@code
 * AuditFacts} parameter and get this request's facts; the FHIR, CDS Hooks and SCRIPT adapters ask
 * {@link #of} for them and pass them on.
 */
public final class RequestAuditFacts implements HandlerMethodArgumentResolver {
  private static final String ATTRIBUTE = AuditFacts.class.getName();

  /** This request's facts, created with the first call. */
  public static AuditFacts of(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof AuditFacts facts) {
      return facts;
    }
    AuditFacts facts = new AuditFacts();
    request.setAttribute(ATTRIBUTE, facts);
    return facts;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == AuditFacts.class;
  }

  @Override
  public AuditFacts resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    return of(webRequest.getNativeRequest(HttpServletRequest.class));
  }
}
