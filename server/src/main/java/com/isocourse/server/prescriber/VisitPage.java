package com.isocourse.server.prescriber;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.courses.CourseRecorder.VisitFact;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.Labels;
import com.isocourse.server.worklist.Worklist;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The monthly visit on one page (issue 14 item 3): pregnancy test, contraception, counseling,
 * weight and the two monitoring labs, saved together or not at all, then back to the patient or on
 * to the next patient of the worklist. Each part is optional; a part left empty records nothing.
 * The facts go through the same recorder and checks as every other channel ({@link
 * CourseRecorder#recordVisit}); a problem is shown beside its field and nothing is kept.
 */
@WebPage
class VisitPage {
  /** LOINC codes of the visit's labs (rules.md §7): ALT and fasting triglycerides. */
  static final String ALT_LOINC = "1742-6";

  static final String TG_LOINC = "2571-8";

  private final PatientAccess access;
  private final CourseRecorder recorder;
  private final Worklist worklist;
  private final ObjectMapper json;
  private final Clock clock;
  private final FormTokens forms;

  public VisitPage(
      PatientAccess access,
      CourseRecorder recorder,
      Worklist worklist,
      ObjectMapper json,
      Clock clock,
      FormTokens forms) {
    this.access = access;
    this.recorder = recorder;
    this.worklist = worklist;
    this.json = json;
    this.clock = clock;
    this.forms = forms;
  }

  @GetMapping("/prescriber/patients/{patientId}/visit")
  String form(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      Model model,
      AuditFacts touched) {
    return show(access.caredFor(user, patientId, touched), Map.of(), null, model);
  }

  @PostMapping("/prescriber/patients/{patientId}/visit")
  String save(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long patientId,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.caredFor(user, patientId, touched);
    Map<String, String> problems = new LinkedHashMap<>();
    List<VisitFact> facts = facts(p, form, problems);
    if (!problems.isEmpty()) {
      return show(p, problems, form, model);
    }
    boolean next = "true".equals(form.getFirst("next"));
    try {
      return forms.submit(
          user,
          request,
          () -> {
            recorder.recordVisit(user, p, facts, touched);
            redirect.addFlashAttribute("notice", "Visit saved for " + p.displayName() + ".");
            return next ? nextPatient(user, p.id(), touched) : "/prescriber/patients/" + p.id();
          });
    } catch (InvalidInputException e) {
      return show(p, Forms.errors(e), form, model);
    }
  }

  /** The visit form of the next patient on the worklist, or the worklist after the last one. */
  private String nextPatient(CurrentUser user, long current, AuditFacts touched) {
    List<Worklist.Entry> line =
        worklist.forPrescriber(user.prescriberScope().orElseThrow(), touched);
    for (int i = 0; i < line.size() - 1; i++) {
      if (line.get(i).patientId() == current) {
        return "/prescriber/patients/" + line.get(i + 1).patientId() + "/visit";
      }
    }
    return "/prescriber";
  }

  private List<VisitFact> facts(
      PatientRecord p, MultiValueMap<String, String> form, Map<String, String> problems) {
    String date = blankToDefault(form.getFirst("date"), LocalDate.now(clock).toString());
    List<VisitFact> facts = new ArrayList<>();
    String result = form.getFirst("pt.result");
    if (result != null && !result.isBlank()) {
      if (result.equals("positive") && !"yes".equals(form.getFirst("pt.confirmPositive"))) {
        problems.put(
            "pt.confirmPositive",
            "A positive result stops every fill and alerts the prescriber. Check the result, then"
                + " tick the box to confirm it is positive.");
      }
      ObjectNode e = event("pregnancy-test", blankToDefault(form.getFirst("pt.date"), date));
      e.put("result", result);
      Forms.text(e, "setting", form.getFirst("pt.setting"));
      facts.add(new VisitFact("pt", e));
    }
    List<String> methods = form.getOrDefault("cx.methods", List.of());
    boolean abstinence = "true".equals(form.getFirst("cx.abstinence"));
    if (!methods.isEmpty() || abstinence) {
      ObjectNode e = event("contraception", date);
      if (abstinence) {
        e.put("abstinence", true);
      } else {
        ArrayNode m = e.putArray("methods");
        methods.forEach(m::add);
      }
      Forms.text(e, "since", form.getFirst("cx.since"));
      facts.add(new VisitFact("cx", e));
    }
    if ("true".equals(form.getFirst("counseled"))) {
      facts.add(new VisitFact("counseling", event("counseling", date)));
    }
    String kg = form.getFirst("weight.kg");
    if (kg != null && !kg.isBlank()) {
      ObjectNode e = event("weight", date);
      Forms.number(e, "kg", kg);
      facts.add(new VisitFact("weight", e));
    }
    lab(form, "alt", ALT_LOINC, date, facts);
    lab(form, "tg", TG_LOINC, date, facts);
    if (facts.isEmpty() && problems.isEmpty()) {
      problems.put("visit", "Fill in at least one part of the visit.");
    }
    return facts;
  }

  private void lab(
      MultiValueMap<String, String> form,
      String part,
      String loinc,
      String date,
      List<VisitFact> facts) {
    String value = form.getFirst(part + ".value");
    if (value == null || value.isBlank()) {
      return;
    }
    ObjectNode e = event("lab", date);
    e.put("loinc", loinc);
    Forms.number(e, "value", value);
    Forms.text(e, "unit", form.getFirst(part + ".unit"));
    facts.add(new VisitFact(part, e));
  }

  private ObjectNode event(String type, String date) {
    ObjectNode e = json.createObjectNode().put("type", type);
    Forms.text(e, "date", date);
    return e;
  }

  private static String blankToDefault(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private String show(
      PatientRecord p,
      Map<String, String> errors,
      MultiValueMap<String, String> typed,
      Model model) {
    model.addAttribute("patient", p);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed == null ? Map.of() : typed.toSingleValueMap());
    model.addAttribute(
        "chosenMethods", typed == null ? List.of() : typed.getOrDefault("cx.methods", List.of()));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("methods", Labels.CONTRACEPTION);
    model.addAttribute("canGetPregnant", "CAN_GET_PREGNANT".equals(p.riskCategory()));
    return "prescriber/visit";
  }
}
