package com.isocourse.core.dosing;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.CapsulesReturned;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.core.course.DoseMissed;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.exact.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The course's cumulative dose on a date (rules.md §4, cumulative dose; WARN-TARGET compares it
 * with the target).
 *
 * <p>Σ mg of the dispenses dated on or before the date − mg returned − mg logged as missed (both of
 * the course's formulation), divided by the latest body weight on or before the date, of any age.
 * Later facts are ignored (§3). Micronized mg count × 1.25 toward the conventional-equivalent
 * total, which is then labelled an estimate. Values are not rounded: output layers round.
 */
public final class CumulativeLedger {
  private CumulativeLedger() {}

  /** The cumulative dose as of the date, or empty when no body weight is recorded by then. */
  public static Optional<CumulativeDose> compute(
      CaseHistory history, LocalDate asOf, double targetMgPerKg) {
    return history
        .currentWeight(asOf)
        .map(measured -> dose(history, asOf, measured.weight(), targetMgPerKg));
  }

  private static CumulativeDose dose(
      CaseHistory history, LocalDate asOf, BodyWeight weight, double targetMgPerKg) {
    Formulation courseFormulation = courseFormulation(history);
    BigDecimal dispensedMg = BigDecimal.ZERO;
    BigDecimal dispensedEquivalentMg = BigDecimal.ZERO;
    boolean micronizedDispensed = false;
    for (Dispense dispense : history.asOf(asOf, Dispense.class)) {
      for (DispensedCapsules line : dispense.capsules()) {
        Formulation formulation = lineFormulation(history, asOf, dispense, line);
        BigDecimal lineMg = Decimals.of(line.mg());
        dispensedMg = dispensedMg.add(lineMg);
        dispensedEquivalentMg = dispensedEquivalentMg.add(lineMg.multiply(factor(formulation)));
        micronizedDispensed |= formulation == Formulation.MICRONIZED && line.mg() > 0;
      }
    }
    BigDecimal notTakenMg = BigDecimal.ZERO;
    for (CapsulesReturned r : history.asOf(asOf, CapsulesReturned.class)) {
      notTakenMg = notTakenMg.add(Decimals.of(r.mg()));
    }
    for (DoseMissed m : history.asOf(asOf, DoseMissed.class)) {
      notTakenMg = notTakenMg.add(Decimals.of(m.mg()));
    }
    BigDecimal mg = dispensedMg.subtract(notTakenMg);
    BigDecimal equivalentMg =
        micronizedDispensed
            ? dispensedEquivalentMg.subtract(notTakenMg.multiply(factor(courseFormulation)))
            : mg;
    BigDecimal kg = Decimals.of(weight.kg());
    BigDecimal target = Decimals.of(targetMgPerKg);
    return new CumulativeDose(
        mg.doubleValue(),
        Decimals.divide(mg, kg).doubleValue(),
        Decimals.divide(equivalentMg, kg).doubleValue(),
        targetMgPerKg,
        micronizedDispensed,
        Decimals.atLeast(equivalentMg, target.multiply(kg)));
  }

  /** The conventional-equivalent factor as an exact decimal (1.25 for micronized, else 1). */
  private static BigDecimal factor(Formulation formulation) {
    return Decimals.of(formulation.conventionalEquivalentFactor());
  }

  /** The line's formulation, else the dispensed prescription's, else the course's. */
  private static Formulation lineFormulation(
      CaseHistory history, LocalDate asOf, Dispense dispense, DispensedCapsules line) {
    return line.formulation()
        .or(() -> prescribedFormulation(history, asOf, dispense.prescriptionId()))
        .orElseGet(() -> courseFormulation(history));
  }

  private static Optional<Formulation> prescribedFormulation(
      CaseHistory history, LocalDate asOf, String prescriptionId) {
    List<Prescription> versions =
        history.stream(asOf, Prescription.class)
            .filter(p -> p.id().equals(prescriptionId))
            .toList();
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    // Restated on one date with different families: the larger equivalent counts (rules.md §3,
    // worst record wins: the higher cumulative dose reaches the target sooner).
    LocalDate latest = versions.get(versions.size() - 1).date();
    return versions.stream()
        .filter(p -> p.date().equals(latest))
        .map(Prescription::formulation)
        .flatMap(Optional::stream)
        .max(Comparator.comparingDouble(Formulation::conventionalEquivalentFactor));
  }

  /** The course's formulation; conventional when the course names none. */
  private static Formulation courseFormulation(CaseHistory history) {
    return history.course().formulation().orElse(Formulation.CONVENTIONAL);
  }
}
