package com.isocourse.core.authorization;

import static com.isocourse.core.course.PregnancyTest.Setting.CLINIC;
import static com.isocourse.core.course.PregnancyTest.Setting.HOME;
import static com.isocourse.core.course.PregnancyTest.Setting.LAB;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.MID_COURSE;
import static com.isocourse.core.fixtures.DispenseBaselines.euPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_CHECK_NEEDED;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.symptoms.SymptomCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SAFE-PREGCHECK (rules.md §3.2, amended 2026-12-01): a missed period or contraception failure
 * reported by a patient who can get pregnant (or whose category is unknown) holds fills until a
 * negative test dated on or after the report, or a prescriber review.
 */
class PregnancyCheckTest {
  private static final LocalDate REPORT = MID_COURSE.minusDays(1);

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SymptomCode.class,
      names = {"MISSED_PERIOD", "CONTRACEPTION_FAILURE"})
  void holdsFillsUntilAPregnancyCheck(SymptomCode code) {
    DispenseDecision d = usPcgpMidCourse().withSymptom(REPORT, code).decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d)).containsExactly(PREGNANCY_CHECK_NEEDED);
  }

  @ParameterizedTest(name = "negative {1} test {0} days after the report: {2}")
  @CsvSource({
    "-1, CLINIC, DENIED", // below: a test before the report does not answer it
    "0, CLINIC, AUTHORIZED", // at: the same day counts
    "1, LAB, AUTHORIZED", // above
    "0, HOME, DENIED" // home testing is not allowed for this patient (US26-HOME)
  })
  void aNegativeTestOnOrAfterTheReportClearsIt(
      int daysAfter, PregnancyTest.Setting setting, String expected) {
    LocalDate test = REPORT.plusDays(daysAfter);
    DispenseDecision d =
        usPcgpMidCourse()
            .withSymptom(REPORT, SymptomCode.MISSED_PERIOD)
            .withPregnancyTest(test, setting)
            .decide();

    assertThat(reasons(d).contains(PREGNANCY_CHECK_NEEDED)).isEqualTo(expected.equals("DENIED"));
  }

  @Test
  void anAllowedHomeTestAfterTheFirstDoseClearsIt() {
    DispenseDecision d =
        usPcgpMidCourse()
            .homeTestingAllowed(true)
            .withSymptom(REPORT, SymptomCode.MISSED_PERIOD)
            .withPregnancyTest(REPORT, HOME)
            .decide();

    assertThat(reasons(d)).doesNotContain(PREGNANCY_CHECK_NEEDED);
  }

  @ParameterizedTest(name = "review {0} days after the report: cleared {1}")
  @CsvSource({"-1, false", "0, true", "1, true"})
  void aReviewOnOrAfterTheReportClearsIt(int daysAfter, boolean cleared) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withSymptom(REPORT, SymptomCode.CONTRACEPTION_FAILURE)
            .withReview(REPORT.plusDays(daysAfter), PREGNANCY_CHECK_NEEDED)
            .decide();

    assertThat(reasons(d).contains(PREGNANCY_CHECK_NEEDED)).isEqualTo(!cleared);
  }

  @Test
  void aLaterReportHoldsAgainAfterACheck() {
    DispenseCases c =
        usPcgpMidCourse()
            .withSymptom(REPORT.minusDays(5), SymptomCode.MISSED_PERIOD)
            .withPregnancyTest(REPORT.minusDays(4), LAB)
            .withSymptom(REPORT, SymptomCode.CONTRACEPTION_FAILURE);

    assertThat(reasons(c.decide())).containsExactly(PREGNANCY_CHECK_NEEDED);
  }

  @Test
  void notRaisedForAPatientWhoCannotGetPregnant() {
    assertThat(reasons(usPcngpMidCourse().withSymptom(REPORT, SymptomCode.MISSED_PERIOD).decide()))
        .isEmpty();
  }

  @Test
  void raisedWhenTheRiskCategoryIsUnknown() {
    DispenseDecision d =
        usPcgpMidCourse()
            .riskCategory(null)
            .withSymptom(REPORT, SymptomCode.MISSED_PERIOD)
            .decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d)).contains(PREGNANCY_CHECK_NEEDED);
  }

  @Test
  void euNeedsAMedicallySupervisedTest() {
    DispenseCases c = euPcgpMidCourse().withSymptom(REPORT, SymptomCode.MISSED_PERIOD);

    assertThat(reasons(c.decide())).contains(PREGNANCY_CHECK_NEEDED);
    assertThat(reasons(c.withPregnancyTest(REPORT, CLINIC).decide()))
        .doesNotContain(PREGNANCY_CHECK_NEEDED);
  }

  @Test
  void aPositiveTestAfterTheReportDoesNotClearIt() {
    DispenseDecision d =
        usPcgpMidCourse()
            .withSymptom(REPORT, SymptomCode.MISSED_PERIOD)
            .withPositivePregnancyTest(MID_COURSE)
            .decide();

    assertThat(reasons(d)).contains(PREGNANCY_CHECK_NEEDED, PREGNANCY_TEST_POSITIVE);
  }

  @Test
  void theCategoryIsReadFromThePatient() {
    assertThat(
            reasons(
                usPcgpMidCourse()
                    .riskCategory(RiskCategory.CAN_GET_PREGNANT)
                    .withSymptom(REPORT, SymptomCode.MISSED_PERIOD)
                    .decide()))
        .contains(PREGNANCY_CHECK_NEEDED);
  }
}
