package com.isocourse.server.audit;

import com.isocourse.server.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the audit row of a change in the transaction that makes it. While the {@link
 * AuditInterceptor} has a signed-in user's changing request (not GET, HEAD or OPTIONS) in hand,
 * every read-write transaction that commits appends one row, under the chain's head lock, just
 * before its commit; the interceptor then leaves out its after-the-fact row for that request.
 */
@Component
public class ChangeAudit {
  static final String HANDLING = ChangeAudit.class.getName() + ".handling";
  static final String RECORDED = ChangeAudit.class.getName() + ".recorded";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuditLog audit;

  public ChangeAudit(AuditLog audit) {
    this.audit = audit;
  }

  /** Marks the request as one whose commits carry their audit row (called by the interceptor). */
  static void begin(HttpServletRequest request) {
    if (!READS.contains(request.getMethod())) {
      request.setAttribute(HANDLING, Boolean.TRUE);
    }
  }

  /** Ends the marking: transactions after the handler (the web session's) are not changes. */
  static void end(HttpServletRequest request) {
    request.removeAttribute(HANDLING);
  }

  /** Whether a change of this request was committed with its audit row. */
  static boolean recorded(HttpServletRequest request) {
    return request.getAttribute(RECORDED) != null;
  }

  /** Appends the current request's change row to the current transaction, if it has one. */
  void recordInCurrentTransaction() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return;
    }
    HttpServletRequest request = attrs.getRequest();
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (request.getAttribute(HANDLING) == null
        || auth == null
        || !(auth.getPrincipal() instanceof CurrentUser user)) {
      return;
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String action = request.getMethod() + " " + (pattern != null ? pattern : "(unmatched)");
    try {
      audit.appendInCurrentTransaction(
          user.id(),
          user.username(),
          action,
          PatientTouched.patientOf(request),
          "OK",
          "committed with the change" + PatientTouched.detailOf(request));
    } catch (RuntimeException e) {
      throw new AuditUnavailableException(e);
    }
    request.setAttribute(RECORDED, List.of(action));
  }
}
