package com.isocourse.core.reasons;

import java.util.Optional;

/**
 * Every code a dispense decision can emit (rules.md §3). Codes are stable API: pharmacy systems and
 * EHRs match on them. The kind says where a code is reported.
 */
public enum ReasonCode {
  // §3.1 every patient
  PATIENT_NOT_ENROLLED(Kind.BLOCKING, "ALL-ENROLL"),
  PRESCRIBER_NOT_CERTIFIED(Kind.BLOCKING, "ALL-PRESCRIBER"),
  PHARMACY_NOT_ACTIVE(Kind.BLOCKING, "ALL-PHARMACY"),
  PRESCRIPTION_NOT_FOUND(Kind.BLOCKING, "ALL-RX"),
  PRESCRIPTION_ALREADY_DISPENSED(Kind.BLOCKING, "ALL-RX"),
  PRESCRIPTION_CANCELLED(Kind.BLOCKING, "ALL-RX"),
  QUANTITY_EXCEEDS_PRESCRIPTION(Kind.BLOCKING, "ALL-QTY"),
  SUPPLY_OVER_30_DAYS(Kind.BLOCKING, "ALL-SUPPLY"),
  REFILLS_NOT_ALLOWED(Kind.BLOCKING, "ALL-REFILLS"),
  PATIENT_TOO_YOUNG(Kind.BLOCKING, "ALL-AGE"),
  FORMULATION_MISMATCH(Kind.BLOCKING, "ALL-FORMULATION"),
  DOSE_ABOVE_MAXIMUM(Kind.BLOCKING, "ALL-MAXDOSE"),
  RETREATMENT_TOO_SOON(Kind.BLOCKING, "ALL-RETREAT"),
  PREGNANCY_TEST_POSITIVE(Kind.BLOCKING, "ALL-PREG+"),
  DISPENSE_TOO_SOON(Kind.BLOCKING, "ALL-ONEFILL"),
  // missing facts (INDETERMINATE)
  WEIGHT_MISSING(Kind.MISSING, "ALL-WEIGHT"),
  RISK_CATEGORY_MISSING(Kind.MISSING, "ALL-CATEGORY"),
  BIRTH_DATE_MISSING(Kind.MISSING, "ALL-FACTS"),
  PRESCRIBER_STATUS_MISSING(Kind.MISSING, "ALL-FACTS"),
  PHARMACY_STATUS_MISSING(Kind.MISSING, "ALL-FACTS"),
  // §3.2 clinical hard stops
  INTERACTION_TETRACYCLINE(Kind.BLOCKING, "SAFE-TETRA"),
  INTERACTION_RETINOID(Kind.BLOCKING, "SAFE-RETINOID"),
  SYMPTOM_NEEDS_REVIEW(Kind.BLOCKING, "SAFE-SYMPTOM"),
  MOOD_NEEDS_REVIEW(Kind.BLOCKING, "SAFE-MOOD"),
  LAB_NEEDS_REVIEW(Kind.BLOCKING, "SAFE-TG"),
  PREGNANCY_CHECK_NEEDED(Kind.BLOCKING, "SAFE-PREGCHECK"),
  // §3.4–3.6 pregnancy prevention
  PRETREATMENT_TESTS_INCOMPLETE(Kind.BLOCKING, "US26-PRE-TESTS"),
  CONTRACEPTION_LEAD_IN_TOO_SHORT(Kind.BLOCKING, "US26-LEADIN"),
  PREGNANCY_TEST_OUTSIDE_WINDOW(Kind.BLOCKING, "US26-WINDOW"),
  PREGNANCY_TEST_MISSING(Kind.BLOCKING, "US26-WINDOW"),
  PREGNANCY_TEST_SETTING_NOT_ALLOWED(Kind.BLOCKING, "US26-HOME"),
  CONTRACEPTION_NOT_DOCUMENTED(Kind.BLOCKING, "US26-CONTRA"),
  CONTRACEPTION_INSUFFICIENT(Kind.BLOCKING, "US26-CONTRA"),
  COMPREHENSION_NOT_COMPLETED(Kind.BLOCKING, "US26-QUIZ"),
  COUNSELING_NOT_CONFIRMED(Kind.BLOCKING, "US26-COUNSEL"),
  PRESCRIPTION_WINDOW_EXPIRED(Kind.BLOCKING, "EU-RXVALID"),
  LOCKOUT_19_DAY(Kind.BLOCKING, "US21-LOCKOUT"),
  ACKNOWLEDGEMENT_MISSING(Kind.BLOCKING, "EU-ACK"),
  // §3.3 warnings
  TG_ELEVATED(Kind.WARNING, "WARN-TG"),
  ALT_ELEVATED(Kind.WARNING, "WARN-ALT"),
  CHOLESTEROL_ELEVATED(Kind.WARNING, "WARN-CHOL"),
  INTERACTION_VITAMIN_A(Kind.WARNING, "WARN-VITA"),
  INTERACTION_ST_JOHNS_WORT(Kind.WARNING, "WARN-SJW"),
  INTERACTION_BONE(Kind.WARNING, "WARN-BONE"),
  MOOD_SCREEN_POSITIVE(Kind.WARNING, "WARN-MOOD"),
  SYMPTOM_CALL_PRESCRIBER(Kind.WARNING, "WARN-SYMPTOM"),
  LABS_OVERDUE(Kind.WARNING, "WARN-LABS"),
  CUMULATIVE_TARGET_REACHED(Kind.WARNING, "WARN-TARGET"),
  RULESET_CHANGED(Kind.WARNING, "WARN-RULESET"),
  // §3.3 notes
  LOW_DOSE_REGIMEN(Kind.NOTE, "NOTE-LOWDOSE"),
  HIGH_CUMULATIVE_TARGET(Kind.NOTE, "NOTE-HIGHTARGET");

