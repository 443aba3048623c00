package com.isocourse.core.symptoms;

import java.util.Optional;

/** The symptom codes a patient can report, each with its triage level (rules.md §6). */
public enum SymptomCode {
  DRY_LIPS("dry-lips", TriageLevel.SELF_CARE),
  DRY_SKIN("dry-skin", TriageLevel.SELF_CARE),
  DRY_EYES("dry-eyes", TriageLevel.SELF_CARE),
  NOSEBLEED("nosebleed", TriageLevel.SELF_CARE),
  SUN_SENSITIVITY("sun-sensitivity", TriageLevel.SELF_CARE),
  MILD_JOINT_PAIN("mild-joint-pain", TriageLevel.SELF_CARE),
  HAIR_THINNING("hair-thinning", TriageLevel.SELF_CARE),
  INITIAL_FLARE("initial-flare", TriageLevel.SELF_CARE),
  MILD_HEADACHE("mild-headache", TriageLevel.SELF_CARE),
  PERSISTENT_EYE_IRRITATION("persistent-eye-irritation", TriageLevel.CALL_PRESCRIBER),
  SKIN_INFECTION("skin-infection", TriageLevel.CALL_PRESCRIBER),
  WORSENING_BACK_PAIN("worsening-back-pain", TriageLevel.CALL_PRESCRIBER),
  EXCESSIVE_THIRST("excessive-thirst", TriageLevel.CALL_PRESCRIBER),
  MOOD_CHANGE("mood-change", TriageLevel.CALL_PRESCRIBER),
  INSOMNIA("insomnia", TriageLevel.CALL_PRESCRIBER),
  PAINFUL_SWALLOWING("painful-swallowing", TriageLevel.CALL_PRESCRIBER),
  MISSED_PERIOD("missed-period", TriageLevel.CALL_PRESCRIBER),
  CONTRACEPTION_FAILURE("contraception-failure", TriageLevel.CALL_PRESCRIBER),
  VISION_CHANGE("vision-change", TriageLevel.STOP_NOW),
  SEVERE_HEADACHE_NAUSEA("severe-headache-nausea", TriageLevel.STOP_NOW),
  SEVERE_ABDOMINAL_PAIN("severe-abdominal-pain", TriageLevel.STOP_NOW),
  JAUNDICE("jaundice", TriageLevel.STOP_NOW),
  SUICIDAL_THOUGHTS("suicidal-thoughts", TriageLevel.STOP_NOW),
  BLOODY_STOOL("bloody-stool", TriageLevel.STOP_NOW),
  SEVERE_RASH_BLISTERS("severe-rash-blisters", TriageLevel.STOP_NOW),
  HEARING_LOSS("hearing-loss", TriageLevel.STOP_NOW),
  TINNITUS("tinnitus", TriageLevel.STOP_NOW),
  CHEST_PAIN("chest-pain", TriageLevel.STOP_NOW),
  SEIZURE("seizure", TriageLevel.STOP_NOW),
  ALLERGIC_SWELLING("allergic-swelling", TriageLevel.STOP_NOW),
  PREGNANCY("pregnancy", TriageLevel.STOP_NOW);

  private final String code;
  private final TriageLevel level;

  SymptomCode(String code, TriageLevel level) {
    this.code = code;
    this.level = level;
  }

  public String code() {
    return code;
  }

  public TriageLevel level() {
    return level;
  }

  /** {@code missed-period} and {@code contraception-failure} also ask for a pregnancy test now. */
  public boolean asksForPregnancyTest() {
    return this == MISSED_PERIOD || this == CONTRACEPTION_FAILURE;
  }

  public static Optional<SymptomCode> fromCode(String code) {
    for (SymptomCode s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
