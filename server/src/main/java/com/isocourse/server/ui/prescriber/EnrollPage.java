package com.isocourse.server.ui.prescriber;

import com.isocourse.server.audit.PatientTouched;
import com.isocourse.server.patients.Enrollment;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.ui.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Enrolls a patient with the signed-in prescriber and shows the patient's first sign-in once. */
@Controller
public class EnrollPage {
  private final Enrollment enrollment;
  private final Clock clock;

  public EnrollPage(Enrollment enrollment, Clock clock) {
    this.enrollment = enrollment;
    this.clock = clock;
  }

  @GetMapping("/prescriber/enroll")
  String form(Model model) {
    model.addAttribute("errors", Map.of());
    model.addAttribute("today", LocalDate.now(clock));
    return "prescriber/enroll";
  }

  @PostMapping("/prescriber/enroll")
  String enroll(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String birthDate,
      @RequestParam(defaultValue = "") String jurisdiction,
      @RequestParam(defaultValue = "") String riskCategory,
      @RequestParam(defaultValue = "") String enrolledOn,
      @RequestParam(defaultValue = "false") boolean homeTestingAllowed,
      @RequestParam(defaultValue = "") String previousCourseLastDose,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    Map<String, String> errors = new LinkedHashMap<>();
    if (displayName.isBlank()) {
      errors.put("displayName", "is required");
    }
    LocalDate birth = Forms.date("birthDate", birthDate, errors);
    if (birth != null && !birth.isBefore(today)) {
      errors.put("birthDate", "must be in the past");
    }
    if (!jurisdiction.equals("US") && !jurisdiction.equals("EU") && !jurisdiction.equals("UK")) {
      errors.put("jurisdiction", "choose the United States, EU or UK program");
    }
    if (!riskCategory.equals("CAN_GET_PREGNANT") && !riskCategory.equals("CANNOT_GET_PREGNANT")) {
      errors.put("riskCategory", "choose whether the patient can get pregnant");
    }
    LocalDate enrolled =
        enrolledOn.isBlank() ? today : Forms.date("enrolledOn", enrolledOn, errors);
    if (enrolled != null && enrolled.isAfter(today)) {
      errors.put("enrolledOn", "must not be after today");
    }
    LocalDate previous =
        previousCourseLastDose.isBlank()
            ? null
            : Forms.date("previousCourseLastDose", previousCourseLastDose, errors);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      model.addAttribute("today", today);
      return "prescriber/enroll";
    }
    Enrollment.Enrolled e;
    try {
      e =
          enrollment.enroll(
              user,
              new Enrollment.NewPatient(
                  displayName.trim(),
                  birth,
                  jurisdiction,
                  riskCategory,
                  enrolled,
                  homeTestingAllowed,
                  previous),
              false);
    } catch (Enrollment.PossibleDuplicate d) {
      model.addAttribute("errors", Map.of("displayName", d.getMessage()));
      model.addAttribute("today", today);
      return "prescriber/enroll";
    }
    PatientTouched.patient(e.patient().id());
    model.addAttribute("enrolled", e);
    return "prescriber/enrolled";
  }
}
