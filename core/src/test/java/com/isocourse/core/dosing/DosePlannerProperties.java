package com.isocourse.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the two-dose planner (rules.md §4, ALL-MAXDOSE). */
class DosePlannerProperties {

  @Property
  void aPlanNeverExceedsTheLabelMaximumNorTheTargetByMoreThanTenPercent(
      @ForAll Formulation formulation,
      @ForAll @BigRange(min = "20", max = "150") @Scale(1) BigDecimal kg,
      @ForAll @BigRange(min = "0.1", max = "2.5") @Scale(2) BigDecimal mgPerKgPerDay,
      @ForAll @IntRange(min = 1, max = 3) int maxCapsulesPerDose) {
    plan(formulation, kg, mgPerKgPerDay, maxCapsulesPerDose)
        .ifPresent(
            regimen -> {
              BigDecimal total = BigDecimal.valueOf(regimen.mgPerDay());
              BigDecimal maximum = kg.multiply(BigDecimal.valueOf(formulation.maxMgPerKgPerDay()));
              BigDecimal tolerated = kg.multiply(mgPerKgPerDay).multiply(new BigDecimal("1.1"));
              assertThat(total).isLessThanOrEqualTo(maximum).isLessThanOrEqualTo(tolerated);
            });
  }

  @Property
  void theMorningDoseIsNeverSmallerAndEachDoseHoldsOneToMaxCapsules(
      @ForAll Formulation formulation,
      @ForAll @BigRange(min = "20", max = "150") @Scale(1) BigDecimal kg,
      @ForAll @BigRange(min = "0.1", max = "2.5") @Scale(2) BigDecimal mgPerKgPerDay,
      @ForAll @IntRange(min = 1, max = 3) int maxCapsulesPerDose) {
    plan(formulation, kg, mgPerKgPerDay, maxCapsulesPerDose)
        .ifPresent(
            regimen -> {
              assertThat(regimen.morningDoseMg()).isGreaterThanOrEqualTo(regimen.eveningDoseMg());
              assertThat(regimen.morningMg()).hasSizeBetween(1, maxCapsulesPerDose);
              assertThat(regimen.eveningMg()).hasSizeBetween(1, maxCapsulesPerDose);
              assertThat(formulation.strengthsMg())
                  .containsAll(regimen.morningMg())
                  .containsAll(regimen.eveningMg());
            });
  }

  @Property
  void thePlanIsDeterminedByItsInputs(
      @ForAll Formulation formulation,
      @ForAll @BigRange(min = "20", max = "150") @Scale(1) BigDecimal kg,
      @ForAll @BigRange(min = "0.1", max = "2.5") @Scale(2) BigDecimal mgPerKgPerDay,
      @ForAll @IntRange(min = 1, max = 3) int maxCapsulesPerDose) {
    assertThat(plan(formulation, kg, mgPerKgPerDay, maxCapsulesPerDose))
        .isEqualTo(plan(formulation, kg, mgPerKgPerDay, maxCapsulesPerDose));
  }

  @Property(tries = 300)
  void thePlanIsTheBestOfAnExhaustiveSearch(
      @ForAll Formulation formulation,
      @ForAll @BigRange(min = "8", max = "150") @Scale(1) BigDecimal kg,
      @ForAll @BigRange(min = "0.1", max = "2.5") @Scale(2) BigDecimal mgPerKgPerDay,
      @ForAll @IntRange(min = 1, max = 3) int maxCapsulesPerDose) {
    assertThat(plan(formulation, kg, mgPerKgPerDay, maxCapsulesPerDose))
        .isEqualTo(
            ExhaustiveRegimenSearch.best(formulation, kg, mgPerKgPerDay, maxCapsulesPerDose));
  }

  private static Optional<Regimen> plan(
      Formulation formulation, BigDecimal kg, BigDecimal mgPerKgPerDay, int maxCapsulesPerDose) {
    return DosePlanner.plan(
        formulation,
        new BodyWeight(kg.doubleValue()),
        mgPerKgPerDay.doubleValue(),
        maxCapsulesPerDose);
  }
}
