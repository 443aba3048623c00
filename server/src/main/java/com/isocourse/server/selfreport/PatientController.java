package com.isocourse.server.selfreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.core.selfreport.ComprehensionQuiz;
import com.isocourse.core.selfreport.Phq9Answers;
import com.isocourse.core.symptoms.SymptomCode;
import com.isocourse.core.symptoms.SymptomTriage;
import com.isocourse.core.symptoms.TriageAnswer;
import com.isocourse.server.alerts.Alerts;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.patients.PatientAccess;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.idempotency.IdempotencyKey;
import com.isocourse.server.platform.idempotency.IdempotentCalls;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.prescriber.PrescriberController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patient API, on their own course only: read the course and what is due, pass the comprehension
 * questions, confirm contraception, report a symptom (triage answer in the same response), submit a
 * PHQ-9, log a missed dose. Every write is an event of the shared contract.
 */
@RestController
@RequestMapping("/api/me")
class PatientController {
  private final PatientAccess access;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final com.isocourse.server.courses.CourseRecorder recorder;
  private final Alerts alerts;
  private final ObjectMapper json;
  private final Clock clock;
  private final IdempotentCalls calls;
  private final PatientApiWords words;

  public PatientController(
      PatientAccess access,
      CaseFiles files,
      CourseSummaries summaries,
      com.isocourse.server.courses.CourseRecorder recorder,
      Alerts alerts,
      ObjectMapper json,
      Clock clock,
      IdempotentCalls calls,
      PatientApiWords words) {
    this.words = words;
    this.access = access;
    this.files = files;
    this.summaries = summaries;
    this.recorder = recorder;
    this.alerts = alerts;
    this.json = json;
    this.clock = clock;
    this.calls = calls;
  }

  @GetMapping("/course")
  CourseSummary course(
      @AuthenticationPrincipal CurrentUser user, Locale locale, AuditFacts touched) {
    return words.summary(summaries.summarize(files.load(access.self(user, touched))), locale);
  }

  @GetMapping("/comprehension")
  List<QuestionShown> questions(
      @AuthenticationPrincipal CurrentUser user, Locale locale, AuditFacts touched) {
    access.self(user, touched);
    return words.questions(locale);
  }

  /** A question as shown to the patient, without the answer (options in display order). */
  public record QuestionShown(String id, String text, Map<String, String> options) {}

  /** One answer given. */
  public record AnswerResult(String id, boolean correct, String explanation) {}

  /** The outcome of an attempt: passed only when every answer is right. */
  public record QuizResult(boolean passed, List<AnswerResult> answers) {}

  /** Answers by question id. */
  public record Answers(@NotNull Map<String, String> answers) {}

  @PostMapping("/comprehension")
  ResponseEntity<QuizResult> answer(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody Answers a,
      Locale locale,
      HttpServletRequest request,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    // US26-QUIZ: graded by core, the same way as on the patient's pages.
    ComprehensionQuiz.Graded graded = ComprehensionQuiz.grade(a.answers());
    if (!graded.problems().isEmpty()) {
      throw InvalidInputException.of(graded.problems());
    }
    List<AnswerResult> results =
        graded.answers().stream()
            .map(g -> new AnswerResult(g.questionId(), g.correct(), words.explanation(g, locale)))
            .toList();
    boolean passed = graded.passed();
    return calls.once(
        user,
        key,
        request,
        a,
        HttpStatus.OK,
        QuizResult.class,
        () -> {
          recorder.record(
              user,
              p,
              event("comprehension").put("passed", passed),
              Set.of("comprehension"),
              touched);
          return new QuizResult(passed, results);
        });
  }

  /** Contraception confirmation in the contract's shape. */
  public record Contraception(List<String> methods, Boolean abstinence, @NotNull LocalDate since) {}

