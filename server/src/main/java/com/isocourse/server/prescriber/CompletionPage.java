package com.isocourse.server.prescriber;

import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.plausibility.CompletionLimits;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.Prescribing;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Ends a course (the prescriber's decision): the last dose date, checked by core, and what ending
 * it does — the open prescriptions are cancelled (no fill after the course) and the post-course
 * pregnancy tests stay due (rules.md §5). The same use case as {@code POST
 * /api/patients/{id}/course/complete}.
 */
@WebPage
class CompletionPage {
  private final PatientAccess access;
  private final CaseFiles files;
  private final PrescriptionRepository prescriptions;
  private final Prescribing prescribing;
  private final FormTokens forms;
  private final Clock clock;

  CompletionPage(
      PatientAccess access,
      CaseFiles files,
      PrescriptionRepository prescriptions,
      Prescribing prescribing,
      FormTokens forms,
      Clock clock) {
    this.access = access;
    this.files = files;
    this.prescriptions = prescriptions;
    this.prescribing = prescribing;
    this.forms = forms;
    this.clock = clock;
  }

  @GetMapping("/prescriber/patients/{patientId}/complete")
  String form(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    return show(p, LocalDate.now(clock).toString(), Map.of(), model);
  }

  @PostMapping("/prescriber/patients/{patientId}/complete")
  String complete(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam(defaultValue = "") String lastDoseDate,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    Map<String, String> errors = new HashMap<>();
    LocalDate lastDose = Forms.date(CompletionLimits.FIELD, lastDoseDate, errors);
    if (!errors.isEmpty()) {
      return show(p, lastDoseDate, errors, model);
    }
    try {
      return forms.submit(
          user,
          request,
          () -> {
            List<String> cancelled = prescribing.complete(user, p, lastDose);
            redirect.addFlashAttribute(
                "notice",
                "Course completed (last dose "
                    + lastDose
                    + ")."
                    + (cancelled.isEmpty()
                        ? ""
                        : " Cancelled open prescriptions: " + String.join(", ", cancelled) + "."));
            return "/prescriber/patients/" + patientId;
          });
    } catch (InvalidInputException e) {
      return show(p, lastDoseDate, Forms.errors(e), model);
    } catch (ConflictException e) {
      return show(p, lastDoseDate, Map.of(CompletionLimits.FIELD, e.getMessage()), model);
    }
  }

  private String show(PatientRecord p, String lastDoseDate, Map<String, String> errors, Model m) {
    CaseFile file = files.load(p);
    m.addAttribute("patient", p);
    m.addAttribute("active", file.course().status() == CourseStatus.ACTIVE);
    m.addAttribute("firstDose", file.course().firstDoseDate());
    m.addAttribute(
        "open",
        prescriptions.forCourse(file.course().id()).stream()
            .filter(r -> r.status().equals("ACTIVE") && !r.dispensed())
            .map(PrescriptionRepository.PrescriptionRow::id)
            .toList());
    m.addAttribute("canGetPregnant", !"CANNOT_GET_PREGNANT".equals(p.riskCategory()));
    m.addAttribute("lastDoseDate", lastDoseDate);
    m.addAttribute("today", LocalDate.now(clock));
    m.addAttribute("errors", errors);
    return "prescriber/complete";
  }
}
