package com.isocourse.server.platform.audit;

import com.isocourse.server.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit row of a change in the transaction that makes it. While the {@link AuditFilter}
 * has a signed-in user's request in hand, every read-write transaction that commits appends one row
 * (who, the route, the patient touched so far) just before its commit; the filter then leaves out
 * its after-the-fact row for that request unless the answer is a refusal or names another patient.
 */
@Component
class ChangeAudit {
  private final AuditLog audit;

  public ChangeAudit(AuditLog audit) {
    this.audit = audit;
  }

  /** Appends the current request's change row to the current transaction, if it has one. */
  void recordInCurrentTransaction() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return;
    }
    HttpServletRequest request = attrs.getRequest();
    CurrentUser user = AuditFilter.handlingFor(request);
    if (user == null) {
      return;
    }
    AuditFacts facts = RequestAuditFacts.of(request);
    Long patient = facts.patient();
    audit.record(
        user.id(),
        user.username(),
        AuditFilter.action(request),
        patient,
        "OK",
        "committed with the change" + facts.detailNote());
    AuditFilter.markRecorded(request, patient);
  }
}
