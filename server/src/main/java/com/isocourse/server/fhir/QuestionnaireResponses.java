package com.isocourse.server.fhir;

import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.server.patients.PatientRecord;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Type;

/**
 * The questionnaires a patient answered, as QuestionnaireResponses of the program's own
 * questionnaires: a PHQ-9 screen (SAFE-MOOD, WARN-MOOD) with its total and item 9 as answers, and
 * the monthly comprehension questions (US26-QUIZ) with whether they were passed. The item answers
 * are not stored, only these results, so only these are answered. PHQ-2 screens stay Observations
 * only.
 */
final class QuestionnaireResponses {
  private QuestionnaireResponses() {}

  static final String PHQ9 = "https://isocourse.example/Questionnaire/phq-9";
  static final String COMPREHENSION =
      "https://isocourse.example/Questionnaire/monthly-comprehension";

  /** The event as a QuestionnaireResponse with the stored event's id, if it is one. */
  static Optional<QuestionnaireResponse> of(
      long eventId, CourseEvent event, PatientRecord patient) {
    QuestionnaireResponse r = new QuestionnaireResponse();
    switch (event) {
      case MoodScreen m when m.instrument() == MoodScreen.Instrument.PHQ9 -> {
        r.setQuestionnaire(PHQ9);
        item(r, "total", "PHQ-9 total score (0–27)", new IntegerType(m.total()));
        item(
            r,
            "item-9",
            "Item 9: thoughts that you would be better off dead or of hurting yourself (0–3)",
            new IntegerType(m.item9().orElseThrow()));
      }
      case ComprehensionCompleted c -> {
        r.setQuestionnaire(COMPREHENSION);
        item(r, "passed", "Comprehension questions passed", new BooleanType(c.passed()));
      }
      default -> {
        return Optional.empty();
      }
    }
    r.setId(String.valueOf(eventId));
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    r.setSubject(PatientResources.reference(patient));
    r.setAuthoredElement(new DateTimeType(event.date().toString()));
    return Optional.of(r);
  }

  private static void item(QuestionnaireResponse r, String linkId, String text, Type answer) {
    r.addItem().setLinkId(linkId).setText(text).addAnswer().setValue(answer);
  }
}
