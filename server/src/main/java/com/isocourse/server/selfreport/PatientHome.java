package com.isocourse.server.selfreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.monitoring.DueNow;
import com.isocourse.core.pregnancy.PregnancyTestWindow;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.prescriber.CourseView;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.Actor;
import com.isocourse.server.ui.words.Labels;
import com.isocourse.server.ui.words.PatientWords;
import com.isocourse.server.ui.words.ReasonWords;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient's home: today's checklist (from the schedule's due items and the reasons the next
 * fill would be refused that the patient can fix), progress toward the target and the days left in
 * the current pickup window.
 */
@WebPage
class PatientHome {
  private final PatientAccess access;
  private final CourseView course;
  private final MessageSource messages;

  public PatientHome(PatientAccess access, CourseView course, MessageSource messages) {
    this.access = access;
    this.course = course;
    this.messages = messages;
  }

  /** One checklist entry: what, by when, and where to do it (a page, or a place). */
  public record Task(String what, String when, boolean overdue, String link, String where) {}

  /** The pickup window of the latest negative pregnancy test. */
  public record Window(LocalDate opened, LocalDate lastDay, long daysLeft) {}

  @GetMapping("/me")
  String home(
      @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    CourseSummary s = course.fill(p, model);
    model.addAttribute("patient", p);
    model.addAttribute("tasks", tasks(s, new Said(messages, locale)));
    boolean pcgp = "CAN_GET_PREGNANT".equals(p.riskCategory());
    model.addAttribute("pcgp", pcgp);
    model.addAttribute("window", pcgp ? window(s).orElse(null) : null);
    // What stands before the next pickup, told to the patient (second person, no codes).
    model.addAttribute("told", PatientWords.tell(s.blockers(), locale));
    model.addAttribute("onHold", !s.blockers().isEmpty());
    return "patient/home";
  }

  /** The patient's language: a message of the bundle, and whether it is Spanish. */
  record Said(MessageSource messages, Locale locale) {
    String text(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }

    String textOrNull(String key) {
      return messages.getMessage(key, null, null, locale);
    }
  }

  static List<Task> tasks(CourseSummary s, Said said) {
    LocalDate today = s.today();
    Map<String, Task> tasks = new LinkedHashMap<>();
    for (ReasonWords.Shown r : ReasonWords.show(s.blockers())) {
      if (r.actor() != Actor.PATIENT) {
        continue;
      }
      String key = action(r.code());
      tasks.putIfAbsent(
          key,
          new Task(
              PatientWords.tell(ReasonCode.valueOf(r.code()), said.locale()).sentence(),
              said.text("patient.task.beforePickup"),
              false,
              link(key),
              said.textOrNull("patient.task.where." + key)));
    }
    DueNow.alignedWith(s.due(), s.blockers().stream().map(Finding::code).toList(), today).stream()
        .forEach(
            d -> {
              String key = action(d.item());
              tasks.putIfAbsent(
                  key,
                  new Task(
                      key.equals("LABS") ? said.text("patient.task.labs") : dueName(d.item(), said),
                      when(d, today, said),
                      d.overdueOn(today),
                      link(key),
                      said.textOrNull("patient.task.where." + key)));
            });
    return new ArrayList<>(tasks.values());
  }

  /** A schedule item's name in the patient's language (the clinicians' label in English). */
  private static String dueName(String item, Said said) {
    String named = said.textOrNull("patient.due." + item);
    return named != null ? named : Labels.due(item);
  }

  private static String when(DueItem d, LocalDate today, Said said) {
    long days = ChronoUnit.DAYS.between(today, d.date());
    if (d.overdueOn(today)) {
      return said.text("patient.task.overdueSince", d.date().plusDays(7).toString());
    }
    if (days < 0) {
      return said.text("patient.task.dueSince", d.date().toString());
    }
    return days == 0
        ? said.text("patient.task.dueToday")
        : days == 1
            ? said.text("patient.task.dueTomorrow")
            : said.text("patient.task.dueBy", d.date().toString());
  }

  /** Groups reasons and schedule items that one action fixes. */
  private static String action(String code) {
    if (code.startsWith("PREGNANCY_TEST")
        || code.equals("PRETREATMENT_TESTS_INCOMPLETE")
        || code.equals("LOCKOUT_19_DAY")) {
      return "PREGNANCY_TEST";
    }
    if (code.startsWith("CONTRACEPTION")) {
      return "CONTRACEPTION";
    }
    if (code.equals(ReasonCode.COMPREHENSION_NOT_COMPLETED.name())) {
      return "COMPREHENSION";
    }
    if (code.equals("ALT") || code.equals("TRIGLYCERIDES") || code.equals("LABS_OVERDUE")) {
      return "LABS";
    }
    return code;
  }

  private static String link(String action) {
    return switch (action) {
      case "CONTRACEPTION" -> "/me/contraception";
      case "COMPREHENSION" -> "/me/comprehension";
      case "MOOD_SCREEN" -> "/me/mood";
      default -> null;
    };
  }

  /** The 7-day window opened by the latest negative pregnancy test, if it is still open. */
  static Optional<Window> window(CourseSummary s) {
    LocalDate today = s.today();
    return s.history().stream()
        .map(e -> (JsonNode) e.event())
        .filter(e -> e.path("type").asText().equals("pregnancy-test"))
        .filter(e -> e.path("result").asText().equals("negative"))
        .map(e -> LocalDate.parse(e.path("date").asText()))
        .filter(d -> !d.isAfter(today))
        .max(Comparator.naturalOrder())
        .map(
            d ->
                new Window(
                    d,
                    PregnancyTestWindow.lastDay(d),
                    ChronoUnit.DAYS.between(today, PregnancyTestWindow.lastDay(d)) + 1))
        .filter(w -> w.daysLeft() > 0);
  }
}
