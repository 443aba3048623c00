package com.isocourse.server.prescriber;

import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.Prescribing;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Writes a prescription: the planned regimen by default, or capsule lines the prescriber chooses;
 * cancels an unfilled one.
 */
@WebPage
class PrescriptionPage {
  private final PatientAccess access;
  private final CaseFiles files;
  private final PlanPreview previews;
  private final Prescribing prescribing;
  private final FormTokens forms;

  public PrescriptionPage(
      PatientAccess access,
      CaseFiles files,
      PlanPreview previews,
      Prescribing prescribing,
      FormTokens forms) {
    this.forms = forms;
    this.access = access;
    this.files = files;
    this.previews = previews;
    this.prescribing = prescribing;
  }

  @GetMapping("/prescriber/patients/{patientId}/prescribe")
  String form(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    return show(p, Map.of(), model);
  }

  @PostMapping("/prescriber/patients/{patientId}/prescribe")
  String prescribe(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam(defaultValue = "planned") String regimen,
      @RequestParam(defaultValue = "30") String daysSupply,
      @RequestParam(defaultValue = "0") String refills,
      @RequestParam(required = false) List<String> strengthMg,
      @RequestParam(required = false) List<String> morning,
      @RequestParam(required = false) List<String> evening,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer days = whole("daysSupply", daysSupply, 1, 365, errors);
    Integer fills = whole("refills", refills, 0, 99, errors);
    List<Prescribing.CapsuleLine> lines = new ArrayList<>();
    if (regimen.equals("custom")) {
      int n = strengthMg == null ? 0 : strengthMg.size();
      for (int i = 0; i < n; i++) {
        if (strengthMg.get(i).isBlank()) {
          continue;
        }
        Integer mg = whole("capsules", strengthMg.get(i), 1, 1000, errors);
        Integer am = whole("capsules", at(morning, i), 0, 99, errors);
        Integer pm = whole("capsules", at(evening, i), 0, 99, errors);
        if (mg != null && am != null && pm != null) {
          lines.add(new Prescribing.CapsuleLine(mg, am, pm));
        }
      }
      if (lines.isEmpty() && !errors.containsKey("capsules")) {
        errors.put("capsules", "enter at least one capsule strength");
      }
    }
    if (errors.isEmpty()) {
      try {
        return forms.submit(
            user,
            request,
            () -> {
              Prescribing.Written written =
                  prescribing.prescribe(user, p, lines, days, fills, touched);
              redirect.addFlashAttribute(
                  "notice",
                  "Prescription "
                      + written.id()
                      + " written."
                      + (written.warnings().isEmpty()
                          ? ""
                          : " " + String.join(" ", written.warnings())));
              return "/prescriber/patients/" + patientId;
            });
      } catch (InvalidInputException e) {
        errors.putAll(Forms.errors(e));
      }
    }
    return show(p, errors, model);
  }

  @PostMapping("/prescriber/patients/{patientId}/prescriptions/{prescriptionId}/cancel")
  String cancel(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @PathVariable String prescriptionId,
      HttpServletRequest request,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    return forms.submit(
        user,
        request,
        () -> {
          prescribing.cancel(user, p, prescriptionId);
          redirect.addFlashAttribute("notice", "Prescription " + prescriptionId + " cancelled.");
          return "/prescriber/patients/" + patientId;
        });
  }

  private String show(PatientRecord p, Map<String, String> errors, Model model) {
    CaseFile file = files.load(p);
    var course = file.course();
    model.addAttribute("patient", p);
    model.addAttribute("course", course);
    model.addAttribute(
        "planned",
        course.formulation() == null || course.plannedMgPerKgPerDay() == null
            ? null
            : previews.preview(
                file,
                course.formulation(),
                course.plannedMgPerKgPerDay(),
                course.targetMgPerKg(),
                null));
    model.addAttribute("errors", errors);
    return "prescriber/prescribe";
  }

  private static String at(List<String> values, int i) {
    return values == null || values.size() <= i ? "0" : values.get(i);
  }

  private static Integer whole(
      String field, String value, int min, int max, Map<String, String> errors) {
    try {
      int v = Integer.parseInt(value.trim());
      if (v < min || v > max) {
        errors.put(field, "must be between " + min + " and " + max);
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      errors.put(field, "must be a whole number");
      return null;
    }
  }
}
