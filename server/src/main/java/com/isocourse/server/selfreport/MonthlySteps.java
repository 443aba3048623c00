package com.isocourse.server.selfreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.selfreport.ComprehensionQuiz;
import com.isocourse.core.selfreport.Phq9Answers;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.FieldWords;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.Labels;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's monthly steps: comprehension questions, contraception confirmation, PHQ-9 mood
 * check, and the missed-dose log. Each is recorded on the patient's own course exactly as the API
 * records it.
 */
@WebPage
class MonthlySteps {
  private final PatientAccess access;
  private final CourseRecorder recorder;
  private final ObjectMapper json;
  private final Clock clock;
  private final FormTokens forms;
  private final MessageSource messages;
  private final FieldWords words;

  public MonthlySteps(
      PatientAccess access,
      CourseRecorder recorder,
      ObjectMapper json,
      Clock clock,
      FormTokens forms,
      MessageSource messages,
      FieldWords words) {
    this.words = words;
    this.forms = forms;
    this.messages = messages;
    this.access = access;
    this.recorder = recorder;
    this.json = json;
    this.clock = clock;
  }

  /** A question as asked: options in order a, b, c. */
  public record Asked(String id, String text, List<Map.Entry<String, String>> options) {}

  static List<Asked> asked() {
    return ComprehensionQuiz.questions().stream()
        .map(q -> new Asked(q.id(), q.text(), List.copyOf(q.options().entrySet())))
        .toList();
  }

  /** One answered question, with the explanation when it was wrong. */
  public record Answered(ComprehensionQuiz.Question question, String given, boolean correct) {}

  @GetMapping("/me/comprehension")
  String quiz(@AuthenticationPrincipal CurrentUser user, Model model, AuditFacts touched) {
    access.self(user, touched);
    model.addAttribute("questions", asked());
    model.addAttribute("errors", Map.of());
    return "patient/comprehension";
  }

  @PostMapping("/me/comprehension")
  String answer(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam Map<String, String> form,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    Map<String, String> given = new LinkedHashMap<>();
    for (ComprehensionQuiz.Question q : ComprehensionQuiz.questions()) {
      String a = form.get("q-" + q.id());
      if (a != null) {
        given.put(q.id(), a);
      }
    }
    // US26-QUIZ: graded by core, the same way as through the API.
    ComprehensionQuiz.Graded graded = ComprehensionQuiz.grade(given);
    if (!graded.problems().isEmpty()) {
      Map<String, String> errors = new LinkedHashMap<>();
      graded
          .problems()
          .forEach(x -> errors.put(x.field().substring("answers.".length()), "Choose an answer."));
      model.addAttribute("questions", asked());
      model.addAttribute("errors", errors);
      return "patient/comprehension";
    }
    boolean passed = graded.passed();
    return forms.submit(
        user,
        request,
        () -> {
          long id =
              recorder.record(
                  user,
                  p,
                  event("comprehension").put("passed", passed),
                  Set.of("comprehension"),
                  touched);
          // The answers themselves are not part of the record: the result page gets them once.
          redirect.addFlashAttribute("given", given);
          return "/me/comprehension/" + id;
        });
  }

  @GetMapping("/me/contraception")
  String contraception(@AuthenticationPrincipal CurrentUser user, Model model, AuditFacts touched) {
    access.self(user, touched);
    return showContraception(Map.of(), model);
  }