  @PostMapping("/contraception")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<PrescriberController.EventRecorded> contraception(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody Contraception c,
      HttpServletRequest request,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    ObjectNode e = event("contraception");
    if (c.methods() != null) {
      c.methods().forEach(e.putArray("methods")::add);
    }
    if (c.abstinence() != null) {
      e.put("abstinence", c.abstinence());
    }
    e.put("since", c.since().toString());
    return calls.once(
        user,
        key,
        request,
        c,
        HttpStatus.CREATED,
        PrescriberController.EventRecorded.class,
        () ->
            new PrescriberController.EventRecorded(
                recorder.record(user, p, e, Set.of("contraception"), touched)));
  }

  /** A symptom report. */
  public record Symptom(@NotBlank String code, @Size(max = 500) String note) {}

  /**
   * The recorded event and the triage answer.
   *
   * @param prescriberAlerted the report raised an alert for the prescriber (a safety stop)
   */
  public record SymptomAnswer(long eventId, TriageAnswer triage, boolean prescriberAlerted) {}

  @PostMapping("/symptoms")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<SymptomAnswer> symptom(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody Symptom s,
      Locale locale,
      HttpServletRequest request,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    SymptomCode code =
        SymptomCode.fromCode(s.code())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "code", "unknown-code", "is not a known symptom code"));
    ObjectNode e = event("symptom").put("code", code.code());
    if (s.note() != null) {
      e.put("note", s.note());
    }
    return calls.once(
        user,
        key,
        request,
        s,
        HttpStatus.CREATED,
        SymptomAnswer.class,
        () -> {
          long id = recorder.record(user, p, e, Set.of("symptom"), touched);
          return new SymptomAnswer(
              id, words.triage(SymptomTriage.triage(code), locale), alerts.alertedAbout(id));
        });
  }

  /** The nine PHQ-9 item scores (0–3 each). */
  public record Phq9(@NotNull List<Integer> items) {}

  /**
   * The recorded screen.
   *
   * @param prescriberAlerted the screen raised an alert for the prescriber (SAFE-MOOD)
   */
  public record Phq9Result(
      long eventId, int total, int item9, String advice, boolean prescriberAlerted) {}

  @PostMapping("/mood-screens")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<Phq9Result> phq9(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody Phq9 q,
      Locale locale,
      HttpServletRequest request,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    List<EntryProblem> bad = Phq9Answers.problems(q.items());
    if (!bad.isEmpty()) {
      throw InvalidInputException.of(bad);
    }
    Phq9Answers.Scored scored = Phq9Answers.score(q.items());
    int total = scored.total();
    int item9 = scored.item9();
    ObjectNode e = event("mood-screen").put("instrument", "PHQ-9");
    e.put("total", total).put("item9", item9);
    return calls.once(
        user,
        key,
        request,
        q,
        HttpStatus.CREATED,
        Phq9Result.class,
        () -> {
          long id = recorder.record(user, p, e, Set.of("mood-screen"), touched);
          boolean alerted = alerts.alertedAbout(id);
          String advice = words.moodAdvice(scored.reading(), alerted, locale);
          return new Phq9Result(id, total, item9, advice, alerted);
        });
  }

  /** A missed dose: when and how many mg were not taken. */
  public record MissedDose(@NotNull LocalDate date, @NotNull @Positive Double mg) {}

  @PostMapping("/missed-doses")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<PrescriberController.EventRecorded> missed(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody MissedDose m,
      HttpServletRequest request,
      AuditFacts touched) {
    PatientRecord p = access.self(user, touched);
    ObjectNode e = json.createObjectNode().put("type", "missed-dose");
    e.put("date", m.date().toString()).put("mg", m.mg());
    return calls.once(
        user,
        key,
        request,
        m,
        HttpStatus.CREATED,
        PrescriberController.EventRecorded.class,
        () ->
            new PrescriberController.EventRecorded(
                recorder.record(user, p, e, Set.of("missed-dose"), touched)));
  }

  private ObjectNode event(String type) {
    return json.createObjectNode().put("type", type).put("date", LocalDate.now(clock).toString());
  }
}
