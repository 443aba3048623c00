package com.isocourse.core.symptoms;

/** Symptom triage levels (rules.md §6), in rising urgency. */
public enum TriageLevel {
  /** Advice shown; noted for the next visit. */
  SELF_CARE("self-care"),
  /** Contact the prescriber soon (WARN-SYMPTOM). */
  CALL_PRESCRIBER("call-prescriber"),
  /** Stop the drug and seek care now; blocks authorization until reviewed (SAFE-SYMPTOM). */
  STOP_NOW("stop-now");

  private final String code;

  TriageLevel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
