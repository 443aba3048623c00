package com.isocourse.core.authorization;

import static com.isocourse.core.course.PregnancyTest.Setting.CLINIC;
import static com.isocourse.core.course.PregnancyTest.Setting.HOME;
import static com.isocourse.core.course.PregnancyTest.Setting.LAB;
import static com.isocourse.core.fixtures.Decisions.doNotDispenseAfter;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.MONTHLY_TEST;
import static com.isocourse.core.fixtures.DispenseBaselines.PRE_TEST_1;
import static com.isocourse.core.fixtures.DispenseBaselines.PRE_TEST_2;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpFirstDispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.COUNSELING_NOT_CONFIRMED;
import static com.isocourse.core.reasons.ReasonCode.LOCKOUT_19_DAY;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_SETTING_NOT_ALLOWED;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_WINDOW_EXPIRED;
import static com.isocourse.core.rulesets.RuleSetId.US_IPLEDGE_2021;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.fixtures.DispenseCases;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** us-ipledge-2021 (rules.md §3.5), named explicitly so the 2027 baselines can be reused. */
class UsIpledge2021RulesTest {

  private static DispenseCases firstDispenseWithTestsAt(LocalDate previous, LocalDate latest) {
    return usPcgpFirstDispense()
        .underRuleSet(US_IPLEDGE_2021)
        .without(PregnancyTest.class)
        .withPregnancyTest(PRE_TEST_1.minusDays(15), LAB)
        .withPregnancyTest(previous, LAB)
        .withPregnancyTest(latest, LAB);
  }

  @ParameterizedTest(name = "first dispense, latest test at P+{0}: {1}")
  @CsvSource({
    "6, AUTHORIZED",
    "7, DENIED",
    "12, DENIED",
    "18, DENIED",
    "19, AUTHORIZED",
    "25, AUTHORIZED"
  })
  void aTestAfterAMissedWindowButWithin19DaysOpensNoWindow(int daysAfterP, String expected) {
    DispenseCases c = firstDispenseWithTestsAt(PRE_TEST_2.minusDays(daysAfterP), PRE_TEST_2);
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (expected.equals("DENIED")) {
      assertThat(reasons(d)).containsExactly(LOCKOUT_19_DAY);
    } else {
      assertThat(doNotDispenseAfter(d)).contains(PRE_TEST_2.plusDays(6));
    }
  }

  @Test
  void theLockoutAppliesOnlyToTheFirstDispense() {
    DispenseDecision d =
        usPcgpMidCourse()
            .underRuleSet(US_IPLEDGE_2021)
            .withPregnancyTest(MONTHLY_TEST.minusDays(11), LAB)
            .decide();

    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
    assertThat(reasons(d)).doesNotContain(LOCKOUT_19_DAY);
  }

  @Test
  void beforeTheFirstDoseTheTestOpeningTheWindowMustBeALabTest() {
    DispenseDecision d =
        usPcgpFirstDispense()
            .underRuleSet(US_IPLEDGE_2021)
            .without(PregnancyTest.class)
            .withPregnancyTest(PRE_TEST_1, LAB)
            .withPregnancyTest(PRE_TEST_2, CLINIC)
            .decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d))
        .contains(PREGNANCY_TEST_SETTING_NOT_ALLOWED, PREGNANCY_TEST_OUTSIDE_WINDOW)
        .doesNotContain(LOCKOUT_19_DAY);
  }

  @Test
  void aHomeTestNeverCountsEvenWhenTheSamePatientCouldUseOneUnder2026() {
    DispenseCases c =
        usPcgpMidCourse()
            .homeTestingAllowed(true)
            .withPregnancyTest(MONTHLY_TEST.plusDays(1), HOME);

    assertThat(outcome(c.decide())).isEqualTo("AUTHORIZED");
    DispenseDecision d = c.underRuleSet(US_IPLEDGE_2021).decide();
    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_SETTING_NOT_ALLOWED);
  }

  @ParameterizedTest(name = "PCNGP counseled {0} days before: {1} {2}")
  @CsvSource({
    "0, AUTHORIZED, ",
    "29, AUTHORIZED, ",
    "30, DENIED, PRESCRIPTION_WINDOW_EXPIRED",
    "31, DENIED, COUNSELING_NOT_CONFIRMED"
  })
  void patientsWhoCannotGetPregnantHaveA30DayWindowFromCounseling(
      int daysBefore, String expected, String code) {
    DispenseCases c = usPcngpMidCourse().underRuleSet(US_IPLEDGE_2021);
    LocalDate visit = c.requestDate().minusDays(daysBefore);
    DispenseDecision d = c.without(CounselingConfirmed.class).withCounseling(visit).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (expected.equals("AUTHORIZED")) {
      assertThat(doNotDispenseAfter(d)).contains(visit.plusDays(29));
    } else {
      assertThat(reasons(d)).contains(PRESCRIPTION_WINDOW_EXPIRED);
      assertThat(reasons(d).contains(COUNSELING_NOT_CONFIRMED)).isEqualTo(daysBefore > 30);
    }
  }
}
