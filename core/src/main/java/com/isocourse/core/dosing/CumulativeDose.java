package com.isocourse.core.dosing;

import com.isocourse.core.exact.Decimals;

/**
 * Cumulative isotretinoin of the course (rules.md §4): mg dispensed − returned − missed, per kg of
 * the latest body weight.
 *
 * @param mg net mg taken so far
 * @param mgPerKg actual mg/kg
 * @param equivalentMgPerKg conventional-equivalent mg/kg (micronized × 1.25); an estimate when any
 *     micronized capsule was dispensed
 * @param targetMgPerKg the course target compared with {@code equivalentMgPerKg}
 * @param estimate true when {@code equivalentMgPerKg} is an estimate (micronized capsules counted)
 * @param targetReached WARN-TARGET: the equivalent dose has reached the target, decided on exact
 *     decimals (equivalent mg ≥ target × kg), so 7,040 mg at 70.4 kg reaches a 100 mg/kg target
 */
public record CumulativeDose(
    double mg,
    double mgPerKg,
    double equivalentMgPerKg,
    double targetMgPerKg,
    boolean estimate,
    boolean targetReached) {

  /** A dose whose target comparison is made on the given figures themselves. */
  public CumulativeDose(
      double mg, double mgPerKg, double equivalentMgPerKg, double targetMgPerKg, boolean estimate) {
    this(
        mg,
        mgPerKg,
        equivalentMgPerKg,
        targetMgPerKg,
        estimate,
        Decimals.atLeast(Decimals.of(equivalentMgPerKg), Decimals.of(targetMgPerKg)));
  }
}
