package com.isocourse.core.symptoms;

import java.util.Objects;

/**
 * What the patient is told after reporting a symptom (rules.md §6).
 *
 * @param code the reported symptom
 * @param level its triage level (§6)
 * @param advice calm, plain advice for the patient (background.md, "Common effects and self-care";
 *     §6 actions)
 * @param askForPregnancyTestNow the patient is asked to take a pregnancy test now ({@code
 *     missed-period}, {@code contraception-failure}, {@code pregnancy})
 * @param showCrisisResources crisis resources are shown at once, before anything else ({@code
 *     suicidal-thoughts})
 * @param showEmergencyContraception emergency-contraception information is shown first, before the
 *     request for a pregnancy test ({@code contraception-failure}): most effective within 72 hours,
 *     some methods up to 120 hours
 */
public record TriageAnswer(
    SymptomCode code,
    TriageLevel level,
    String advice,
    boolean askForPregnancyTestNow,
    boolean showCrisisResources,
    boolean showEmergencyContraception) {
  public TriageAnswer {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(advice, "advice");
    if (advice.isBlank()) {
      throw new IllegalArgumentException("advice must not be blank");
    }
  }
}
