package com.isocourse.server.audit;

import com.isocourse.server.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes one audit row for every authenticated API call once its outcome is known: the user, the
 * route (method and path pattern, never the query or body), the patient whose data was touched (set
 * by the use case through {@link PatientTouched}) and the HTTP status.
 */
@Component
public class AuditInterceptor implements HandlerInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(AuditInterceptor.class);

  private final AuditLog audit;

  public AuditInterceptor(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user)) {
      return;
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String action = request.getMethod() + " " + (pattern != null ? pattern : "(unmatched)");
    int status = response.getStatus();
    String outcome = status < 400 ? "OK" : status == 404 ? "NOT_FOUND" : "REFUSED";
    try {
      audit.append(
          user.id(),
          user.username(),
          action,
          PatientTouched.patientOf(request),
          outcome,
          "status " + status + PatientTouched.detailOf(request));
    } catch (DataAccessException e) {
      LOG.error("audit row could not be written: {}", e.getClass().getSimpleName());
    }
  }
}
