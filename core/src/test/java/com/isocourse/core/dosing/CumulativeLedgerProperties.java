package com.isocourse.core.dosing;

import static com.isocourse.core.fixtures.DosingFixtures.capsules;
import static com.isocourse.core.fixtures.DosingFixtures.courseOf;
import static com.isocourse.core.fixtures.DosingFixtures.dispense;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Formulation;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the cumulative dose (rules.md §4). */
class CumulativeLedgerProperties {
  private static final LocalDate START = LocalDate.of(2026, 12, 1);

  @Property
  void addingADispenseNeverLowersTheCumulativeDose(
      @ForAll Formulation courseFormulation,
      @ForAll Formulation dispensedFormulation,
      @ForAll @IntRange(min = 0, max = 90) int dayOfDispense,
      @ForAll @IntRange(min = 0, max = 90) int dayOfDecision,
      @ForAll @IntRange(min = 0, max = 60) int count,
      @ForAll @IntRange(min = 0, max = 2000) int returnedMg) {
    CaseHistory before =
        courseOf(courseFormulation)
            .weighed(64.5, START)
            .dispensed(START, capsules(30, 40))
            .returned(returnedMg, START.plusDays(20))
            .history();
    CaseHistory after =
        before.with(
            dispense(START.plusDays(dayOfDispense), capsules(count, 20, dispensedFormulation)));
    LocalDate asOf = START.plusDays(dayOfDecision);

    CumulativeDose was = CumulativeLedger.compute(before, asOf, 135).orElseThrow();
    CumulativeDose is = CumulativeLedger.compute(after, asOf, 135).orElseThrow();

    assertThat(is.mg()).isGreaterThanOrEqualTo(was.mg());
    assertThat(is.mgPerKg()).isGreaterThanOrEqualTo(was.mgPerKg());
    assertThat(is.equivalentMgPerKg()).isGreaterThanOrEqualTo(was.equivalentMgPerKg());
  }

  @Property
  void theEquivalentDoseEqualsTheActualOneUnlessMicronizedWasDispensed(
      @ForAll Formulation courseFormulation,
      @ForAll Formulation dispensedFormulation,
      @ForAll @IntRange(min = 0, max = 60) int count) {
    CaseHistory history =
        courseOf(courseFormulation)
            .weighed(70, START)
            .dispensed(START, capsules(count, 20, dispensedFormulation))
            .missed(40, START)
            .history();

    CumulativeDose dose = CumulativeLedger.compute(history, START, 135).orElseThrow();

    assertThat(dose.estimate())
        .isEqualTo(dispensedFormulation == Formulation.MICRONIZED && count > 0);
    if (!dose.estimate()) {
      assertThat(dose.equivalentMgPerKg()).isEqualTo(dose.mgPerKg());
    }
  }
}
