package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditTrail;
import com.isocourse.server.platform.audit.AuditVerifier;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for admins over the JSON API (issue 14 item 2): the same search and chain check
 * as the audit viewer page ({@code /admin/audit}), with the same limits. Reading the trail is
 * itself audited.
 */
@RestController
@RequestMapping("/api/admin/audit")
class AuditAdminController {
  private final AuditQuery query;
  private final AuditTrail trail;

  public AuditAdminController(AuditQuery query, AuditTrail trail) {
    this.query = query;
    this.trail = trail;
  }

  /** Rows newest first; {@code nextBefore} asks for the next (older) page. */
  public record PageView(List<AuditTrail.Row> rows, Long nextBefore) {}

  /** The chain check: rows checked, legacy unkeyed rows, and the first broken row with why. */
  public record VerdictView(
      boolean intact, long rowsChecked, long unkeyedRows, Long firstBrokenId, String reason) {}

  @GetMapping
  PageView search(
      @RequestParam(defaultValue = "") String user,
      @RequestParam(defaultValue = "") String patient,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String before,
      @RequestParam(defaultValue = "") String limit) {
    AuditTrail.Page page =
        trail.search(
            query.read(new AuditQuery.Typed(user, patient, kind, from, to, before, limit)));
    return new PageView(page.rows(), page.nextBeforeId().orElse(null));
  }

  @PostMapping("/verify")
  VerdictView verify() {
    AuditVerifier.Verdict v = trail.verify();
    return new VerdictView(
        v.intact(), v.rowsChecked(), v.unkeyedRows(), v.firstBrokenId().orElse(null), v.reason());
  }
}
