package com.isocourse.server.prescriber;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.courses.Prescribing;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plans the course: capsule type, mg/kg/day, target and weight, with a live regimen preview. */
@WebPage
class PlanPage {
  private final PatientAccess access;
  private final CaseFiles files;
  private final PlanPreview previews;
  private final Prescribing prescribing;
  private final CourseRecorder recorder;
  private final ObjectMapper json;
  private final Clock clock;
  private final FormTokens forms;

  public PlanPage(
      PatientAccess access,
      CaseFiles files,
      PlanPreview previews,
      Prescribing prescribing,
      CourseRecorder recorder,
      ObjectMapper json,
      Clock clock,
      FormTokens forms) {
    this.forms = forms;
    this.access = access;
    this.files = files;
    this.previews = previews;
    this.prescribing = prescribing;
    this.recorder = recorder;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/prescriber/patients/{patientId}/plan")
  String form(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    CaseFile file = files.load(p);
    var course = file.course();
    String formulation = course.formulation() != null ? course.formulation() : "conventional";
    Double dose = course.plannedMgPerKgPerDay() != null ? course.plannedMgPerKgPerDay() : 0.5;
    Double target =
        course.targetMgPerKg() != null ? course.targetMgPerKg() : previews.defaultTarget(file);
    Double weight = previews.latestWeight(file).orElse(null);
    model.addAttribute("patient", p);
    model.addAttribute("formulation", formulation);
    model.addAttribute("mgPerKgPerDay", dose);
    model.addAttribute("targetMgPerKg", target);
    model.addAttribute("weightKg", weight);
    model.addAttribute("preview", previews.preview(file, formulation, dose, target, weight));
    model.addAttribute("errors", Map.of());
    return "prescriber/plan";
  }

  /** The live preview fragment (htmx), recomputed on every keystroke; nothing is stored. */
  @GetMapping("/prescriber/patients/{patientId}/plan/preview")
  String preview(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam(defaultValue = "") String formulation,
      @RequestParam(defaultValue = "") String mgPerKgPerDay,
      @RequestParam(defaultValue = "") String targetMgPerKg,
      @RequestParam(defaultValue = "") String weightKg,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    Map<String, String> errors = new LinkedHashMap<>();
    Double dose = Forms.optionalNumber("mgPerKgPerDay", mgPerKgPerDay, errors);
    Double target = Forms.optionalNumber("targetMgPerKg", targetMgPerKg, errors);
    Double weight = Forms.optionalNumber("weightKg", weightKg, errors);
    model.addAttribute(
        "preview",
        errors.isEmpty()
            ? previews.preview(files.load(p), formulation, dose, target, weight)
            : new PlanPreview.Preview(null, "Numbers only, please.", 0, 0));
    return "prescriber/plan :: preview";
  }

  @PostMapping("/prescriber/patients/{patientId}/plan")
  String plan(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam(defaultValue = "") String formulation,
      @RequestParam(defaultValue = "") String mgPerKgPerDay,
      @RequestParam(defaultValue = "") String targetMgPerKg,
      @RequestParam(defaultValue = "") String weightKg,
      @RequestParam(defaultValue = "false") boolean thenPrescribe,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    Map<String, String> errors = new LinkedHashMap<>();
    Double dose = Forms.optionalNumber("mgPerKgPerDay", mgPerKgPerDay, errors);
    Double target = Forms.optionalNumber("targetMgPerKg", targetMgPerKg, errors);
    Double weight = Forms.optionalNumber("weightKg", weightKg, errors);
    if (dose == null && !errors.containsKey("mgPerKgPerDay")) {
      errors.put("mgPerKgPerDay", "is required");
    } else if (dose != null && (dose < 0.1 || dose > 2.0)) {
      errors.put("mgPerKgPerDay", "must be between 0.1 and 2.0 mg/kg/day");
    }
    if (target != null && (target < 1 || target > 220)) {
      errors.put("targetMgPerKg", "must be between 1 and 220 mg/kg");
    }
    if (errors.isEmpty()) {
      try {
        // The new weight and the plan are one write: both or neither.
        return forms.submit(
            user,
            request,
            () -> {
              recordNewWeight(user, p, weight, touched);
              var plan = prescribing.plan(p, formulation, dose, target, weight);
              redirect.addFlashAttribute(
                  "notice",
                  "Course planned: "
                      + plan.regimen().mgPerDay()
                      + " mg a day, target reached on "
                      + plan.projectedEndDate()
                      + ".");
              // Issue 14: planning is usually followed by the prescription, for the prescriber
              // alone (a designee plans but does not prescribe): one click fewer.
              return thenPrescribe && user.role() == Role.PRESCRIBER
                  ? "/prescriber/patients/" + patientId + "/prescribe"
                  : "/prescriber/patients/" + patientId;
            });
      } catch (InvalidInputException e) {
        errors.putAll(Forms.errors(e));
      }
    }
    model.addAttribute("patient", p);
    model.addAttribute("formulation", formulation);
    model.addAttribute("mgPerKgPerDay", mgPerKgPerDay);
    model.addAttribute("targetMgPerKg", targetMgPerKg);
    model.addAttribute("weightKg", weightKg);
    model.addAttribute(
        "preview", previews.preview(files.load(p), formulation, dose, target, weight));
    model.addAttribute("errors", errors);
    return "prescriber/plan";
  }

  /** A weight typed into the plan that differs from the latest recorded one is recorded today. */
  private void recordNewWeight(
      CurrentUser user, PatientRecord p, Double weight, AuditFacts touched) {
    if (weight == null
        || previews.latestWeight(files.load(p)).filter(w -> w.equals(weight)).isPresent()) {
      return;
    }
    ObjectNode event = json.createObjectNode().put("type", "weight");
    event.put("date", LocalDate.now(clock).toString()).put("kg", weight);
    try {
      recorder.record(user, p, event, Set.of("weight"), touched);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.problems().stream()
              .map(
                  x ->
                      new com.isocourse.server.platform.refusal.FieldProblem(
                          "weightKg", x.reason()))
              .toList());
    }
  }
}
