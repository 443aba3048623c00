package com.isocourse.server.prescriber;

import com.isocourse.server.alerts.Alerts;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.ui.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A patient's page for their prescriber: open alerts about the patient, header, dose and lab
 * charts, pregnancy-test strip, what the pharmacy would get today and why, and the history. Another
 * prescriber's patient is not found.
 */
@WebPage
class PatientPage {
  private final PatientAccess access;
  private final CourseView course;
  private final Alerts alerts;

  public PatientPage(PatientAccess access, CourseView course, Alerts alerts) {
    this.access = access;
    this.course = course;
    this.alerts = alerts;
  }

  @GetMapping("/prescriber/patients/{patientId}")
  String patient(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    model.addAttribute("patient", p);
    // Each blocking reason links to the form that clears it (issue 14 item 3); prescribing and
    // clearing a hard stop are the prescriber's alone, so a designee sees only the fact forms.
    model.addAttribute("remedyPatient", p.id());
    model.addAttribute("canPrescribe", user.role() == Role.PRESCRIBER);
    var s = course.fill(p, model);
    model.addAttribute("reviewable", CourseView.reviewable(s));
    model.addAttribute("patientAlerts", alerts.openAbout(user, p.id()));
    return "prescriber/patient";
  }
}
