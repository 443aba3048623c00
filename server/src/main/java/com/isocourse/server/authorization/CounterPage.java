package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.authorization.AuthorizationStatus;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.ReasonWords;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pharmacy counter: find the patient by program ID and date of birth, see the open
 * prescriptions, ask for the authorization, and read the answer in full: the code and last day to
 * dispense, or every reason with who must act. Then record the dispense or reverse an unclaimed
 * authorization.
 */
@WebPage
class CounterPage {
  private final PharmacyAuthorizations authorizations;
  private final DispenseRecorder dispenses;
  private final PrescriptionRepository prescriptions;
  private final CaseFiles files;
  private final Clock clock;
  private final FormTokens forms;

  public CounterPage(
      PharmacyAuthorizations authorizations,
      DispenseRecorder dispenses,
      PrescriptionRepository prescriptions,
      CaseFiles files,
      Clock clock,
      FormTokens forms) {
    this.clock = clock;
    this.forms = forms;
    this.authorizations = authorizations;
    this.dispenses = dispenses;
    this.prescriptions = prescriptions;
    this.files = files;
  }

  /** An open prescription as shown at the counter. */
  public record OpenRx(String id, String writtenOn, String regimen, int daysSupply, String key) {}

  /** The empty counter: the lookup form. */
  @GetMapping("/pharmacy")
  String counter() {
    return "pharmacy/counter";
  }

