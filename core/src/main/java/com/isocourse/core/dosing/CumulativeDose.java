package com.isocourse.core.dosing;

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
 */
public record CumulativeDose(
    double mg, double mgPerKg, double equivalentMgPerKg, double targetMgPerKg, boolean estimate) {

  /** WARN-TARGET: the equivalent cumulative dose has reached the target. */
  public boolean targetReached() {
    return equivalentMgPerKg >= targetMgPerKg;
  }
}
