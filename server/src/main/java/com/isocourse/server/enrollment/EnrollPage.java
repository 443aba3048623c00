package com.isocourse.server.enrollment;

import com.isocourse.core.plausibility.ContactLimits;
import com.isocourse.core.plausibility.ContactLimits.Contact;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Enrolls a patient with the signed-in prescriber, then shows the patient's first sign-in once. A
 * name and birth date already enrolled are shown and enrolled again only on an explicit "enroll
 * anyway".
 */
@WebPage
class EnrollPage {
  private final Enrollment enrollment;
  private final PatientAccess access;
  private final FormTokens forms;
  private final Clock clock;

  public EnrollPage(Enrollment enrollment, PatientAccess access, FormTokens forms, Clock clock) {
    this.enrollment = enrollment;
    this.access = access;
    this.forms = forms;
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
      @RequestParam(defaultValue = "") String confirmDuplicate,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "en") String preferredLanguage,
      @RequestParam(defaultValue = "") String reminderChannel,
      @RequestParam(defaultValue = "") String sexAtBirth,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
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
    Contact contact = new Contact(email, phone, preferredLanguage, reminderChannel, sexAtBirth);
    ContactLimits.check(contact).forEach(p -> errors.putIfAbsent(p.field(), p.reason()));
    if (!errors.isEmpty()) {
      return show(errors, model);
    }
    String name = displayName.trim();
    // "Enroll anyway" confirms the name and birth date it was shown for, not whatever is typed.
    String confirmation = confirmation(name, birth);
    try {
      return forms.submit(
          user,
          request,
          () -> {
            Enrollment.Enrolled e =
                enrollment.enroll(
                    user,
                    new Enrollment.NewPatient(
                        name,
                        birth,
                        jurisdiction,
                        riskCategory,
                        enrolled,
                        homeTestingAllowed,
                        previous,
                        contact),
                    confirmDuplicate.equals(confirmation),
                    touched);
            touched.patient(e.patient().id());
            redirect.addFlashAttribute("initialPassword", e.initialPassword());
            return "/prescriber/patients/" + e.patient().id() + "/enrolled";
          });
    } catch (Enrollment.PossibleDuplicate d) {
      model.addAttribute("duplicates", d.existing());
      model.addAttribute("confirmation", confirmation);
      return show(Map.of(), model);
    }
  }

  /** The page after enrolling: the program ID, and the first sign-in (the password only once). */
  @GetMapping("/prescriber/patients/{patientId}/enrolled")
  String enrolled(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    model.addAttribute("patient", p);
    model.addAttribute("username", Enrollment.username(p));
    // The printable handout names where to sign in: this server as the browser reached it.
    model.addAttribute(
        "signInAddress",
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/login").toUriString());
    // initialPassword, when present, is the flash attribute of the enrollment just made.
    return "prescriber/enrolled";
  }

  private String show(Map<String, String> errors, Model model) {
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    return "prescriber/enroll";
  }

  private static String confirmation(String name, LocalDate birth) {
    return birth + " " + name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
