package com.isocourse.server.selfreport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.selfreport.ComprehensionQuiz;
import com.isocourse.server.alerts.Alerts;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.StoredEvent;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.selfreport.MonthlySteps.Answered;
import com.isocourse.server.ui.WebPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the patient's monthly steps came to, each on a page of its own that the step redirects to
 * (post/redirect/get): a reload shows the result again and records nothing. Only the patient's own
 * events are shown; anything else is not found.
 */
@WebPage
class MonthlyResults {
  private final PatientAccess access;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final Alerts alerts;

  public MonthlyResults(
      PatientAccess access, CaseFiles files, CourseSummaries summaries, Alerts alerts) {
    this.alerts = alerts;
    this.access = access;
    this.files = files;
    this.summaries = summaries;
  }

  /**
   * The result of an attempt: passed or not, and right after it each answer with the explanation of
   * a wrong one.
   */
  @GetMapping("/me/comprehension/{eventId}")
  String answered(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long eventId,
      Model model,
      AuditFacts touched) {
    StoredEvent e = own(access.self(user, touched), eventId, "comprehension");
    List<Answered> answered = new ArrayList<>();
    if (model.getAttribute("given") instanceof Map<?, ?> given) {
      for (ComprehensionQuiz.Question q : ComprehensionQuiz.questions()) {
        if (given.get(q.id()) instanceof String a) {
          answered.add(new Answered(q, a, q.correct().equals(a)));
        }
      }
    }
    model.addAttribute("passed", e.payload().path("passed").asBoolean());
    model.addAttribute("answered", answered);
    return "patient/comprehension-result";
  }

  /** One of the patient's own events of this type, or not found. */
  private StoredEvent own(PatientRecord p, long eventId, String type) {
    return files.load(p).events().stream()
        .filter(e -> e.id() == eventId && e.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("event"));
  }

  /** What a mood check means, in words, and whether the prescriber must review it. */
  @GetMapping("/me/mood/{eventId}")
  String screened(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long eventId,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    ObjectNode e = own(p, eventId, "mood-screen").payload();
    int total = e.path("total").asInt();
    int item9 = e.path("item9").asInt();
    var s = summaries.summarize(files.load(p));
    boolean review =
        s.blockers().stream().anyMatch(f -> f.code().name().equals("MOOD_NEEDS_REVIEW"));
    boolean positive =
        s.warnings().stream().anyMatch(f -> f.code().name().equals("MOOD_SCREEN_POSITIVE"));
    model.addAttribute("total", total);
    model.addAttribute("selfHarm", item9 > 0);
    model.addAttribute("review", review);
    model.addAttribute("positive", positive);
    model.addAttribute("alerted", alerts.alertedAbout(eventId));
    return "patient/mood-result";
  }
}
