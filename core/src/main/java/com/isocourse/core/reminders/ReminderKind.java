package com.isocourse.core.reminders;

/** What a reminder is about, as a stable code (message keys and dedupe keys use it). */
public enum ReminderKind {
  /**
   * The monthly pregnancy test is due (rules.md §5, PCGP): from its date a new negative test opens
   * the next 7-day pickup window (US26-WINDOW).
   */
  PREGNANCY_TEST_WINDOW_OPENS,
  /** The 7-day window of the latest counting negative test closes (US26-WINDOW, S + 6). */
  PREGNANCY_TEST_WINDOW_CLOSES,
  /** The monthly PHQ-9 mood questions are due (rules.md §5, mood screen). */
  MOOD_QUESTIONS_DUE,
  /** The monthly comprehension questions are due (US26-QUIZ, US PCGP). */
  COMPREHENSION_QUESTIONS_DUE,
  /** ALT and triglycerides are due (rules.md §5, WARN-LABS). */
  LABS_DUE,
  /** The last day an issued authorization may be picked up (do-not-dispense-after, §3.4, §3.6). */
  PICKUP_DEADLINE,
  /** The pregnancy test 30 days after the last dose (rules.md §5, PCGP). */
  POST_COURSE_PREGNANCY_TEST
}
