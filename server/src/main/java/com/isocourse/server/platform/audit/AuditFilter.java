package com.isocourse.server.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.SecurityConfig;
import com.isocourse.server.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Audits every request of a signed-in user, failing closed (issue 12, docs/adr/0010). Placed in the
 * security chains right after the access decision, so it sees exactly the requests that were let
 * through (refusals are audited by {@link RefusalAudit}). While the handler runs, a change's row is
 * written inside the change's own transaction ({@link ChangeAudit}); after the handler the filter
 * writes the row of a read, of a refusal by the use case (4xx) and of anything not yet recorded.
 * The answer is held back until its row is written: if the row cannot be written, the reader gets a
 * complete 503 instead of the data, never data without a trail.
 */
public final class AuditFilter extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
  private static final String HANDLING = AuditFilter.class.getName() + ".handling";
  private static final String RECORDED = AuditFilter.class.getName() + ".recorded";
  private static final String NO_PATIENT = "";

  /** Sign-in plumbing: audited by LoginService, whichever door it comes through. */
  private static final Set<String> UNAUDITED = Set.of("/api/csrf", "/api/login", "/api/logout");

  /** The pages that show or change clinical, account or audit data. */
  private static final List<String> AUDITED_PAGES =
      List.of("/prescriber", "/pharmacy", "/me", "/admin");

  private final AuditLog audit;
  private final ObjectMapper json;

  public AuditFilter(AuditLog audit, ObjectMapper json) {
    this.audit = audit;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (SecurityConfig.isApi(request)) {
      return UNAUDITED.contains(path);
    }
    return AUDITED_PAGES.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user)) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    AuditFacts facts = RequestAuditFacts.of(request);
    request.setAttribute(HANDLING, user);
    try {
      chain.doFilter(request, held);
    } finally {
      request.removeAttribute(HANDLING);
    }
    try {
      recordAfter(request, held.getStatus(), user, facts);
    } catch (AuditUnavailableException e) {
      LOG.error("audit row could not be written; the answer is withheld");
      if (!held.isCommitted()) {
        held.resetBuffer();
        unavailable(request, held);
      }
    }
    held.copyBodyToResponse();
  }

  private void recordAfter(
      HttpServletRequest request, int status, CurrentUser user, AuditFacts facts) {
    Long patient = facts.patient();
    Object recorded = request.getAttribute(RECORDED);
    if (recorded != null && status < 400 && recorded.equals(key(patient))) {
      return; // the change's row was committed with it and names the same patient
    }
    String outcome = status < 400 ? "OK" : status == 404 ? "NOT_FOUND" : "REFUSED";
    audit.record(
        user.id(),
        user.username(),
        action(request),
        patient,
        outcome,
        "status " + status + facts.detailNote());
  }

  private void unavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var problem =
        ProblemResponses.problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "audit-unavailable",
            "The audit trail cannot be written, so nothing is shown and nothing was changed."
                + " Retry later.");
    if (SecurityConfig.isFhir(request)) {
      // the FHIR adapter's errors are OperationOutcomes (docs/adr/0013)
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setContentType("application/fhir+json;charset=UTF-8");
      response
          .getOutputStream()
          .write(
              json.writeValueAsBytes(
                  java.util.Map.of(
                      "resourceType",
                      "OperationOutcome",
                      "issue",
                      List.of(
                          java.util.Map.of(
                              "severity",
                              "error",
                              "code",
                              "transient",
                              "diagnostics",
                              problem.getDetail())))));
      return;
    }
    if (SecurityConfig.isApi(request)) {
      ProblemResponses.write(response, json, problem);
      return;
    }
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setContentType("text/html;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Service"
                    + " unavailable</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head>"
                    + "<body><main><h1>The service is briefly unavailable</h1><p>The audit trail"
                    + " cannot be written, so nothing is shown and nothing was changed. Please try"
                    + " again in a minute.</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
  }

  /** The signed-in user whose request is being handled, or null outside one. */
  static CurrentUser handlingFor(HttpServletRequest request) {
    return request.getAttribute(HANDLING) instanceof CurrentUser u ? u : null;
  }

  /** Notes that a change of this request was committed with its row naming that patient. */
  static void markRecorded(HttpServletRequest request, Long patient) {
    request.setAttribute(RECORDED, key(patient));
  }

  private static String key(Long patient) {
    return patient == null ? NO_PATIENT : Objects.toString(patient);
  }

  /** The route, never the query or body: method and path pattern. */
  static String action(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return request.getMethod() + " " + (pattern != null ? pattern : "(unmatched)");
  }
}
