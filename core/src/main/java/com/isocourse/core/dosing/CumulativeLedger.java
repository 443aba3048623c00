package com.isocourse.core.dosing;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.CapsulesReturned;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.core.course.DoseMissed;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.course.WeightMeasured;
import java.time.LocalDate;
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
        .latest(asOf, WeightMeasured.class)
        .map(measured -> dose(history, asOf, measured.weight(), targetMgPerKg));
  }

  private static CumulativeDose dose(
      CaseHistory history, LocalDate asOf, BodyWeight weight, double targetMgPerKg) {
    Formulation courseFormulation = courseFormulation(history);
    double dispensedMg = 0;
    double dispensedEquivalentMg = 0;
    boolean micronizedDispensed = false;
    for (Dispense dispense : history.asOf(asOf, Dispense.class)) {
      for (DispensedCapsules line : dispense.capsules()) {
        Formulation formulation = lineFormulation(history, asOf, dispense, line);
        dispensedMg += line.mg();
        dispensedEquivalentMg += line.mg() * formulation.conventionalEquivalentFactor();
        micronizedDispensed |= formulation == Formulation.MICRONIZED && line.mg() > 0;
      }
    }
    double notTakenMg =
        history.stream(asOf, CapsulesReturned.class).mapToDouble(CapsulesReturned::mg).sum()
            + history.stream(asOf, DoseMissed.class).mapToDouble(DoseMissed::mg).sum();
    double mg = dispensedMg - notTakenMg;
    double mgPerKg = mg / weight.kg();
    double equivalentMgPerKg =
        micronizedDispensed
            ? (dispensedEquivalentMg
                    - notTakenMg * courseFormulation.conventionalEquivalentFactor())
                / weight.kg()
            : mgPerKg;
    return new CumulativeDose(mg, mgPerKg, equivalentMgPerKg, targetMgPerKg, micronizedDispensed);
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
    return history.stream(asOf, Prescription.class)
        .filter(p -> p.id().equals(prescriptionId))
        .reduce((first, second) -> second)
        .flatMap(Prescription::formulation);
  }

  /** The course's formulation; conventional when the course names none. */
  private static Formulation courseFormulation(CaseHistory history) {
    return history.course().formulation().orElse(Formulation.CONVENTIONAL);
  }
}
