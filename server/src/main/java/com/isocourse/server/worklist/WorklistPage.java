package com.isocourse.server.worklist;

import com.isocourse.core.escalation.SeverityTier;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.monitoring.DueNow;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.Labels;
import com.isocourse.server.ui.words.ReasonWords;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The prescriber's worklist: their patients, most severe first (safety stop, lab stop, blocked,
 * overdue, due today, due this week, on track), each row naming its trigger in words exactly as the
 * worklist API does.
 */
@WebPage
class WorklistPage {
  private final Worklist worklist;
  private final Clock clock;

  public WorklistPage(Worklist worklist, Clock clock) {
    this.worklist = worklist;
    this.clock = clock;
  }

  /**
   * One row of the worklist as shown.
   *
   * @param trigger what put the patient in the tier, in words (the API's trigger)
   * @param also the reasons the next fill is blocked in sentences, beside the stops the trigger
   *     names
   */
  public record Row(
      long patientId,
      String programId,
      String name,
      String tier,
      String tierLabel,
      String trigger,
      List<String> also,
      String nextDue) {}

  /** One filter chip: a tier, its label and how many patients are in it. */
  public record Chip(String tier, String label, long count) {}

  @GetMapping("/prescriber")
  String worklist(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false, defaultValue = "") String q,
      @RequestParam(required = false, defaultValue = "ALL") String show,
      Model model,
      AuditFacts touched) {
    LocalDate today = LocalDate.now(clock);
    List<Worklist.Entry> all =
        worklist.forPrescriber(user.prescriberScope().orElseThrow(), touched);
    String needle = q.trim().toLowerCase(Locale.ROOT);
    List<Row> rows =
        all.stream()
            .filter(e -> show.equals("ALL") || e.tier().equals(show))
            .filter(
                e ->
                    needle.isEmpty()
                        || e.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || e.programId().toLowerCase(Locale.ROOT).contains(needle))
            .map(e -> row(e, today))
            .toList();
    Map<String, Long> counts = new LinkedHashMap<>();
    Arrays.stream(SeverityTier.values()).forEach(t -> counts.put(t.name(), 0L));
    all.forEach(e -> counts.merge(e.tier(), 1L, Long::sum));
    model.addAttribute("rows", rows);
    model.addAttribute("q", q);
    model.addAttribute("show", show);
    model.addAttribute("total", all.size());
    model.addAttribute(
        "chips",
        Arrays.stream(SeverityTier.values())
            .map(t -> new Chip(t.name(), t.label(), counts.get(t.name())))
            .toList());
    return "prescriber/worklist";
  }

  private static Row row(Worklist.Entry e, LocalDate today) {
    SeverityTier tier = SeverityTier.valueOf(e.tier());
    // the blocking reasons in sentences; the stops themselves are named by the trigger
    List<String> also =
        e.blockers().stream()
            .map(ReasonCode::fromName)
            .flatMap(java.util.Optional::stream)
            .filter(c -> !SeverityTier.of(c).alertsThePrescriber())
            .map(c -> ReasonWords.of(c).sentence())
            .distinct()
            .toList();
    String next =
        DueNow.alignedWith(
                e.due(),
                e.blockers().stream()
                    .map(ReasonCode::fromName)
                    .flatMap(java.util.Optional::stream)
                    .toList(),
                today)
            .stream()
            .min(java.util.Comparator.comparing(DueItem::date))
            .map(d -> Labels.due(d.item()) + ", " + when(d, today))
            .orElse("Nothing scheduled");
    return new Row(
        e.patientId(),
        e.programId(),
        e.displayName(),
        e.tier(),
        tier.label(),
        e.trigger(),
        also,
        next);
  }

  static String when(DueItem d, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, d.date());
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "tomorrow";
    }
    if (days > 0) {
      return "in " + days + " days (" + d.date() + ")";
    }
    return (-days) + " days ago (" + d.date() + ")";
  }
}