  /**
   * Finds the patient by program ID and date of birth. A POST so that neither identifier lands in a
   * URL, and so in proxy or access logs (issue 12).
   */
  @PostMapping("/pharmacy/lookup")
  String lookup(
      @RequestParam(defaultValue = "") String programId,
      @RequestParam(defaultValue = "") String birthDate,
      Model model,
      AuditFacts touched) {
    model.addAttribute("programId", programId);
    model.addAttribute("birthDate", birthDate);
    Map<String, String> errors = new LinkedHashMap<>();
    if (programId.isBlank()) {
      errors.put("programId", "is required");
    }
    LocalDate born = Forms.date("birthDate", birthDate, errors);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "pharmacy/counter";
    }
    try {
      PatientRecord p =
          authorizations.identify(
              programId.trim().toUpperCase(java.util.Locale.ROOT), born, touched);
      long courseId = files.load(p).course().id();
      // Only the current prescription: the latest open one (a new one replaces the open one).
      List<OpenRx> open =
          prescriptions.forCourse(courseId).stream()
              .filter(r -> r.status().equals("ACTIVE") && !r.dispensed())
              .reduce((earlier, later) -> later)
              .stream()
              .map(
                  r ->
                      new OpenRx(
                          r.id(),
                          r.writtenOn().toString(),
                          regimen(r.payload()),
                          r.payload().path("daysSupply").asInt(),
                          UUID.randomUUID().toString()))
              .toList();
      model.addAttribute("patient", p);
      model.addAttribute("open", open);
    } catch (NotFoundException e) {
      model.addAttribute(
          "notFound",
          "No patient matches this program ID and date of birth. Check both and retry.");
    }
    return "pharmacy/counter";
  }

  @PostMapping("/pharmacy/authorizations")
  String request(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam String programId,
      @RequestParam String birthDate,
      @RequestParam String prescriptionId,
      @RequestParam String key,
      Model model,
      AuditFacts touched) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate born = Forms.date("birthDate", birthDate, errors);
    if (born == null) {
      return "redirect:/pharmacy";
    }
    try {
      AuthorizationView v =
          authorizations.request(user, key, programId, born, prescriptionId, null, touched);
      if (v.replayed()) {
        // The form's key asked already (a double click, a resubmitted page): nothing was asked.
        throw new FormTokens.AlreadySubmitted("/pharmacy/requests/" + v.requestId());
      }
      return "redirect:/pharmacy/requests/" + v.requestId();
    } catch (ConflictException e) {
      // Nothing was asked: the counter shows the same patient again with the reason, rendered
      // here rather than redirected, so the identifiers never travel in a URL (issue 12).
      model.addAttribute("problem", e.getMessage());
      return lookup(programId, birthDate, model, touched);
    }
  }

  @GetMapping("/pharmacy/requests/{requestId}")
  String answer(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long requestId,
      Model model,
      AuditFacts touched) {
    return show(authorizations.get(user, requestId, touched), Map.of(), model);
  }

  @PostMapping("/pharmacy/requests/{requestId}/dispense")
  String dispense(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long requestId,
      @RequestParam(required = false) List<Integer> strengthMg,
      @RequestParam(required = false) List<String> count,
      @RequestParam(required = false) List<String> formulation,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    List<DispenseRecorder.HandedOver> caps = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    int n = strengthMg == null ? 0 : strengthMg.size();
    for (int i = 0; i < n; i++) {
      try {
        int c = Integer.parseInt(count.get(i).trim());
        if (c > 0) {
          caps.add(new DispenseRecorder.HandedOver(strengthMg.get(i), c, formulation.get(i)));
        }
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        errors.put("capsules", "counts must be whole numbers");
      }
    }
    if (errors.isEmpty()) {
      try {
        return forms.submit(
            user,
            request,
            () -> {
              dispenses.record(user, requestId, caps, touched);
              redirect.addFlashAttribute(
                  "notice", "Dispense recorded. The course history is updated.");
              return "/pharmacy/requests/" + requestId;
            });
      } catch (InvalidInputException e) {
        errors.putAll(Forms.errors(e));
      } catch (ConflictException e) {
        errors.put("capsules", e.getMessage());
      }
    }
    return show(authorizations.get(user, requestId, touched), errors, model);
  }

  @PostMapping("/pharmacy/requests/{requestId}/reverse")
  String reverse(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long requestId,
      HttpServletRequest request,
      RedirectAttributes redirect,
      AuditFacts touched) {
    return forms.submit(
        user,
        request,
        () -> {
          authorizations.reverse(user, requestId, touched);
          redirect.addFlashAttribute(
              "notice", "Authorization reversed. The prescription can be asked about again.");
          return "/pharmacy/requests/" + requestId;
        });
  }

  /** One line to hand over, prefilled from the prescription. */
  public record Line(int strengthMg, int count, String formulation) {}

  /**
   * What the counter shows as the verdict: an authorization that was reversed, or whose last
   * dispense date has passed, never shows as AUTHORIZED (it authorizes nothing now).
   */
  private String shownDecision(AuthorizationView v, String decided) {
    if (v.authorization() == null) {
      return decided;
    }
    return AuthorizationStatus.shownVerdict(
        decided,
        AuthorizationStatus.valueOf(v.authorization().status()),
        v.authorization().doNotDispenseAfter(),
        LocalDate.now(clock));
  }

  private String show(AuthorizationView v, Map<String, String> errors, Model model) {
    JsonNode d = v.decision();
    model.addAttribute("v", v);
    model.addAttribute("decision", shownDecision(v, d.path("decision").asText()));
    model.addAttribute("reasons", shown(d.path("reasons")));
    model.addAttribute("warnings", shown(d.path("warnings")));
    model.addAttribute("missing", shown(d.path("missing")));
    model.addAttribute("checklist", ChecklistRows.of(d.path("requirements")));
    model.addAttribute("errors", errors);
    var rx = prescriptions.find(v.prescriptionId()).orElseThrow();
    model.addAttribute("regimen", regimen(rx.payload()));
    List<Line> lines = new ArrayList<>();
    int days = rx.payload().path("daysSupply").asInt();
    rx.payload()
        .path("capsules")
        .forEach(
            l ->
                lines.add(
                    new Line(
                        l.path("strengthMg").asInt(),
                        (l.path("morning").asInt() + l.path("evening").asInt()) * days,
                        rx.payload().path("formulation").asText())));
    model.addAttribute("lines", lines);
    return "pharmacy/answer";
  }

  private static List<ReasonWords.Shown> shown(JsonNode findings) {
    List<ReasonWords.Shown> out = new ArrayList<>();
    findings.forEach(
        f -> out.add(ReasonWords.show(f.path("code").asText(), f.path("message").asText())));
    return out;
  }

  static String regimen(JsonNode rx) {
    List<String> parts = new ArrayList<>();
    rx.path("capsules")
        .forEach(
            l ->
                parts.add(
                    l.path("strengthMg").asInt()
                        + " mg × "
                        + l.path("morning").asInt()
                        + " morning, "
                        + l.path("evening").asInt()
                        + " evening"));
    return rx.path("formulation").asText() + ": " + String.join("; ", parts);
  }
}
