package com.isocourse.core.escalation;

import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How urgently a course needs the prescriber, most severe first. A course is in the most severe
 * tier any of its codes or due items puts it in ({@link #of}).
 */
public enum SeverityTier {
  /**
   * A stop about the patient's safety right now: a stop-now symptom, suicidal thoughts included
   * (SAFE-SYMPTOM), a mood screen that needs review (SAFE-MOOD), a positive pregnancy test
   * (ALL-PREG+), a missed period or contraception failure without a negative test since
   * (SAFE-PREGCHECK).
   */
  SAFETY_STOP("Safety stop"),
  /** A lab result at the stop level (SAFE-TG, SAFE-ALT). */
  LAB_STOP("Lab stop"),
  /**
   * Any other reason the next fill cannot go through: a blocking reason (the interaction stops
   * SAFE-TETRA and SAFE-RETINOID among them: they are lifted by the prescriber's own change of
   * medication, not by attending to the patient) or a fact the engine cannot decide without
   * (INDETERMINATE), which stops the fill just the same.
   */
  ADMINISTRATIVE_BLOCK("Fill blocked"),
  /** A due item overdue (7 days after its due date, rules.md §5), or labs overdue (WARN-LABS). */
  OVERDUE("Overdue"),
  /** A due item due today or earlier and not yet overdue. */
  DUE_TODAY("Due today"),
  /** A due item due within the next 7 days. */
  DUE_THIS_WEEK("Due this week"),
  /** Nothing needs the prescriber. */
  NONE("On track");

  /** The codes of {@link #SAFETY_STOP}. */
  static final Set<ReasonCode> SAFETY_CODES =
      Set.of(
          ReasonCode.SYMPTOM_NEEDS_REVIEW,
          ReasonCode.MOOD_NEEDS_REVIEW,
          ReasonCode.PREGNANCY_TEST_POSITIVE,
          ReasonCode.PREGNANCY_CHECK_NEEDED);

  private final String label;

  SeverityTier(String label) {
    this.label = label;
  }

  /** The tier in a few plain words, e.g. "Safety stop". */
  public String label() {
    return label;
  }

  /** Safety and lab stops: the tiers that alert the prescriber when a new fact raises them. */
  public boolean alertsThePrescriber() {
    return this == SAFETY_STOP || this == LAB_STOP;
  }

  /**
   * The tier of a course on a date.
   *
   * @param codes the codes of the decision's reasons, missing facts and warnings (notes are read
   *     too and rank nowhere)
   * @param due what the monitoring schedule wants done and when
   */
  public static SeverityTier of(Collection<ReasonCode> codes, List<DueItem> due, LocalDate date) {
    SeverityTier tier = NONE;
    for (ReasonCode c : codes) {
      tier = worse(tier, of(c));
    }
    for (DueItem d : due) {
      tier = worse(tier, of(d, date));
    }
    return tier;
  }

  /** The tier one code puts a course in. */
  public static SeverityTier of(ReasonCode code) {
    if (SAFETY_CODES.contains(code)) {
      return SAFETY_STOP;
    }
    if (code == ReasonCode.LAB_NEEDS_REVIEW) {
      return LAB_STOP;
    }
    if (code == ReasonCode.LABS_OVERDUE) {
      return OVERDUE;
    }
    return switch (code.kind()) {
      case BLOCKING, MISSING -> ADMINISTRATIVE_BLOCK;
      case WARNING, NOTE -> NONE;
    };
  }

  /** The tier one due item puts a course in on a date. */
  public static SeverityTier of(DueItem item, LocalDate date) {
    if (item.overdueOn(date)) {
      return OVERDUE;
    }
    if (!item.date().isAfter(date)) {
      return DUE_TODAY;
    }
    if (!item.date().isAfter(date.plusDays(7))) {
      return DUE_THIS_WEEK;
    }
    return NONE;
  }

  private static SeverityTier worse(SeverityTier a, SeverityTier b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
