package com.isocourse.server.ui.patient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.alerts.Alerts;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.patients.ComprehensionQuiz;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.ui.Forms;
import com.isocourse.server.ui.words.Labels;
import com.isocourse.server.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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
@Controller
public class MonthlySteps {
  private final PatientAccess access;
  private final CourseRecorder recorder;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final Alerts alerts;
  private final ObjectMapper json;
  private final Clock clock;

  public MonthlySteps(
      PatientAccess access,
      CourseRecorder recorder,
      CaseFiles files,
      CourseSummaries summaries,
      Alerts alerts,
      ObjectMapper json,
      Clock clock) {
    this.access = access;
    this.recorder = recorder;
    this.files = files;
    this.summaries = summaries;
    this.alerts = alerts;
    this.json = json;
    this.clock = clock;
  }

  /** A question as asked: options in order a, b, c. */
  public record Asked(String id, String text, List<Map.Entry<String, String>> options) {}

  static List<Asked> asked() {
    return ComprehensionQuiz.QUESTIONS.stream()
        .map(
            q ->
                new Asked(
                    q.id(),
                    q.text(),
                    q.options().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()))
        .toList();
  }

  /** One answered question, with the explanation when it was wrong. */
  public record Answered(ComprehensionQuiz.Question question, String given, boolean correct) {}

  @GetMapping("/me/comprehension")
  String quiz(@AuthenticationPrincipal CurrentUser user, Model model) {
    access.self(user);
    model.addAttribute("questions", asked());
    model.addAttribute("errors", Map.of());
    return "patient/comprehension";
  }

  @PostMapping("/me/comprehension")
  String answer(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam Map<String, String> form,
      Model model) {
    PatientRecord p = access.self(user);
    List<Answered> answered = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (ComprehensionQuiz.Question q : ComprehensionQuiz.QUESTIONS) {
      String given = form.get("q-" + q.id());
      if (given == null) {
        errors.put(q.id(), "Choose an answer.");
      } else {
        answered.add(new Answered(q, given, q.correct().equals(given)));
      }
    }
    if (!errors.isEmpty()) {
      model.addAttribute("questions", asked());
      model.addAttribute("errors", errors);
      return "patient/comprehension";
    }
    boolean passed = answered.stream().allMatch(Answered::correct);
    recorder.record(user, p, event("comprehension").put("passed", passed), Set.of("comprehension"));
    model.addAttribute("passed", passed);
    model.addAttribute("answered", answered);
    return "patient/comprehension-result";
  }

  @GetMapping("/me/contraception")
  String contraception(@AuthenticationPrincipal CurrentUser user, Model model) {
    access.self(user);
    return showContraception(Map.of(), model);
  }

  @PostMapping("/me/contraception")
  String confirm(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) List<String> methods,
      @RequestParam(defaultValue = "false") boolean abstinence,
      @RequestParam(defaultValue = "") String since,
      Model model,
      RedirectAttributes redirect) {
    PatientRecord p = access.self(user);
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
      recorder.record(user, p, e, Set.of("contraception"));
    } catch (InvalidInputException ex) {
      return showContraception(Forms.errors(ex), model);
    }
    redirect.addFlashAttribute(
        "notice", "Thank you: your contraception is confirmed for this month.");
    return "redirect:/me";
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
  String mood(@AuthenticationPrincipal CurrentUser user, Model model) {
    access.self(user);
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
      Model model) {
    PatientRecord p = access.self(user);
    int total = 0;
    int item9 = 0;
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < 9; i++) {
      String v = form.get("item" + i);
      if (v == null || !v.matches("[0-3]")) {
        errors.put("item" + i, "Choose one answer.");
        continue;
      }
      total += Integer.parseInt(v);
      if (i == 8) {
        item9 = Integer.parseInt(v);
      }
    }
    if (!errors.isEmpty()) {
      return showMood(errors, model);
    }
    ObjectNode e = event("mood-screen").put("instrument", "PHQ-9");
    e.put("total", total).put("item9", item9);
    long eventId = recorder.record(user, p, e, Set.of("mood-screen"));
    var s = summaries.summarize(files.load(p));
    boolean review =
        s.blockers().stream().anyMatch(f -> f.code().name().equals("MOOD_NEEDS_REVIEW"));
    boolean positive =
        s.warnings().stream().anyMatch(f -> f.code().name().equals("MOOD_SCREEN_POSITIVE"));
    model.addAttribute("total", total);
    model.addAttribute("selfHarm", item9 > 0);
    model.addAttribute("review", review);
    model.addAttribute("positive", positive);
    model.addAttribute("alerted", alerts.alertedAbout(eventId));
    return "patient/mood-result";
  }

  @GetMapping("/me/missed-dose")
  String missed(@AuthenticationPrincipal CurrentUser user, Model model) {
    access.self(user);
    model.addAttribute("errors", Map.of());
    model.addAttribute("today", LocalDate.now(clock));
    return "patient/missed-dose";
  }

  @PostMapping("/me/missed-dose")
  String logMissed(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "") String date,
      @RequestParam(defaultValue = "") String mg,
      Model model,
      RedirectAttributes redirect) {
    PatientRecord p = access.self(user);
    ObjectNode e = json.createObjectNode().put("type", "missed-dose");
    Forms.text(e, "date", date);
    Forms.number(e, "mg", mg);
    if (!e.has("mg")) {
      e.put("mg", "");
    }
    try {
      recorder.record(user, p, e, Set.of("missed-dose"));
    } catch (InvalidInputException ex) {
      model.addAttribute("errors", Forms.errors(ex));
      model.addAttribute("today", LocalDate.now(clock));
      return "patient/missed-dose";
    }
    redirect.addFlashAttribute(
        "notice", "Missed dose noted. Do not take a double dose: carry on with the next one.");
    return "redirect:/me";
  }

  private ObjectNode event(String type) {
    return json.createObjectNode().put("type", type).put("date", LocalDate.now(clock).toString());
  }
}
