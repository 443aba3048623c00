package com.isocourse.server.audit;

import com.isocourse.server.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Audits requests refused by the security filters before any controller runs (a role that may not
 * call the route, a missing CSRF token), which the {@link AuditInterceptor} never sees. The row
 * names the patient when the path does ({@code /api/patients/{id}/…}); anonymous refusals are
 * recorded only when they aim at a patient, so unauthenticated noise cannot flood the trail.
 */
@Component
public class RefusalAudit {
  private static final Logger LOG = LoggerFactory.getLogger(RefusalAudit.class);
  private static final Pattern PATIENT_PATH = Pattern.compile("^/api/patients/(\\d{1,18})(/.*)?$");

  private final AuditLog audit;

  public RefusalAudit(AuditLog audit) {
    this.audit = audit;
  }

  /** Writes one REFUSED row for this request with the reason (a short code, no request data). */
  public void refused(HttpServletRequest request, int status, String reason) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    CurrentUser user = auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    Matcher m = PATIENT_PATH.matcher(request.getRequestURI());
    Long patient = m.matches() ? Long.valueOf(m.group(1)) : null;
    if (user == null && patient == null) {
      return;
    }
    String route = m.matches() ? "/api/patients/{patientId}" + nullToEmpty(m.group(2)) : "";
    String action = request.getMethod() + " " + (route.isEmpty() ? request.getRequestURI() : route);
    try {
      audit.append(
          user == null ? null : user.id(),
          user == null ? "anonymous" : user.username(),
          action,
          patient,
          "REFUSED",
          "status " + status + "; " + reason);
    } catch (DataAccessException e) {
      LOG.error("audit row could not be written: {}", e.getClass().getSimpleName());
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
