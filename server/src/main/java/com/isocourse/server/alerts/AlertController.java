package com.isocourse.server.alerts;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The prescriber's alerts over JSON (prescribers and designees only): the open alerts (or, with
 * {@code state=all}, the acknowledged ones too) and acknowledging one.
 */
@RestController
@RequestMapping("/api/alerts")
class AlertController {
  private final Alerts alerts;

  public AlertController(Alerts alerts) {
    this.alerts = alerts;
  }

  @GetMapping
  List<Alert> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "open") String state,
      AuditFacts touched) {
    if (!state.equals("open") && !state.equals("all")) {
      throw com.isocourse.server.platform.refusal.InvalidInputException.of(
          "state", "must be open or all");
    }
    return alerts.inbox(user, state.equals("open"), touched);
  }

  @PostMapping("/{alertId}/acknowledge")
  Alert acknowledge(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long alertId, AuditFacts touched) {
    return alerts.acknowledge(user, alertId, touched);
  }
}
