package com.isocourse.core.monitoring;

import java.time.LocalDate;

/**
 * The items of the monitoring schedule (rules.md §5) with their stable API codes, as used in {@link
 * DueItem#item()}.
 */
public enum ScheduleItem {
  /** Monthly pregnancy test while on treatment (PCGP). */
  PREGNANCY_TEST("PREGNANCY_TEST"),
  /** ALT: baseline and peak dose (consensus-2022) or every 28 days (monthly). */
  ALT("ALT"),
  /** Fasting triglycerides: same timing as ALT. */
  TRIGLYCERIDES("TRIGLYCERIDES"),
  /** PHQ-2 or PHQ-9 mood screen: baseline and every monthly visit. */
  MOOD_SCREEN("MOOD_SCREEN"),
  /** iPLEDGE comprehension questions, within 30 days before each dispense (US PCGP, US26-QUIZ). */
  COMPREHENSION("COMPREHENSION"),
  /** Prescriber counseling, within 30 days before each dispense (US PCGP, US26-COUNSEL). */
  COUNSELING("COUNSELING");

  private final String code;

  ScheduleItem(String code) {
    this.code = code;
  }

  /** The stable string used in {@link DueItem#item()} and the API. */
  public String code() {
    return code;
  }

  /** A due item for this schedule item. */
  public DueItem dueOn(LocalDate date) {
    return new DueItem(code, date);
  }
}
