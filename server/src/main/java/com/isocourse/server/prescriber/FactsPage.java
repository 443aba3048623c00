package com.isocourse.server.prescriber;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.Labels;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records one fact of any kind the prescriber records (weight, pregnancy test, contraception,
 * counseling, acknowledgement, lab, medication, mood screen, symptom, returned capsules, missed
 * dose). The form's fields are the event's fields, so the contract reader's errors land next to the
 * right field.
 */
@WebPage
class FactsPage {
  /** The kinds of fact, in the order of the picker, with their names. */
  static final Map<String, String> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("weight", "Weight");
    KINDS.put("pregnancy-test", "Pregnancy test");
    KINDS.put("contraception", "Contraception");
    KINDS.put("counseling", "Counseling done");
    KINDS.put("acknowledgement", "Acknowledgement form signed (EU/UK)");
    KINDS.put("lab", "Lab result");
    KINDS.put("medication", "Other medication");
    KINDS.put("mood-screen", "Mood screen (PHQ-9 / PHQ-2)");
    KINDS.put("symptom", "Symptom");
    KINDS.put("returned", "Unused capsules returned");
    KINDS.put("missed-dose", "Missed dose");
  }

  private final PatientAccess access;
  private final CourseRecorder recorder;
  private final ObjectMapper json;
  private final Clock clock;
  private final FormTokens forms;

  public FactsPage(
      PatientAccess access,
      CourseRecorder recorder,
      ObjectMapper json,
      Clock clock,
      FormTokens forms) {
    this.forms = forms;
    this.access = access;
    this.recorder = recorder;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/prescriber/patients/{patientId}/record")
  String form(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam(defaultValue = "weight") String type,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    return show(p, KINDS.containsKey(type) ? type : "weight", Map.of(), model);
  }

  @PostMapping("/prescriber/patients/{patientId}/record")
  String record(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    String type = form.getFirst("type");
    if (type == null || !KINDS.containsKey(type)) {
      return show(p, "weight", Map.of("type", "choose what to record"), model);
    }
    if (type.equals("pregnancy-test") && !PregnancyTestEntry.problems(form).isEmpty()) {
      return show(p, type, PregnancyTestEntry.problems(form), model);
    }
    try {
      return forms.submit(
          user,
          request,
          () -> {
            recorder.record(user, p, event(type, form), CourseRecorder.CLINICAL_TYPES, touched);
            redirect.addFlashAttribute("notice", KINDS.get(type) + " recorded.");
            return "/prescriber/patients/" + patientId;
          });
    } catch (InvalidInputException e) {
      return show(p, type, Forms.errors(e), model);
    }
  }

  private String show(PatientRecord p, String type, Map<String, String> errors, Model model) {
    model.addAttribute("patient", p);
    model.addAttribute("type", type);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("methods", Labels.CONTRACEPTION);
    model.addAttribute("labs", Labels.LABS);
    model.addAttribute("symptoms", Labels.SYMPTOMS);
    return "prescriber/record";
  }

  private ObjectNode event(String type, MultiValueMap<String, String> form) {
    ObjectNode e = json.createObjectNode().put("type", type);
    Forms.text(e, "date", form.getFirst("date"));
    switch (type) {
      case "weight" -> Forms.number(e, "kg", form.getFirst("kg"));
      case "pregnancy-test" -> {
        Forms.text(e, "result", form.getFirst("result"));
        Forms.text(e, "setting", form.getFirst("setting"));
      }
      case "contraception" -> {
        if ("true".equals(form.getFirst("abstinence"))) {
          e.put("abstinence", true);
        } else {
          ArrayNode methods = e.putArray("methods");
          List<String> chosen = form.getOrDefault("methods", List.of());
          chosen.forEach(methods::add);
        }
        Forms.text(e, "since", form.getFirst("since"));
      }
      case "lab" -> {
        Forms.text(e, "loinc", form.getFirst("loinc"));
        Forms.number(e, "value", form.getFirst("value"));
        Forms.text(e, "unit", form.getFirst("unit"));
        Forms.number(e, "referenceHigh", form.getFirst("referenceHigh"));
      }
      case "medication" -> {
        Forms.text(e, "name", form.getFirst("name"));
        Forms.text(e, "route", form.getFirst("route"));
        Forms.text(e, "start", form.getFirst("start"));
        Forms.text(e, "end", form.getFirst("end"));
      }
      case "mood-screen" -> {
        Forms.text(e, "instrument", form.getFirst("instrument"));
        Forms.number(e, "total", form.getFirst("total"));
        Forms.number(e, "item9", form.getFirst("item9"));
      }
      case "symptom" -> {
        Forms.text(e, "code", form.getFirst("code"));
        Forms.text(e, "note", form.getFirst("note"));
      }
      case "returned", "missed-dose" -> Forms.number(e, "mg", form.getFirst("mg"));
      default -> {
        // counseling and acknowledgement carry only their date
      }
    }
    return e;
  }
}
