package com.isocourse.core.dosing;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the morning and evening capsules for a prescribed dose (rules.md §4, dose planning).
 *
 * <p>Target mg/day = weight × mg/kg/day. Two divided doses, each of 1 to {@code maxCapsulesPerDose}
 * capsules of the product's strengths; the morning dose is never smaller than the evening dose. The
 * daily total closest to the target wins, but it may exceed the target by at most 10 % and never
 * the ALL-MAXDOSE ceiling (2.0 mg/kg/day, micronized 1.6). Ties go, in order, to fewer capsules,
 * the most even split, the larger morning capsules at the first difference, then the larger evening
 * capsules. Arithmetic is decimal, so a total exactly 10 % above the target, or exactly at the
 * ceiling, is allowed.
 */
public final class DosePlanner {
  private static final BigDecimal TOLERATED_EXCESS = new BigDecimal("1.1");

  private DosePlanner() {}

  /**
   * The regimen for the dose, or empty when no two-dose regimen fits under both ceilings (for
   * example a 10 kg patient at 1.0 mg/kg/day: the smallest regimen, 10 + 10 mg, is too much).
   *
   * @throws IllegalArgumentException when {@code mgPerKgPerDay ≤ 0} or {@code maxCapsulesPerDose <
   *     1}
   */
  public static Optional<Regimen> plan(
      Formulation formulation, BodyWeight weight, double mgPerKgPerDay, int maxCapsulesPerDose) {
    if (!(mgPerKgPerDay > 0) || Double.isInfinite(mgPerKgPerDay)) {
      throw new IllegalArgumentException("mgPerKgPerDay must be positive");
    }
    if (maxCapsulesPerDose < 1) {
      throw new IllegalArgumentException("maxCapsulesPerDose must be at least 1");
    }
    BigDecimal kg = BigDecimal.valueOf(weight.kg());
    BigDecimal target = kg.multiply(BigDecimal.valueOf(mgPerKgPerDay));
    BigDecimal ceiling =
        target
            .multiply(TOLERATED_EXCESS)
            .min(kg.multiply(BigDecimal.valueOf(formulation.maxMgPerKgPerDay())));
    int maxDailyMg = ceiling.intValue();
    Map<Integer, List<Integer>> doses =
        CapsuleCombinations.bestByDoseMg(formulation.strengthsMg(), maxCapsulesPerDose, maxDailyMg);
    return candidates(doses, maxDailyMg).stream().min(closestTo(target));
  }

  /** Every morning/evening pair with morning ≥ evening and a total within the ceiling. */
  private static List<Regimen> candidates(Map<Integer, List<Integer>> doses, int maxDailyMg) {
    List<Regimen> regimens = new ArrayList<>();
    doses.forEach(
        (morning, morningCapsules) ->
            doses.forEach(
                (evening, eveningCapsules) -> {
                  if (evening <= morning && morning + evening <= maxDailyMg) {
                    regimens.add(new Regimen(morningCapsules, eveningCapsules));
                  }
                }));
    return regimens;
  }

  /** §4 order: distance to target, fewer capsules, even split, larger morning, larger evening. */
  private static Comparator<Regimen> closestTo(BigDecimal target) {
    Comparator<Regimen> byDistance =
        Comparator.comparing(r -> BigDecimal.valueOf(r.mgPerDay()).subtract(target).abs());
    return byDistance
        .thenComparingInt(Regimen::capsulesPerDay)
        .thenComparingInt(r -> r.morningDoseMg() - r.eveningDoseMg())
        .thenComparing(Regimen::morningMg, CapsuleCombinations.LARGER_FIRST)
        .thenComparing(Regimen::eveningMg, CapsuleCombinations.LARGER_FIRST);
  }
}
