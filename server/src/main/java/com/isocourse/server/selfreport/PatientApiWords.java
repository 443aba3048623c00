package com.isocourse.server.selfreport;

import com.isocourse.core.selfreport.ComprehensionQuiz;
import com.isocourse.core.selfreport.MoodReading;
import com.isocourse.core.symptoms.TriageAnswer;
import com.isocourse.server.courses.CourseSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The patient API's texts meant for the patient in the patient's language, as their pages say them
 * (ADR 0018: the language the patient chose, not the request's Accept-Language): the questions and
 * their explanations, symptom and mood advice, and the reasons, requirements and escalation in the
 * course summary. Codes, ids, fields and levels are unchanged; only the words are the patient's.
 */
@Component
class PatientApiWords {
  private final MessageSource messages;
  private final EscalationWords escalation;
  private final RequirementWords requirements;

  PatientApiWords(MessageSource messages, ReasonSentences reasons) {
    this.messages = messages;
    this.escalation = new EscalationWords(messages, reasons);
    this.requirements = new RequirementWords(messages, reasons);
  }

  private String say(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  List<PatientController.QuestionShown> questions(Locale locale) {
    return ComprehensionQuiz.questions().stream()
        .map(
            q -> {
              String k = "patient.quiz." + q.id() + ".";
              Map<String, String> options = new LinkedHashMap<>();
              q.options().keySet().forEach(o -> options.put(o, say(k + o, locale)));
              return new PatientController.QuestionShown(q.id(), say(k + "text", locale), options);
            })
        .toList();
  }

  /** Why an answer was wrong; null when it was right. */
  String explanation(ComprehensionQuiz.GradedAnswer g, Locale locale) {
    return g.explanation() == null ? null : say("patient.quiz." + g.questionId() + ".why", locale);
  }

  TriageAnswer triage(TriageAnswer a, Locale locale) {
    return new TriageAnswer(
        a.code(),
        a.level(),
        say("patient.advice." + a.code().code(), locale),
        a.askForPregnancyTestNow(),
        a.showCrisisResources(),
        a.showEmergencyContraception());
  }

  String moodAdvice(MoodReading reading, boolean alerted, Locale locale) {
    return say(MoodAdvice.key(reading, alerted), locale);
  }

  /**
   * The summary with each reason's message as the patient reads it ({@link ReasonSentences}), the
   * requirements in the patient's words ({@link RequirementWords}) and the escalation's tier and
   * triggers too ({@link EscalationWords}) when the patient reads Spanish; an English reader's
   * summary is the engine's, unchanged.
   */
  CourseSummary summary(CourseSummary s, Locale locale) {
    if (!"es".equals(locale.getLanguage())) {
      return s;
    }
    return new CourseSummary(
        s.patientId(),
        s.programId(),
        s.displayName(),
        s.jurisdiction(),
        s.riskCategory(),
        s.status(),
        s.formulation(),
        s.firstDoseDate(),
        s.targetMgPerKg(),
        s.plannedMgPerKgPerDay(),
        s.today(),
        s.ruleSet(),
        s.cumulative(),
        s.projection(),
        s.due(),
        s.readiness(),
        requirements.told(s.blockers(), locale),
        requirements.told(s.warnings(), locale),
        requirements.told(s.missing(), locale),
        s.requirements().stream().map(r -> requirements.told(r, locale)).toList(),
        s.prescriptions(),
        s.history(),
        escalation(s.escalation(), locale));
  }

  private CourseSummary.EscalationView escalation(CourseSummary.EscalationView e, Locale locale) {
    return new CourseSummary.EscalationView(
        e.tier(),
        escalation.tier(e.source().tier(), locale),
        e.source().triggers().stream().map(t -> escalation.trigger(t, locale)).toList(),
        e.since(),
        e.source());
  }
}
