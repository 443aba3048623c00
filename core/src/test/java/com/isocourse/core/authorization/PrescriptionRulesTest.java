package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.missing;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.capsules;
import static com.isocourse.core.fixtures.DispenseBaselines.dispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.DOSE_ABOVE_MAXIMUM;
import static com.isocourse.core.reasons.ReasonCode.FORMULATION_MISMATCH;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_ALREADY_DISPENSED;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_CANCELLED;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_NOT_FOUND;
import static com.isocourse.core.reasons.ReasonCode.QUANTITY_EXCEEDS_PRESCRIPTION;
import static com.isocourse.core.reasons.ReasonCode.REFILLS_NOT_ALLOWED;
import static com.isocourse.core.reasons.ReasonCode.SUPPLY_OVER_30_DAYS;
import static com.isocourse.core.reasons.ReasonCode.WEIGHT_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.fixtures.DispenseCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §3.1 rules about the prescription, the dose and the weight it is checked against. */
class PrescriptionRulesTest {

  @ParameterizedTest(name = "PCGP={0}: {1} days, {2} refills: {3}")
  @CsvSource({
    "true, 30, 0, AUTHORIZED",
    "true, 31, 0, DENIED",
    "true, 30, 1, DENIED",
    "false, 31, 0, DENIED",
    "false, 30, 1, DENIED"
  })
  void usPrescriptionsAreForAtMost30DaysWithoutRefills(
      boolean pcgp, int days, int refills, String expected) {
    DispenseCases c = pcgp ? usPcgpMidCourse() : usPcngpMidCourse();
    DispenseDecision d = c.daysSupply(days).refills(refills).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(SUPPLY_OVER_30_DAYS)).isEqualTo(days > 30);
    assertThat(reasons(d).contains(REFILLS_NOT_ALLOWED)).isEqualTo(refills > 0);
  }

  @ParameterizedTest(name = "{0} × 40 mg and {1} × {2} mg: {3}")
  @CsvSource({
    "30, 30, 20, AUTHORIZED",
    "29, 10, 20, AUTHORIZED",
    "31, 30, 20, DENIED",
    "30, 31, 20, DENIED",
    "30, 1, 10, DENIED"
  })
  void noStrengthMayExceedCapsulesPerDayTimesDaysSupply(
      int count40, int countOther, int otherStrength, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .dispensing(capsules(40, count40, null), capsules(otherStrength, countOther, null))
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(QUANTITY_EXCEEDS_PRESCRIPTION))
        .isEqualTo(expected.equals("DENIED"));
  }

  @ParameterizedTest(name = "dispensing {0} capsules for a conventional prescription: {1}")
  @CsvSource({"CONVENTIONAL, AUTHORIZED", "LIDOSE, DENIED", "MICRONIZED, DENIED"})
  void productsAreNeverSubstitutedAcrossFamilies(Formulation dispensed, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .dispensing(capsules(40, 30, dispensed), capsules(20, 30, Formulation.CONVENTIONAL))
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(FORMULATION_MISMATCH)).isEqualTo(expected.equals("DENIED"));
  }

  @Test
  void aPrescriptionNotOnFileIsNotFound() {
    assertThat(reasons(usPcgpMidCourse().prescriptionNotOnFile().decide()))
        .containsExactly(PRESCRIPTION_NOT_FOUND);
  }

  @Test
  void aPrescriptionDatedAfterTheRequestIsNotFound() {
    DispenseCases c = usPcgpMidCourse();
    assertThat(reasons(c.prescriptionDated(c.requestDate().plusDays(1)).decide()))
        .containsExactly(PRESCRIPTION_NOT_FOUND);
  }

  @Test
  void aCancelledPrescriptionCannotBeFilled() {
    assertThat(reasons(usPcgpMidCourse().prescriptionCancelled().decide()))
        .containsExactly(PRESCRIPTION_CANCELLED);
  }

  @Test
  void aPrescriptionIsFilledOnce() {
    DispenseCases c = usPcgpMidCourse();
    DispenseDecision d = c.with(dispense(c.requestDate().minusDays(1), "rx-3")).decide();
    assertThat(reasons(d)).contains(PRESCRIPTION_ALREADY_DISPENSED);
  }

  @ParameterizedTest(name = "{0} {1} mg/day at {2} kg: {3}")
  @CsvSource({
    "CONVENTIONAL, 30, AUTHORIZED",
    "CONVENTIONAL, 29.9, DENIED",
    "LIDOSE, 30, AUTHORIZED",
    "LIDOSE, 29.9, DENIED"
  })
  void theDailyDoseIsAtMostTwoMgPerKg(Formulation f, double kg, String expected) {
    DispenseCases c = usPcgpMidCourse().courseFormulation(f).prescribing(f, regimen60());
    DispenseDecision d = c.without(WeightMeasured.class).withWeight(c.requestDate(), kg).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(DOSE_ABOVE_MAXIMUM)).isEqualTo(expected.equals("DENIED"));
  }

  @ParameterizedTest(name = "micronized 48 mg/day at {0} kg: {1}")
  @CsvSource({"30, AUTHORIZED", "29.9, DENIED"})
  void theMicronizedMaximumIs1Point6MgPerKg(double kg, String expected) {
    DispenseCases c =
        usPcgpMidCourse()
            .courseFormulation(Formulation.MICRONIZED)
            .prescribing(
                Formulation.MICRONIZED,
                new PrescribedCapsule(32, 1, 0),
                new PrescribedCapsule(16, 0, 1));
    DispenseDecision d = c.without(WeightMeasured.class).withWeight(c.requestDate(), kg).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(DOSE_ABOVE_MAXIMUM)).isEqualTo(expected.equals("DENIED"));
  }

  @ParameterizedTest(name = "weight recorded {0} days before the request: {1}")
  @CsvSource({"0, AUTHORIZED", "90, AUTHORIZED", "91, INDETERMINATE"})
  void aWeightOlderThan90DaysIsMissing(int daysOld, String expected) {
    DispenseCases c = usPcgpMidCourse().without(WeightMeasured.class);
    DispenseDecision d = c.withWeight(c.requestDate().minusDays(daysOld), 60).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(missing(d).contains(WEIGHT_MISSING)).isEqualTo(daysOld > 90);
  }

  @Test
  void theMaximumDoseIsNotJudgedWithoutACurrentWeight() {
    DispenseCases c = usPcgpMidCourse().without(WeightMeasured.class);
    DispenseDecision d = c.withWeight(c.requestDate().minusDays(91), 10).decide();

    assertThat(outcome(d)).isEqualTo("INDETERMINATE");
    assertThat(reasons(d)).doesNotContain(DOSE_ABOVE_MAXIMUM);
  }

  private static PrescribedCapsule[] regimen60() {
    return new PrescribedCapsule[] {
      new PrescribedCapsule(40, 1, 0), new PrescribedCapsule(20, 0, 1)
    };
  }
}
