package com.isocourse.core.selfreport;

import com.isocourse.core.course.MoodScreen;

/**
 * What a mood screen says, most severe first, by the thresholds of rules.md: SAFE-MOOD (a PHQ-9
 * with item 9 above 0 or a total of 20 or more stops fills until the prescriber reviews it) and
 * WARN-MOOD (a PHQ-9 of 10–19 with item 9 = 0, or a PHQ-2 of 3 or more, asks for follow-up). The
 * dispense rules and every channel that answers a patient read screens through {@link #of}, so the
 * thresholds exist once.
 */
public enum MoodReading {
  /** PHQ-9 item 9 above 0: thoughts of self-harm (SAFE-MOOD). */
  SELF_HARM_THOUGHTS,
  /** PHQ-9 total 20 or more with item 9 = 0: severe symptoms (SAFE-MOOD). */
  SEVERE,
  /** PHQ-9 total 10–19 with item 9 = 0, or PHQ-2 total 3 or more (WARN-MOOD). */
  POSITIVE,
  /** Below every threshold. */
  NEGATIVE;

  /** SAFE-MOOD: item 9 above 0 or total ≥ 20 on a PHQ-9. */
  public static final int PHQ9_REVIEW_TOTAL = 20;

  /** WARN-MOOD: PHQ-9 total ≥ 10. */
  public static final int PHQ9_POSITIVE_TOTAL = 10;

  /** WARN-MOOD: PHQ-2 total ≥ 3. */
  public static final int PHQ2_POSITIVE_TOTAL = 3;

  /** Reads one screen. */
  public static MoodReading of(MoodScreen m) {
    return switch (m.instrument()) {
      case PHQ9 -> {
        if (m.item9().orElse(0) > 0) {
          yield SELF_HARM_THOUGHTS;
        }
        if (m.total() >= PHQ9_REVIEW_TOTAL) {
          yield SEVERE;
        }
        yield m.total() >= PHQ9_POSITIVE_TOTAL ? POSITIVE : NEGATIVE;
      }
      case PHQ2 -> m.total() >= PHQ2_POSITIVE_TOTAL ? POSITIVE : NEGATIVE;
    };
  }

  /** SAFE-MOOD: fills stop until the prescriber has reviewed the screen. */
  public boolean needsReview() {
    return this == SELF_HARM_THOUGHTS || this == SEVERE;
  }
}
