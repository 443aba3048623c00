package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.missing;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpFirstDispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.PATIENT_NOT_ENROLLED;
import static com.isocourse.core.reasons.ReasonCode.PATIENT_TOO_YOUNG;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_POSITIVE;
import static com.isocourse.core.reasons.ReasonCode.RETREATMENT_TOO_SOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §3.1 rules about the patient, the parties and the previous course. */
class PatientRulesTest {

  @ParameterizedTest(name = "born {0} days short of 12 years: {1}")
  @CsvSource({"1, DENIED", "0, AUTHORIZED"})
  void thePatientMustBe12OnTheRequestDate(int daysShort, String expected) {
    DispenseCases c = usPcgpMidCourse();
    DispenseDecision d = c.bornOn(c.requestDate().minusYears(12).plusDays(daysShort)).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(PATIENT_TOO_YOUNG)).isEqualTo(daysShort > 0);
  }

  @ParameterizedTest(name = "enrolled {0} days after the request: {1}")
  @CsvSource({"0, AUTHORIZED", "1, DENIED"})
  void thePatientMustBeEnrolledOnOrBeforeTheRequest(int daysAfter, String expected) {
    DispenseCases c = usPcgpMidCourse();
    DispenseDecision d = c.enrolledOn(c.requestDate().plusDays(daysAfter)).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(PATIENT_NOT_ENROLLED)).isEqualTo(daysAfter > 0);
  }

  @Test
  void aPatientNeverEnrolledIsDenied() {
    assertThat(reasons(usPcgpMidCourse().enrolledOn(null).decide()))
        .containsExactly(PATIENT_NOT_ENROLLED);
  }

  @ParameterizedTest(name = "prescriber={0}, pharmacy={1}: {2} {3}")
  @CsvSource({
    "false, true, DENIED, PRESCRIBER_NOT_CERTIFIED",
    ", true, INDETERMINATE, PRESCRIBER_STATUS_MISSING",
    "true, false, DENIED, PHARMACY_NOT_ACTIVE",
    "true, , INDETERMINATE, PHARMACY_STATUS_MISSING"
  })
  void anInactivePartyBlocksAndAnUnknownOneIsMissing(
      Boolean prescriber, Boolean pharmacy, String expected, ReasonCode code) {
    DispenseDecision d =
        usPcgpMidCourse().prescriberCertified(prescriber).pharmacyActive(pharmacy).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (expected.equals("DENIED")) {
      assertThat(reasons(d)).containsExactly(code);
    } else {
      assertThat(missing(d)).containsExactly(code);
      assertThat(d.reasons()).isEmpty();
    }
  }

  @Test
  void anUnknownBirthDateIsMissing() {
    DispenseDecision d = usPcgpMidCourse().bornOn(null).decide();
    assertThat(outcome(d)).isEqualTo("INDETERMINATE");
    assertThat(missing(d)).containsExactly(ReasonCode.BIRTH_DATE_MISSING);
  }

  @ParameterizedTest(name = "previous course ended {0} days before the first dispense: {1}")
  @CsvSource({"55, DENIED", "56, AUTHORIZED"})
  void aNewCourseStartsAtLeast8WeeksAfterThePreviousOne(int days, String expected) {
    DispenseCases c = usPcgpFirstDispense();
    DispenseDecision d = c.previousCourseEndedOn(c.requestDate().minusDays(days)).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(RETREATMENT_TOO_SOON)).isEqualTo(days < 56);
  }

  @Test
  void theRetreatmentIntervalIsCheckedOnlyOnTheFirstDispense() {
    DispenseCases c = usPcgpMidCourse();
    assertThat(outcome(c.previousCourseEndedOn(c.requestDate().minusDays(10)).decide()))
        .isEqualTo("AUTHORIZED");
  }

  @ParameterizedTest(name = "positive test on {0}, review on {1} clearing {2}: {3}")
  @CsvSource({
    "2027-02-15, , , DENIED",
    "2027-02-15, 2027-02-16, PREGNANCY_TEST_POSITIVE, AUTHORIZED",
    "2027-02-15, 2027-02-15, PREGNANCY_TEST_POSITIVE, AUTHORIZED",
    "2027-02-15, 2027-02-14, PREGNANCY_TEST_POSITIVE, DENIED",
    "2027-02-15, 2027-02-16, LAB_NEEDS_REVIEW, DENIED",
    "2026-11-19, , , AUTHORIZED"
  })
  void aPositivePregnancyTestBlocksUntilReviewed(
      LocalDate test, LocalDate review, ReasonCode clears, String expected) {
    DispenseCases c = usPcgpMidCourse().withPositivePregnancyTest(test);
    if (review != null) {
      c.withReview(review, clears);
    }
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(PREGNANCY_TEST_POSITIVE)).isEqualTo(expected.equals("DENIED"));
  }
}
