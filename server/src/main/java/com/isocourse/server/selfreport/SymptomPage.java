package com.isocourse.server.selfreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import com.isocourse.core.symptoms.SymptomTriage;
import com.isocourse.core.symptoms.TriageAnswer;
import com.isocourse.core.symptoms.TriageLevel;
import com.isocourse.server.alerts.Alerts;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.StoredEvent;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.WebPage;
import com.isocourse.server.ui.words.Labels;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Symptom report with immediate triage (rules.md §6): self-care advice, "call your prescriber", or
 * a red stop-now screen; for thoughts of self-harm the crisis line comes first. A missed period or
 * a contraception failure asks for a pregnancy test now, and after a contraception failure the
 * emergency-contraception information comes first. The page says the prescriber has been alerted
 * only when the alert exists, and that fills are on hold only when the engine holds them.
 */
@WebPage
class SymptomPage {
  private final PatientAccess access;
  private final CourseRecorder recorder;
  private final Alerts alerts;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final ObjectMapper json;
  private final Clock clock;
  private final FormTokens forms;
  private final MessageSource messages;

  public SymptomPage(
      PatientAccess access,
      CourseRecorder recorder,
      Alerts alerts,
      CaseFiles files,
      CourseSummaries summaries,
      ObjectMapper json,
      Clock clock,
      FormTokens forms,
      MessageSource messages) {
    this.messages = messages;
    this.forms = forms;
    this.access = access;
    this.recorder = recorder;
    this.alerts = alerts;
    this.files = files;
    this.summaries = summaries;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/me/symptoms")
  String form(@AuthenticationPrincipal CurrentUser user, Model model, AuditFacts touched) {
    access.self(user, touched);
    return show(Map.of(), model);
  }

  private String show(Map<String, String> errors, Model model) {
    model.addAttribute("common", Labels.symptoms(TriageLevel.SELF_CARE));
    model.addAttribute("call", Labels.symptoms(TriageLevel.CALL_PRESCRIBER));
    model.addAttribute("serious", Labels.symptoms(TriageLevel.STOP_NOW));
    model.addAttribute("errors", errors);
    return "patient/symptoms";
  }

  /** Symptoms the patient may tick in one report; more is not a report but a mistake. */
  static final int MAX_SYMPTOMS_PER_REPORT = 10;

  /**
   * One report of one or more symptoms (issue 14 §4): each symptom becomes its own history event,
   * all in one submission (one form token, one transaction), and the answer page shows the most
   * urgent one first (core {@link SymptomTriage#mostUrgentFirst}).
   */
  @PostMapping("/me/symptoms")
  String report(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(name = "code", required = false) List<String> codes,
      @RequestParam(defaultValue = "") String note,
      Locale locale,
      HttpServletRequest request,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    List<SymptomCode> symptoms = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      Optional<SymptomCode> symptom = SymptomCode.fromCode(code);
      if (symptom.isEmpty()) {
        return show(Map.of("code", say("patient.symptoms.unknown", locale)), model);
      }
      if (!symptoms.contains(symptom.get())) {
        symptoms.add(symptom.get());
      }
    }
    if (symptoms.isEmpty()) {
      return show(Map.of("code", say("patient.symptoms.none", locale)), model);
    }
    if (symptoms.size() > MAX_SYMPTOMS_PER_REPORT) {
      return show(
          Map.of("code", say("patient.symptoms.tooMany", locale, MAX_SYMPTOMS_PER_REPORT)), model);
    }
    if (note.length() > 500) {
      return show(Map.of("note", say("patient.symptoms.noteTooLong", locale, 500)), model);
    }
    List<SymptomCode> ordered =
        SymptomTriage.mostUrgentFirst(symptoms).stream().map(TriageAnswer::code).toList();
    return submit(user, p, ordered, note, request, touched);
  }

  private String say(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private String submit(
      CurrentUser user,
      PatientRecord p,
      List<SymptomCode> ordered,
      String note,
      HttpServletRequest request,
      AuditFacts touched) {
    String today = LocalDate.now(clock).toString();
    return forms.submit(
        user,
        request,
        () -> {
          List<Long> ids = new ArrayList<>();
          for (SymptomCode symptom : ordered) {
            ObjectNode e = json.createObjectNode().put("type", "symptom");
            e.put("date", today).put("code", symptom.code());
            if (!note.isBlank()) {
              e.put("note", note.trim());
            }
            ids.add(recorder.record(user, p, e, Set.of("symptom"), touched));
          }
          String also =
              ids.size() == 1
                  ? ""
                  : "?also="
                      + String.join(
                          ",", ids.subList(1, ids.size()).stream().map(String::valueOf).toList());
          return "/me/symptoms/" + ids.get(0) + also;
        });
  }

  /** One more symptom of the same report, told briefly under the most urgent one. */
  public record AlsoReported(
      String code, String symptom, String level, String advice, boolean alerted) {}

  /**
   * The advice for a report (post/redirect/get: a reload asks nothing again): the most urgent
   * symptom in full, then the others of the same report ({@code also}), most urgent first.
   */
  @GetMapping("/me/symptoms/{eventId}")
  String advice(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long eventId,
      @RequestParam(name = "also", required = false) List<Long> also,
      Model model,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    var events = files.load(p).events();
    SymptomCode symptom = ownSymptom(events, eventId);
    TriageAnswer answer = SymptomTriage.triage(symptom);
    model.addAttribute("answer", answer);
    model.addAttribute("alerted", alerts.alertedAbout(eventId));
    model.addAttribute("held", held(p, answer));
    model.addAttribute("symptom", Labels.symptom(symptom.code()));
    model.addAttribute("level", answer.level().name());
    List<AlsoReported> others = new ArrayList<>();
    for (long id : also == null ? List.<Long>of() : also.stream().distinct().limit(20).toList()) {
      if (id == eventId) {
        continue;
      }
      TriageAnswer a = SymptomTriage.triage(ownSymptom(events, id));
      others.add(
          new AlsoReported(
              a.code().code(),
              Labels.symptom(a.code().code()),
              a.level().name(),
              a.advice(),
              alerts.alertedAbout(id)));
    }
    model.addAttribute("others", others);
    return "patient/triage";
  }

  private static SymptomCode ownSymptom(List<StoredEvent> events, long eventId) {
    return events.stream()
        .filter(x -> x.id() == eventId && x.type().equals("symptom"))
        .findFirst()
        .flatMap(x -> SymptomCode.fromCode(x.payload().path("code").asText()))
        .orElseThrow(() -> new NotFoundException("symptom report"));
  }

  /** Whether the next fill is now held for this report (SAFE-SYMPTOM or SAFE-PREGCHECK). */
  private boolean held(PatientRecord p, TriageAnswer answer) {
    ReasonCode stop =
        answer.level() == TriageLevel.STOP_NOW
            ? ReasonCode.SYMPTOM_NEEDS_REVIEW
            : answer.code().asksForPregnancyTest() ? ReasonCode.PREGNANCY_CHECK_NEEDED : null;
    return stop != null
        && summaries.summarize(files.load(p)).blockers().stream().anyMatch(f -> f.code() == stop);
  }
}
