package com.isocourse.server.selfreport;

import com.isocourse.core.selfreport.MoodReading;

/**
 * What the patient is told right after a PHQ-9, by the reading core gives it (SAFE-MOOD,
 * WARN-MOOD). An exhaustive switch: a new reading does not compile until it has its words. The API
 * answers in the patient's language from the bundles ({@link #key}); the English bundle copy is
 * these words exactly (PatientApiLanguageTest).
 */
final class MoodAdvice {
  private MoodAdvice() {}

  static String of(MoodReading reading, boolean prescriberAlerted) {
    String alerted = prescriberAlerted ? "; your prescriber has been alerted." : ".";
    return switch (reading) {
      case SELF_HARM_THOUGHTS ->
          "You said you had thoughts of self-harm. Stop isotretinoin and contact your prescriber"
              + " or emergency services now"
              + alerted;
      case SEVERE ->
          "Your answers show severe symptoms of depression. Stop isotretinoin and contact your"
              + " prescriber today; no further capsules can be dispensed until they have reviewed"
              + " this"
              + alerted;
      case POSITIVE ->
          "Your answers suggest depression. Your prescriber will review them before the next fill;"
              + " contact them if you feel worse.";
      case NEGATIVE -> "Thank you. Keep reporting any change in mood.";
    };
  }

  /** The bundle key of the same advice ({@code patient.moodAdvice.SEVERE.alerted}). */
  static String key(MoodReading reading, boolean prescriberAlerted) {
    boolean saysAlert =
        switch (reading) {
          case SELF_HARM_THOUGHTS, SEVERE -> prescriberAlerted;
          case POSITIVE, NEGATIVE -> false;
        };
    return "patient.moodAdvice." + reading.name() + (saysAlert ? ".alerted" : "");
  }
}
