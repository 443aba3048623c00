package com.isocourse.core.pregnancy;

import static com.isocourse.core.course.ContraceptionMethod.IUD;
import static com.isocourse.core.course.ContraceptionMethod.MALE_CONDOM;
import static com.isocourse.core.course.PregnancyTest.Setting.CLINIC;
import static com.isocourse.core.course.PregnancyTest.Setting.HOME;
import static com.isocourse.core.course.PregnancyTest.Setting.LAB;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.PRE_TEST_2;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpFirstDispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_LEAD_IN_TOO_SHORT;
import static com.isocourse.core.reasons.ReasonCode.PRETREATMENT_TESTS_INCOMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.PregnancyTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** US26-PRE-TESTS and US26-LEADIN: what the first dispense of a course needs. */
class Us2026PretreatmentAndLeadInTest {

  @ParameterizedTest(name = "{1} tests {0} days apart: {2}")
  @CsvSource({
    "18, LAB, DENIED",
    "19, LAB, AUTHORIZED",
    "30, LAB, AUTHORIZED",
    "19, CLINIC, AUTHORIZED",
    "25, HOME, DENIED"
  })
  void twoMedicalPretreatmentTestsAtLeast19DaysApart(
      int daysApart, PregnancyTest.Setting firstSetting, String expected) {
    DispenseDecision d =
        usPcgpFirstDispense()
            .without(PregnancyTest.class)
            .withPregnancyTest(PRE_TEST_2.minusDays(daysApart), firstSetting)
            .withPregnancyTest(PRE_TEST_2, LAB)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(PRETREATMENT_TESTS_INCOMPLETE))
        .isEqualTo(expected.equals("DENIED"));
  }

  @Test
  void aSpacedPairFollowedByALaterMedicalTestStillSatisfiesTheRule() {
    DispenseDecision d =
        usPcgpFirstDispense()
            .without(PregnancyTest.class)
            .withPregnancyTest(LocalDate.of(2026, 12, 1), LAB)
            .withPregnancyTest(LocalDate.of(2026, 12, 20), LAB)
            .withPregnancyTest(PRE_TEST_2, CLINIC)
            .decide();

    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
  }

  @Test
  void theSpacingIsAPolicyParameter() {
    DispenseDecision d =
        usPcgpFirstDispense().withPolicy("pretreatment.minDaysBetween", "24").decide();

    assertThat(reasons(d)).containsExactly(PRETREATMENT_TESTS_INCOMPLETE);
  }

  @Test
  void pretreatmentTestsAreNotAskedForAfterTheFirstDispense() {
    DispenseDecision d =
        usPcgpMidCourse()
            .without(PregnancyTest.class)
            .withPregnancyTest(LocalDate.of(2027, 3, 3), CLINIC)
            .decide();

    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
  }

  @ParameterizedTest(name = "contraception in use {0} days before the first dispense: {1}")
  @CsvSource({"29, DENIED", "30, AUTHORIZED", "60, AUTHORIZED"})
  void firstDispenseNeeds30DaysOfContraception(int daysInUse, String expected) {
    var c = usPcgpFirstDispense().without(ContraceptionRecord.class);
    DispenseDecision d =
        c.withContraception(PRE_TEST_2, c.requestDate().minusDays(daysInUse), IUD, MALE_CONDOM)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(CONTRACEPTION_LEAD_IN_TOO_SHORT))
        .isEqualTo(expected.equals("DENIED"));
  }

  @Test
  void theLeadInIsNotAskedForAfterTheFirstDispense() {
    var c = usPcgpMidCourse().without(ContraceptionRecord.class);
    DispenseDecision d =
        c.withContraception(c.requestDate(), c.requestDate().minusDays(3), IUD, MALE_CONDOM)
            .decide();

    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
  }

  @Test
  void aHomeTestIsNeverAPretreatmentTest() {
    DispenseDecision d =
        usPcgpFirstDispense()
            .homeTestingAllowed(true)
            .without(PregnancyTest.class)
            .withPregnancyTest(LocalDate.of(2026, 12, 1), HOME)
            .withPregnancyTest(PRE_TEST_2, LAB)
            .decide();

    assertThat(reasons(d)).containsExactly(PRETREATMENT_TESTS_INCOMPLETE);
  }
}
