package com.isocourse.core.dosing;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Projects a planned regimen to the course's cumulative target (rules.md §4, projection): days to
 * target = ⌈(target × weight − cumulative mg so far) ÷ achieved mg/day⌉, at least 0; projected end
 * date = start + days − 1; a 30-day fill = 30 × the capsules of each strength per day.
 */
public final class DoseProjection {
  private static final int FILL_DAYS = 30;

  private DoseProjection() {}

  /**
   * The plan and its projection, or empty when {@link DosePlanner#plan} finds no regimen.
   *
   * @param targetMgPerKg the course's cumulative target in mg/kg (§4, default 135)
   * @param cumulativeMgSoFar mg already taken in this course (see {@link CumulativeLedger})
   * @param start the date of the first dose of the planned regimen
   * @throws IllegalArgumentException for a non-positive target, a negative cumulative dose, or the
   *     planner's invalid arguments
   */
  public static Optional<DosePlan> project(
      Formulation formulation,
      BodyWeight weight,
      double mgPerKgPerDay,
      double targetMgPerKg,
      double cumulativeMgSoFar,
      LocalDate start,
      int maxCapsulesPerDose) {
    if (!(targetMgPerKg > 0) || Double.isInfinite(targetMgPerKg)) {
      throw new IllegalArgumentException("targetMgPerKg must be positive");
    }
    if (!(cumulativeMgSoFar >= 0) || Double.isInfinite(cumulativeMgSoFar)) {
      throw new IllegalArgumentException("cumulativeMgSoFar must not be negative");
    }
    return DosePlanner.plan(formulation, weight, mgPerKgPerDay, maxCapsulesPerDose)
        .map(regimen -> projection(regimen, weight, targetMgPerKg, cumulativeMgSoFar, start));
  }

  private static DosePlan projection(
      Regimen regimen,
      BodyWeight weight,
      double targetMgPerKg,
      double cumulativeMgSoFar,
      LocalDate start) {
    BigDecimal kg = BigDecimal.valueOf(weight.kg());
    BigDecimal mgPerDay = BigDecimal.valueOf(regimen.mgPerDay());
    double achievedMgPerKg = mgPerDay.divide(kg, 1, RoundingMode.HALF_UP).doubleValue();
    int days = daysToTarget(kg, mgPerDay, targetMgPerKg, cumulativeMgSoFar);
    return new DosePlan(
        regimen,
        regimen.mgPerDay(),
        achievedMgPerKg,
        days,
        start.plusDays(days - 1L),
        fill30(regimen));
  }

  private static int daysToTarget(
      BigDecimal kg, BigDecimal mgPerDay, double targetMgPerKg, double cumulativeMgSoFar) {
    BigDecimal remainingMg =
        BigDecimal.valueOf(targetMgPerKg)
            .multiply(kg)
            .subtract(BigDecimal.valueOf(cumulativeMgSoFar));
    return Math.max(0, remainingMg.divide(mgPerDay, 0, RoundingMode.CEILING).intValueExact());
  }

  private static SortedMap<Integer, Integer> fill30(Regimen regimen) {
    SortedMap<Integer, Integer> fill = new TreeMap<>(Comparator.reverseOrder());
    regimen.capsulesPerDayByStrength().forEach((mg, perDay) -> fill.put(mg, FILL_DAYS * perDay));
    return fill;
  }
}
