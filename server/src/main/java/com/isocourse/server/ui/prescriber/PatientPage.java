package com.isocourse.server.ui.prescriber;

import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.ui.CourseView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A patient's page for their prescriber: header, dose and lab charts, pregnancy-test strip, what
 * the pharmacy would get today and why, and the history. Another prescriber's patient is not found.
 */
@Controller
public class PatientPage {
  private final PatientAccess access;
  private final CourseView course;

  public PatientPage(PatientAccess access, CourseView course) {
    this.access = access;
    this.course = course;
  }

  @GetMapping("/prescriber/patients/{patientId}")
  String patient(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long patientId, Model model) {
    PatientRecord p = access.caredFor(user, patientId);
    model.addAttribute("patient", p);
    var s = course.fill(p, model);
    model.addAttribute("reviewable", CourseView.reviewable(s));
    return "prescriber/patient";
  }
}