  @PostMapping("/me/contraception")
  String confirm(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) List<String> methods,
      @RequestParam(defaultValue = "false") boolean abstinence,
      @RequestParam(defaultValue = "") String since,
      Locale locale,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    ObjectNode e = event("contraception");
    if (abstinence) {
      e.put("abstinence", true);
    } else {
      var list = e.putArray("methods");
      if (methods != null) {
        methods.forEach(list::add);
      }
    }
    Forms.text(e, "since", since);
    try {
      return forms.submit(
          user,
          request,
          () -> {
            recorder.record(user, p, e, Set.of("contraception"), touched);
            redirect.addFlashAttribute(
                "notice", messages.getMessage("patient.contraception.confirmed", null, locale));
            return "/me";
          });
    } catch (InvalidInputException ex) {
      return showContraception(words.errors(ex.problems(), locale), model);
    }
  }

  private String showContraception(Map<String, String> errors, Model model) {
    model.addAttribute("methods", Labels.CONTRACEPTION);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    return "patient/contraception";
  }

  /** The nine PHQ-9 questions ("Over the last 2 weeks, how often have you been bothered by…"). */
  static final List<String> PHQ9 =
      List.of(
          "Little interest or pleasure in doing things",
          "Feeling down, depressed, or hopeless",
          "Trouble falling or staying asleep, or sleeping too much",
          "Feeling tired or having little energy",
          "Poor appetite or overeating",
          "Feeling bad about yourself, or that you are a failure or have let yourself or your"
              + " family down",
          "Trouble concentrating on things, such as reading or watching television",
          "Moving or speaking so slowly that other people could have noticed, or being so fidgety"
              + " or restless that you have been moving around a lot more than usual",
          "Thoughts that you would be better off dead, or of hurting yourself in some way");

  static final List<String> FREQUENCY =
      List.of("Not at all", "Several days", "More than half the days", "Nearly every day");

  @GetMapping("/me/mood")
  String mood(@AuthenticationPrincipal CurrentUser user, Model model, AuditFacts touched) {
    access.self(user, touched);
    return showMood(Map.of(), model);
  }

  private String showMood(Map<String, String> errors, Model model) {
    model.addAttribute("items", PHQ9);
    model.addAttribute("frequency", FREQUENCY);
    model.addAttribute("errors", errors);
    return "patient/mood";
  }

  @PostMapping("/me/mood")
  String screen(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam Map<String, String> form,
      HttpServletRequest request,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    List<Integer> items = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < Phq9Answers.ITEMS; i++) {
      String v = form.get("item" + i);
      if (v == null || !v.matches("[0-9]")) {
        errors.put("item" + i, "Choose one answer.");
        items.add(null);
      } else {
        items.add(Integer.parseInt(v));
      }
    }
    // The PHQ-9's limits are core's; a value out of range reads as no answer chosen.
    Phq9Answers.problems(items).stream()
        .map(x -> "item" + x.field().replaceAll("\\D", ""))
        .forEach(k -> errors.putIfAbsent(k, "Choose one answer."));
    if (!errors.isEmpty()) {
      return showMood(errors, model);
    }
    Phq9Answers.Scored scored = Phq9Answers.score(items);
    int total = scored.total();
    int item9 = scored.item9();
    ObjectNode e = event("mood-screen").put("instrument", "PHQ-9");
    e.put("total", total).put("item9", item9);
    return forms.submit(
        user,
        request,
        () -> "/me/mood/" + recorder.record(user, p, e, Set.of("mood-screen"), touched));
  }

  @GetMapping("/me/missed-dose")
  String missed(@AuthenticationPrincipal CurrentUser user, Model model, AuditFacts touched) {
    access.self(user, touched);
    model.addAttribute("errors", Map.of());
    model.addAttribute("today", LocalDate.now(clock));
    return "patient/missed-dose";
  }

  @PostMapping("/me/missed-dose")
  String logMissed(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "") String date,
      @RequestParam(defaultValue = "") String mg,
      Locale locale,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    ObjectNode e = json.createObjectNode().put("type", "missed-dose");
    Forms.text(e, "date", date);
    Forms.number(e, "mg", mg);
    if (!e.has("mg")) {
      e.put("mg", "");
    }
    try {
      return forms.submit(
          user,
          request,
          () -> {
            recorder.record(user, p, e, Set.of("missed-dose"), touched);
            redirect.addFlashAttribute(
                "notice", messages.getMessage("patient.missed.noted", null, locale));
            return "/me";
          });
    } catch (InvalidInputException ex) {
      model.addAttribute("errors", words.errors(ex.problems(), locale));
      model.addAttribute("today", LocalDate.now(clock));
      return "patient/missed-dose";
    }
  }

  private ObjectNode event(String type) {
    return json.createObjectNode().put("type", type).put("date", LocalDate.now(clock).toString());
  }
}
