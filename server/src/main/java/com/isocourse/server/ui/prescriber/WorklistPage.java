package com.isocourse.server.ui.prescriber;

import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.patients.Worklist;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.ui.words.Labels;
import com.isocourse.server.ui.words.ReasonWords;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The prescriber's worklist: their patients, most urgent first, with the reason in words. */
@Controller
public class WorklistPage {
  private final Worklist worklist;
  private final Clock clock;

  public WorklistPage(Worklist worklist, Clock clock) {
    this.worklist = worklist;
    this.clock = clock;
  }

  /** One row of the worklist as shown. */
  public record Row(
      long patientId,
      String programId,
      String name,
      String urgency,
      String urgencyLabel,
      List<String> reasons,
      String nextDue) {}

  static final Map<String, String> URGENCY =
      Map.of(
          "BLOCKED", "Fill blocked",
          "OVERDUE", "Overdue",
          "DUE_THIS_WEEK", "Due this week",
          "ON_TRACK", "On track");

  @GetMapping("/prescriber")
  String worklist(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false, defaultValue = "") String q,
      @RequestParam(required = false, defaultValue = "ALL") String show,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    List<Worklist.Entry> all = worklist.forPrescriber(user.prescriberScope().orElseThrow());
    String needle = q.trim().toLowerCase(Locale.ROOT);
    List<Row> rows =
        all.stream()
            .filter(e -> show.equals("ALL") || e.urgency().equals(show))
            .filter(
                e ->
                    needle.isEmpty()
                        || e.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || e.programId().toLowerCase(Locale.ROOT).contains(needle))
            .map(e -> row(e, today))
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("q", q);
    model.addAttribute("show", show);
    model.addAttribute("total", all.size());
    model.addAttribute(
        "counts",
        Map.of(
            "BLOCKED", count(all, "BLOCKED"),
            "OVERDUE", count(all, "OVERDUE"),
            "DUE_THIS_WEEK", count(all, "DUE_THIS_WEEK"),
            "ON_TRACK", count(all, "ON_TRACK")));
    return "prescriber/worklist";
  }

  private static long count(List<Worklist.Entry> all, String urgency) {
    return all.stream().filter(e -> e.urgency().equals(urgency)).count();
  }

  private static Row row(Worklist.Entry e, LocalDate today) {
    List<String> reasons = new ArrayList<>();
    e.blockers()
        .forEach(
            code ->
                ReasonCode.fromName(code)
                    .map(ReasonWords::of)
                    .ifPresent(w -> reasons.add(w.sentence())));
    e.due().stream()
        .filter(d -> d.overdueOn(today))
        .forEach(d -> reasons.add(Labels.due(d.item()) + " overdue since " + d.date().plusDays(7)));
    if (reasons.isEmpty()) {
      e.due().stream()
          .filter(d -> !d.date().isAfter(today.plusDays(7)))
          .forEach(d -> reasons.add(Labels.due(d.item()) + " due " + when(d, today)));
    }
    String next =
        e.due().stream()
            .min(java.util.Comparator.comparing(DueItem::date))
            .map(d -> Labels.due(d.item()) + ", " + when(d, today))
            .orElse("Nothing scheduled");
    return new Row(
        e.patientId(),
        e.programId(),
        e.displayName(),
        e.urgency(),
        URGENCY.getOrDefault(e.urgency(), e.urgency()),
        reasons.stream().distinct().toList(),
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
