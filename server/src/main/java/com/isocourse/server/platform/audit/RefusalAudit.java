package com.isocourse.server.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.SecurityConfig;
import com.isocourse.server.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Audits every request the security filters refuse before any controller runs (issue 12): an
 * anonymous call to a protected API route or page (401 / sign-in redirect), a role that may not
 * open the route or page (403), a missing CSRF token. The row names the user when known, the
 * patient when the path does ({@code /api/patients/{id}/…}, {@code /prescriber/patients/{id}/…}),
 * and the path — never the query or the body. Fails closed: when the row cannot be written the
 * caller answers 503 instead of the refusal.
 */
@Component
public class RefusalAudit {
  private static final Logger LOG = LoggerFactory.getLogger(RefusalAudit.class);
  private static final Pattern PATIENT_PATH =
      Pattern.compile("^(/api|/prescriber)/patients/(\\d{1,18})(/.*)?$");

  /** Longest path recorded; longer ones are cut (a refused path is attacker-controlled text). */
  static final int MAX_PATH = 200;

  private final AuditLog audit;
  private final ObjectMapper json;

  public RefusalAudit(AuditLog audit, ObjectMapper json) {
    this.audit = audit;
    this.json = json;
  }

  /**
   * Writes one REFUSED row for this request with the reason (a short code, no request data).
   * Returns true when it was written; otherwise it has answered 503 itself and returns false.
   */
  public boolean refused(
      HttpServletRequest request, HttpServletResponse response, int status, String reason)
      throws IOException {
    try {
      record(request, status, reason);
      return true;
    } catch (AuditUnavailableException e) {
      LOG.error("refusal could not be audited; answering 503");
      if (!response.isCommitted()) {
        response.resetBuffer();
        ProblemResponses.write(
            response,
            json,
            ProblemResponses.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "audit-unavailable",
                "The audit trail cannot be written; nothing is shown. Retry later."));
      }
      return false;
    }
  }

  private void record(HttpServletRequest request, int status, String reason) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    CurrentUser user = auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher m = PATIENT_PATH.matcher(path);
    Long patient = m.matches() ? Long.valueOf(m.group(2)) : null;
    String route =
        m.matches() ? m.group(1) + "/patients/{patientId}" + nullToEmpty(m.group(3)) : path;
    if (route.length() > MAX_PATH) {
      route = route.substring(0, MAX_PATH) + "…";
    }
    audit.record(
        user == null ? null : user.id(),
        user == null ? "anonymous" : user.username(),
        request.getMethod() + " " + route,
        patient,
        "REFUSED",
        "status "
            + status
            + "; "
            + reason
            + (SecurityConfig.isApi(request) ? "" : "; page")
            + RequestAuditFacts.of(request).clientNote());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
