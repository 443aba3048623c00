package com.isocourse.server.alerts;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.WebPage;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alerts inbox of a prescriber (or their designee): every safety or lab stop raised for their
 * patients, most severe and newest first, each naming the patient, the trigger and when, linking to
 * the patient's page, with an Acknowledge button; then the recently acknowledged ones, with who
 * acknowledged them and when.
 */
@WebPage
class AlertsPage {
  /** How many acknowledged alerts the inbox shows under the open ones. */
  static final int RECENT = 20;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final Alerts alerts;
  private final Clock clock;

  public AlertsPage(Alerts alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  /** One alert as shown. */
  public record Item(Alert alert, String tierLabel, String raised, String acknowledged) {}

  @GetMapping("/prescriber/alerts")
  String inbox(@AuthenticationPrincipal CurrentUser user, Model model, AuditFacts touched) {
    List<Alert> all = alerts.inbox(user, false, touched);
    model.addAttribute("open", all.stream().filter(Alert::open).map(this::item).toList());
    model.addAttribute(
        "acknowledged", all.stream().filter(a -> !a.open()).limit(RECENT).map(this::item).toList());
    return "prescriber/alerts";
  }

  /**
   * Acknowledges the alert, then returns to the inbox, or to the patient's page when the button was
   * pressed there ({@code back=patient}).
   */
  @PostMapping("/prescriber/alerts/{alertId}/acknowledge")
  String acknowledge(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long alertId,
      @RequestParam(defaultValue = "") String back,
      RedirectAttributes redirect,
      AuditFacts touched) {
    Alert a = alerts.acknowledge(user, alertId, touched);
    redirect.addFlashAttribute(
        "notice", "Alert acknowledged: " + a.trigger() + " (" + a.patientName() + ").");
    return back.equals("patient")
        ? "redirect:/prescriber/patients/" + a.patientId()
        : "redirect:/prescriber/alerts";
  }

  Item item(Alert a) {
    String raised =
        WHEN.format(a.raisedAt().atZone(clock.getZone()))
            + (a.reports() > 1
                ? " · reported " + a.reports() + " times, last " + when(a.lastReportedAt())
                : "");
    String acknowledged =
        a.open() ? null : "Acknowledged by " + a.acknowledgedBy() + " " + when(a.acknowledgedAt());
    return new Item(
        a, a.tier().equals("SAFETY_STOP") ? "Safety stop" : "Lab stop", raised, acknowledged);
  }

  private String when(Instant i) {
    return WHEN.format(i.atZone(clock.getZone()));
  }
}
