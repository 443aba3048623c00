package com.isocourse.server.prescriber;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviews a hard stop (rules.md §3.2): the prescriber ticks the codes the review clears and writes
 * a note; the review is a history event, and later facts trigger the stop again.
 */
@WebPage
class ReviewPage {
  private final PatientAccess access;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final CourseRecorder recorder;
  private final ObjectMapper json;
  private final Clock clock;
  private final FormTokens forms;

  public ReviewPage(
      PatientAccess access,
      CaseFiles files,
      CourseSummaries summaries,
      CourseRecorder recorder,
      ObjectMapper json,
      Clock clock,
      FormTokens forms) {
    this.forms = forms;
    this.access = access;
    this.files = files;
    this.summaries = summaries;
    this.recorder = recorder;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/prescriber/patients/{patientId}/review")
  String form(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      Model model,
      AuditFacts touched) {
    return show(access.caredFor(user, patientId, touched), Map.of(), model);
  }

  @PostMapping("/prescriber/patients/{patientId}/review")
  String review(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam(required = false) List<String> clears,
      @RequestParam(defaultValue = "") String note,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    List<String> codes =
        clears == null
            ? List.of()
            : clears.stream()
                .filter(c -> ReasonCode.fromName(c).filter(ReasonCode::clearedByReview).isPresent())
                .toList();
    if (codes.isEmpty()) {
      return show(p, Map.of("clears", "tick at least one hard stop this review clears"), model);
    }
    if (note.isBlank()) {
      return show(p, Map.of("note", "write what you reviewed and decided"), model);
    }
    ObjectNode e = json.createObjectNode().put("type", "review");
    e.put("date", LocalDate.now(clock).toString());
    codes.forEach(e.putArray("clears")::add);
    e.put("note", note.trim());
    try {
      return forms.submit(
          user,
          request,
          () -> {
            recorder.record(user, p, e, CourseRecorder.CLINICAL_TYPES, touched);
            redirect.addFlashAttribute("notice", "Review recorded.");
            return "/prescriber/patients/" + patientId;
          });
    } catch (InvalidInputException ex) {
      return show(p, Forms.errors(ex), model);
    }
  }

  private String show(PatientRecord p, Map<String, String> errors, Model model) {
    var s = summaries.summarize(files.load(p));
    model.addAttribute("patient", p);
    model.addAttribute("reviewable", CourseView.reviewable(s));
    model.addAttribute("errors", errors);
    return "prescriber/review";
  }
}
