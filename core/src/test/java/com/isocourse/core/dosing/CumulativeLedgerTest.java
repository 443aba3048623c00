package com.isocourse.core.dosing;

import static com.isocourse.core.fixtures.DosingFixtures.capsules;
import static com.isocourse.core.fixtures.DosingFixtures.courseOf;
import static com.isocourse.core.fixtures.DosingFixtures.courseWithoutFormulation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Formulation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cumulative dose of the course on a date (rules.md §4, WARN-TARGET). */
class CumulativeLedgerTest {
  private static final double TARGET = 135;
  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
  private static final LocalDate JAN_10 = LocalDate.of(2027, 1, 10);

  /** 60 kg; 900 mg on Dec 1, 1800 mg on Dec 31, 120 mg returned Jan 10, 60 mg missed Jan 15. */
  private static final CaseHistory CONVENTIONAL_COURSE =
      courseOf(Formulation.CONVENTIONAL)
          .weighed(60, LocalDate.of(2026, 11, 25))
          .dispensed(DEC_1, capsules(30, 30))
          .dispensed(DEC_31, capsules(30, 40), capsules(30, 20))
          .returned(120, JAN_10)
          .missed(60, LocalDate.of(2027, 1, 15))
          .history();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          before the first dispense nothing is counted             | 2026-11-30 | 0    | 0
          the first dispense counts on its own date                | 2026-12-01 | 900  | 15
          the second dispense is ignored the day before it         | 2026-12-30 | 900  | 15
          900 mg + 1800 mg at 60 kg is 45 mg/kg                    | 2026-12-31 | 2700 | 45
          returned capsules are subtracted                         | 2027-01-10 | 2580 | 43
          missed doses are subtracted                              | 2027-01-15 | 2520 | 42
          """)
  void countsOnlyFactsDatedOnOrBeforeTheDate(
      String sentence, LocalDate asOf, double mg, double mgPerKg) {
    CumulativeDose dose = CumulativeLedger.compute(CONVENTIONAL_COURSE, asOf, TARGET).orElseThrow();

    assertThat(dose.mg()).isEqualTo(mg);
    assertThat(dose.mgPerKg()).isCloseTo(mgPerKg, within(1e-9));
    assertThat(dose.equivalentMgPerKg()).isEqualTo(dose.mgPerKg());
    assertThat(dose.estimate()).isFalse();
    assertThat(dose.targetMgPerKg()).isEqualTo(TARGET);
  }

  @Test
  void micronizedMgCountOneAndAQuarterTimesAsAnEstimate() {
    CaseHistory history =
        courseOf(Formulation.MICRONIZED)
            .weighed(50, DEC_1)
            .dispensed(DEC_1, capsules(30, 32), capsules(30, 16))
            .returned(40, JAN_10)
            .history();

    CumulativeDose dose = CumulativeLedger.compute(history, JAN_10, TARGET).orElseThrow();

    assertThat(dose.mg()).isEqualTo(1400.0);
    assertThat(dose.mgPerKg()).isCloseTo(28.0, within(1e-9));
    assertThat(dose.equivalentMgPerKg()).isCloseTo((1440 * 1.25 - 40 * 1.25) / 50, within(1e-9));
    assertThat(dose.estimate()).isTrue();
  }

  @Test
  void theLinesFormulationOverridesThePrescriptionsWhichOverridesTheCourses() {
    CaseHistory history =
        courseOf(Formulation.CONVENTIONAL)
            .weighed(50, DEC_1)
            .prescribed("rx-1", Formulation.MICRONIZED, DEC_1)
            .dispensed(DEC_1, "rx-1", capsules(10, 20), capsules(10, 40, Formulation.CONVENTIONAL))
            .dispensed(DEC_1, "rx-2", capsules(10, 30))
            .history();

    CumulativeDose dose = CumulativeLedger.compute(history, DEC_1, TARGET).orElseThrow();

    assertThat(dose.mg()).isEqualTo(900.0);
    assertThat(dose.equivalentMgPerKg()).isCloseTo((200 * 1.25 + 400 + 300) / 50, within(1e-9));
    assertThat(dose.estimate()).isTrue();
  }

  @Test
  void withoutAnyFormulationCapsulesCountAsConventional() {
    CaseHistory history =
        courseWithoutFormulation()
            .weighed(50, DEC_1)
            .prescribed("rx-1", null, DEC_1)
            .dispensed(DEC_1, "rx-1", capsules(30, 20))
            .history();

    CumulativeDose dose = CumulativeLedger.compute(history, DEC_1, TARGET).orElseThrow();

    assertThat(dose.mgPerKg()).isCloseTo(12.0, within(1e-9));
    assertThat(dose.equivalentMgPerKg()).isEqualTo(dose.mgPerKg());
    assertThat(dose.estimate()).isFalse();
  }

  @Test
  void theLatestWeightOnOrBeforeTheDateDividesAndALaterOneIsIgnored() {
    CaseHistory history =
        courseOf(Formulation.CONVENTIONAL)
            .weighed(60, LocalDate.of(2026, 6, 1))
            .weighed(75, DEC_1)
            .weighed(90, JAN_10)
            .dispensed(DEC_1, capsules(30, 30), capsules(30, 30))
            .history();

    assertThat(CumulativeLedger.compute(history, DEC_31, TARGET).orElseThrow().mgPerKg())
        .isCloseTo(24.0, within(1e-9));
  }

  @Test
  void ofTwoWeightsOnTheSameDateTheOneListedLastCounts() {
    CaseHistory history =
        courseOf(Formulation.CONVENTIONAL)
            .weighed(90, DEC_1)
            .weighed(60, DEC_1)
            .dispensed(DEC_1, capsules(30, 40))
            .history();

    assertThat(CumulativeLedger.compute(history, DEC_1, TARGET).orElseThrow().mgPerKg())
        .isCloseTo(20.0, within(1e-9));
  }

  @Test
  void noWeightOnOrBeforeTheDateGivesNoCumulativeDose() {
    CaseHistory history =
        courseOf(Formulation.CONVENTIONAL)
            .dispensed(DEC_1, capsules(30, 40))
            .weighed(60, JAN_10)
            .history();

    assertThat(CumulativeLedger.compute(history, DEC_31, TARGET)).isEmpty();
  }

  @Test
  void theTargetIsReachedWhenTheEquivalentDoseMeetsIt() {
    CaseHistory history =
        courseOf(Formulation.MICRONIZED)
            .weighed(50, DEC_1)
            .dispensed(DEC_1, capsules(30, 32), capsules(30, 16))
            .history();

    assertThat(CumulativeLedger.compute(history, DEC_1, 36).orElseThrow().targetReached()).isTrue();
    assertThat(CumulativeLedger.compute(history, DEC_1, 36.1).orElseThrow().targetReached())
        .isFalse();
  }
}
