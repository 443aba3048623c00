package com.isocourse.core.symptoms;

import java.util.Comparator;
import java.util.List;

/**
 * Triage of a reported symptom (rules.md §6): its level, the advice shown to the patient, and
 * whether a pregnancy test or crisis resources are asked for at once. The level is the code's own
 * ({@link SymptomCode#level()}); {@code stop-now} symptoms also block dispensing until a prescriber
 * review (SAFE-SYMPTOM), {@code call-prescriber} ones raise WARN-SYMPTOM.
 */
public final class SymptomTriage {
  private SymptomTriage() {}

  /**
   * The answer for a reported symptom code. {@code missed-period}, {@code contraception-failure}
   * and {@code pregnancy} ask for a pregnancy test now (§6; background.md "stop at once and call
   * the prescriber if a period is missed or contraception fails"); {@code suicidal-thoughts} shows
   * crisis resources at once, and {@code contraception-failure} emergency-contraception information
   * first (§6).
   */
  public static TriageAnswer triage(SymptomCode code) {
    boolean pregnancyTest = code.asksForPregnancyTest() || code == SymptomCode.PREGNANCY;
    boolean crisis = code == SymptomCode.SUICIDAL_THOUGHTS;
    boolean emergencyContraception = code == SymptomCode.CONTRACEPTION_FAILURE;
    return new TriageAnswer(
        code,
        code.level(),
        SymptomAdvice.adviceFor(code),
        pregnancyTest,
        crisis,
        emergencyContraception);
  }

  /**
   * Several symptoms reported together, answered most urgent first (rules.md §6), so the one that
   * needs action now is what the patient reads first: stop-now before call-prescriber before
   * self-care; within a level, crisis resources first, then emergency contraception, then a
   * pregnancy test now; then the order given. Each code once.
   */
  public static List<TriageAnswer> mostUrgentFirst(List<SymptomCode> codes) {
    return codes.stream()
        .distinct()
        .map(SymptomTriage::triage)
        .sorted(
            Comparator.comparing(TriageAnswer::level)
                .reversed()
                .thenComparing(TriageAnswer::showCrisisResources, Comparator.reverseOrder())
                .thenComparing(TriageAnswer::showEmergencyContraception, Comparator.reverseOrder())
                .thenComparing(TriageAnswer::askForPregnancyTestNow, Comparator.reverseOrder()))
        .toList();
  }
}
