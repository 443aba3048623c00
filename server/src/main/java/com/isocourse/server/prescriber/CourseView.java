package com.isocourse.server.prescriber;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.monitoring.DueNow;
import com.isocourse.core.reasons.Finding;
import com.isocourse.server.authorization.ChecklistRows;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.UserAccount;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.ui.words.Labels;
import com.isocourse.server.ui.words.ReasonWords;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a course on a page: the summary the API returns, its findings in words, the charts and the
 * history, for the prescriber's patient page and the patient's own home.
 */
@Component
public class CourseView {
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final CourseCharts charts;
  private final UserRepository users;

  public CourseView(
      CaseFiles files, CourseSummaries summaries, CourseCharts charts, UserRepository users) {
    this.users = users;
    this.files = files;
    this.summaries = summaries;
    this.charts = charts;
  }

  /**
   * One history line.
   *
   * @param by who recorded it: "Dr. Ada Adams", or "Nina for Dr. Ada Adams" when a designee acted
   */
  public record HistoryRow(
      int seq, String date, String type, String words, String recordedAt, String by) {}

  static final Map<String, String> READINESS =
      Map.of(
          "AUTHORIZED", "The pharmacy would be authorized to fill today",
          "READY_WHEN_PRESCRIBED", "Nothing blocks a fill: write the prescription",
          "DENIED", "The pharmacy would be refused today",
          "INDETERMINATE", "The pharmacy would get no answer today: facts are missing");

  public CourseSummary fill(PatientRecord patient, Model model) {
    CaseFile file = files.load(patient);
    CourseSummary s = summaries.summarize(file);
    model.addAttribute("s", s);
    // A patient reads the charts in their language, clinicians in English (ADR 0018).
    model.addAttribute("charts", charts.draw(file, s, LocaleContextHolder.getLocale()));
    model.addAttribute("readinessWords", READINESS.getOrDefault(s.readiness(), s.readiness()));
    model.addAttribute("blockers", ReasonWords.show(s.blockers()));
    model.addAttribute("warnings", ReasonWords.show(s.warnings()));
    model.addAttribute("missing", ReasonWords.show(s.missing()));
    // What is due, read beside the decision: a test the decision asks for is due today.
    model.addAttribute(
        "due",
        DueNow.alignedWith(s.due(), s.blockers().stream().map(Finding::code).toList(), s.today()));
    model.addAttribute("checklist", ChecklistRows.of(s.requirements()));
    Map<Long, String> names = new HashMap<>();
    model.addAttribute(
        "history",
        s.history().stream()
            .map(e -> row(e, names.computeIfAbsent(e.recordedBy(), this::actor)))
            // by clinical date, newest first; within a date, the order of recording
            .sorted(
                Comparator.comparing(HistoryRow::date).thenComparingInt(HistoryRow::seq).reversed())
            .toList());
    return s;
  }

  /** Who acted, in words: a designee's acts are shown as hers, for her prescriber. */
  private String actor(long userId) {
    return users
        .findById(userId)
        .map(UserAccount::user)
        .map(
            u ->
                switch (u) {
                  case CurrentUser.Designee d ->
                      d.displayName()
                          + " for "
                          + users
                              .findById(d.actsFor())
                              .map(p -> p.user().displayName())
                              .orElse("the prescriber");
                  case CurrentUser.Admin a -> a.displayName();
                  case CurrentUser.Prescriber p -> p.displayName();
                  case CurrentUser.Pharmacist p -> p.displayName();
                  case CurrentUser.PatientUser p -> p.displayName();
                })
        .orElse("unknown user");
  }

  private static HistoryRow row(CourseSummary.EventView e, String by) {
    JsonNode payload = (JsonNode) e.event();
    return new HistoryRow(
        e.seq(),
        payload.path("date").asText(),
        e.type(),
        Labels.event(payload),
        e.recordedAt().length() >= 16 ? e.recordedAt().substring(0, 16).replace('T', ' ') : "",
        by);
  }

  /** Codes in the current blockers that a prescriber review clears. */
  public static List<ReasonWords.Shown> reviewable(CourseSummary s) {
    return ReasonWords.show(s.blockers()).stream().filter(ReasonWords.Shown::review).toList();
  }
}
