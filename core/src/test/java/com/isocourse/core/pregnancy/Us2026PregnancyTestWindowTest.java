package com.isocourse.core.pregnancy;

import static com.isocourse.core.course.PregnancyTest.Setting.CLINIC;
import static com.isocourse.core.course.PregnancyTest.Setting.HOME;
import static com.isocourse.core.course.PregnancyTest.Setting.LAB;
import static com.isocourse.core.fixtures.Decisions.doNotDispenseAfter;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.MONTHLY_TEST;
import static com.isocourse.core.fixtures.DispenseBaselines.PRE_TEST_1;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpFirstDispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.LOCKOUT_19_DAY;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_SETTING_NOT_ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** US26-WINDOW, US26-HOME and US26-NOLOCK: the 7-day window from the specimen date S. */
class Us2026PregnancyTestWindowTest {

  @ParameterizedTest(name = "request on S+{0} is {1}")
  @CsvSource({"0, AUTHORIZED", "1, AUTHORIZED", "6, AUTHORIZED", "7, DENIED", "8, DENIED"})
  void windowClosesSixDaysAfterSpecimenDate(int daysAfterSpecimen, String expected) {
    DispenseDecision d =
        usPcgpMidCourse().requestedOn(MONTHLY_TEST.plusDays(daysAfterSpecimen)).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (expected.equals("AUTHORIZED")) {
      assertThat(doNotDispenseAfter(d)).contains(MONTHLY_TEST.plusDays(6));
    } else {
      assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_OUTSIDE_WINDOW);
    }
  }

  @Test
  void noNegativeTestAtAllIsAMissingTestNotAnOutsideWindow() {
    DispenseDecision d = usPcgpMidCourse().without(PregnancyTest.class).decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_MISSING);
  }

  @Test
  void aHomeTestBeforeTheFirstDoseDoesNotCountEvenWhenHomeTestingIsAllowed() {
    var c = usPcgpFirstDispense().homeTestingAllowed(true);
    DispenseDecision d = c.withPregnancyTest(c.requestDate(), HOME).decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_SETTING_NOT_ALLOWED);
  }

  @ParameterizedTest(name = "a {0} test the day after S, home testing allowed={1}: {2}")
  @CsvSource({
    "HOME, false, DENIED",
    "HOME, true, AUTHORIZED",
    "CLINIC, false, AUTHORIZED",
    "LAB, false, AUTHORIZED",
    ", true, DENIED"
  })
  void aHomeTestCountsOnlyAfterTheFirstDoseAndWhenAllowed(
      PregnancyTest.Setting setting, boolean allowed, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .homeTestingAllowed(allowed)
            .withPregnancyTest(MONTHLY_TEST.plusDays(1), setting)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (expected.equals("AUTHORIZED")) {
      assertThat(doNotDispenseAfter(d)).contains(MONTHLY_TEST.plusDays(7));
    } else {
      assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_SETTING_NOT_ALLOWED);
    }
  }

  @Test
  void aTestThatDoesNotCountLeavesTheWindowJudgedOnTheLatestTestThatCounts() {
    LocalDate request = MONTHLY_TEST.plusDays(7);
    DispenseDecision d =
        usPcgpMidCourse().requestedOn(request).withPregnancyTest(request, HOME).decide();

    assertThat(reasons(d))
        .containsExactlyInAnyOrder(
            PREGNANCY_TEST_SETTING_NOT_ALLOWED, PREGNANCY_TEST_OUTSIDE_WINDOW);
  }

  @ParameterizedTest(name = "second test {0} days after a missed window reopens it at once")
  @CsvSource({"7", "11", "18"})
  void aNewNegativeTestReopensTheWindowWithoutA19DayLockout(int daysAfterPrevious) {
    LocalDate latest = LocalDate.of(2027, 1, 2);
    var c =
        usPcgpFirstDispense()
            .without(PregnancyTest.class)
            .withPregnancyTest(PRE_TEST_1.minusDays(10), LAB)
            .withPregnancyTest(latest.minusDays(daysAfterPrevious), CLINIC)
            .withPregnancyTest(latest, LAB);
    DispenseDecision d = c.decide();

    assertThat(d.ruleSet()).isEqualTo(RuleSetId.US_IPLEDGE_2026);
    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
    assertThat(reasons(d)).doesNotContain(LOCKOUT_19_DAY);
  }
}