  /** Where a code is reported. */
  public enum Kind {
    /** Blocks the dispense: the decision is DENIED. */
    BLOCKING,
    /** A fact the engine cannot decide without: INDETERMINATE unless something blocks. */
    MISSING,
    /** Shown to pharmacist and prescriber; never blocks. */
    WARNING,
    /** Information only. */
    NOTE
  }

  private final Kind kind;
  private final String defaultRule;

  ReasonCode(Kind kind, String defaultRule) {
    this.kind = kind;
    this.defaultRule = defaultRule;
  }

  public Kind kind() {
    return kind;
  }

  /** The rule ID that usually emits this code; a finding may name a more specific one. */
  public String defaultRule() {
    return defaultRule;
  }

  /**
   * True for the §3.2 codes that only a prescriber review clears. The switch names every code (no
   * default), so a new code must be placed on one side before the build passes.
   */
  public boolean clearedByReview() {
    return switch (this) {
      case INTERACTION_TETRACYCLINE,
          INTERACTION_RETINOID,
          SYMPTOM_NEEDS_REVIEW,
          MOOD_NEEDS_REVIEW,
          LAB_NEEDS_REVIEW,
          PREGNANCY_CHECK_NEEDED,
          PREGNANCY_TEST_POSITIVE ->
          true;
      case PATIENT_NOT_ENROLLED,
          PRESCRIBER_NOT_CERTIFIED,
          PHARMACY_NOT_ACTIVE,
          PRESCRIPTION_NOT_FOUND,
          PRESCRIPTION_ALREADY_DISPENSED,
          PRESCRIPTION_CANCELLED,
          QUANTITY_EXCEEDS_PRESCRIPTION,
          SUPPLY_OVER_30_DAYS,
          REFILLS_NOT_ALLOWED,
          PATIENT_TOO_YOUNG,
          FORMULATION_MISMATCH,
          DOSE_ABOVE_MAXIMUM,
          RETREATMENT_TOO_SOON,
          DISPENSE_TOO_SOON,
          WEIGHT_MISSING,
          RISK_CATEGORY_MISSING,
          BIRTH_DATE_MISSING,
          PRESCRIBER_STATUS_MISSING,
          PHARMACY_STATUS_MISSING,
          PRETREATMENT_TESTS_INCOMPLETE,
          CONTRACEPTION_LEAD_IN_TOO_SHORT,
          PREGNANCY_TEST_OUTSIDE_WINDOW,
          PREGNANCY_TEST_MISSING,
          PREGNANCY_TEST_SETTING_NOT_ALLOWED,
          CONTRACEPTION_NOT_DOCUMENTED,
          CONTRACEPTION_INSUFFICIENT,
          COMPREHENSION_NOT_COMPLETED,
          COUNSELING_NOT_CONFIRMED,
          PRESCRIPTION_WINDOW_EXPIRED,
          LOCKOUT_19_DAY,
          ACKNOWLEDGEMENT_MISSING,
          TG_ELEVATED,
          ALT_ELEVATED,
          CHOLESTEROL_ELEVATED,
          INTERACTION_VITAMIN_A,
          INTERACTION_ST_JOHNS_WORT,
          INTERACTION_BONE,
          MOOD_SCREEN_POSITIVE,
          SYMPTOM_CALL_PRESCRIBER,
          LABS_OVERDUE,
          CUMULATIVE_TARGET_REACHED,
          RULESET_CHANGED,
          LOW_DOSE_REGIMEN,
          HIGH_CUMULATIVE_TARGET ->
          false;
    };
  }

  public static Optional<ReasonCode> fromName(String name) {
    try {
      return Optional.of(valueOf(name));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
