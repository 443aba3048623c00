package com.isocourse.core.dosing;

import com.isocourse.core.course.Formulation;

/**
 * The label's daily dose range and the course target range (rules.md §3.3 notes, §4). These give
 * information notes only; they never block.
 */
public final class DoseRange {
  /** Targets above this are offered with the {@code HIGH_CUMULATIVE_TARGET} note (§3.3). */
  public static final double HIGH_TARGET_ABOVE_MG_PER_KG = 150;

  private DoseRange() {}

  /**
   * {@code LOW_DOSE_REGIMEN} note (§3.3): the prescribed dose is below 0.5 mg/kg/day, or 0.4 for
   * micronized. Low-dose regimens are a clinician's choice and are allowed (§4).
   */
  public static boolean lowDoseRegimen(Formulation formulation, double mgPerKgPerDay) {
    return mgPerKgPerDay < formulation.lowDoseBelowMgPerKgPerDay();
  }

  /** {@code HIGH_CUMULATIVE_TARGET} note (§3.3): the course target is above 150 mg/kg. */
  public static boolean highCumulativeTarget(double targetMgPerKg) {
    return targetMgPerKg > HIGH_TARGET_ABOVE_MG_PER_KG;
  }
}
