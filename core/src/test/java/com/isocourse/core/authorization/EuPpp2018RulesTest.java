package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.doNotDispenseAfter;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.MONTHLY_TEST;
import static com.isocourse.core.fixtures.DispenseBaselines.euPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.euPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.ACKNOWLEDGEMENT_MISSING;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_LEAD_IN_TOO_SHORT;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_WINDOW_EXPIRED;
import static com.isocourse.core.reasons.ReasonCode.REFILLS_NOT_ALLOWED;
import static com.isocourse.core.reasons.ReasonCode.SUPPLY_OVER_30_DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.AcknowledgementSigned;
import com.isocourse.core.course.ContraceptionMethod;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** eu-ppp-2018 (rules.md §3.6); the baseline prescription is dated {@link #RX} = 2027-03-03. */
class EuPpp2018RulesTest {
  private static final LocalDate RX = MONTHLY_TEST;

  @ParameterizedTest(name = "{1} test at prescription date {0}: {2} {3}")
  @CsvSource({
    "0, CLINIC, AUTHORIZED, ",
    "-3, CLINIC, AUTHORIZED, ",
    "-4, CLINIC, DENIED, PREGNANCY_TEST_OUTSIDE_WINDOW",
    "1, CLINIC, DENIED, PREGNANCY_TEST_OUTSIDE_WINDOW",
    "-1, HOME, DENIED, PREGNANCY_TEST_MISSING"
  })
  void aMedicalTestAtMostThreeDaysBeforeThePrescription(
      int offset, PregnancyTest.Setting setting, String expected, ReasonCode code) {
    DispenseDecision d =
        euPcgpMidCourse()
            .without(PregnancyTest.class)
            .withPregnancyTest(RX.plusDays(offset), setting)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (code != null) {
      assertThat(reasons(d)).containsExactly(code);
    }
  }

  @ParameterizedTest(name = "request at prescription date + {0}: {1}")
  @CsvSource({"0, AUTHORIZED", "7, AUTHORIZED", "8, DENIED"})
  void aPrescriptionIsValidForSevenDays(int days, String expected) {
    DispenseDecision d = euPcgpMidCourse().requestedOn(RX.plusDays(days)).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (expected.equals("AUTHORIZED")) {
      assertThat(doNotDispenseAfter(d)).contains(RX.plusDays(7));
    } else {
      assertThat(reasons(d)).containsExactly(PRESCRIPTION_WINDOW_EXPIRED);
    }
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({
    "iud, AUTHORIZED, ",
    "male-condom diaphragm, AUTHORIZED, ",
    "male-condom, DENIED, CONTRACEPTION_INSUFFICIENT",
    "progestin-only-pill, DENIED, CONTRACEPTION_INSUFFICIENT",
    "abstinence, DENIED, CONTRACEPTION_INSUFFICIENT",
    "none, DENIED, CONTRACEPTION_NOT_DOCUMENTED"
  })
  void onePrimaryOrTwoSecondaryMethodsAndAbstinenceAloneIsNotEnough(
      String methods, String expected, ReasonCode code) {
    DispenseCases c = euPcgpMidCourse().without(ContraceptionRecord.class);
    LocalDate since = LocalDate.of(2026, 10, 1);
    c.withContraceptionAsWritten(RX, since, methods);
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (code != null) {
      assertThat(reasons(d)).containsExactly(code);
    }
  }

  @ParameterizedTest(name = "first dispense, contraception in use {0} days: {1}")
  @CsvSource({"29, DENIED", "30, AUTHORIZED"})
  void theFirstDispenseNeeds30DaysOfContraception(int days, String expected) {
    DispenseCases c = euPcgpMidCourse().without(Dispense.class).without(ContraceptionRecord.class);
    DispenseDecision d =
        c.withContraception(RX, c.requestDate().minusDays(days), ContraceptionMethod.IUD).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(CONTRACEPTION_LEAD_IN_TOO_SHORT))
        .isEqualTo(expected.equals("DENIED"));
  }

  @ParameterizedTest(name = "acknowledgement {0} days after the request date: {1}")
  @CsvSource({"-1, AUTHORIZED", "0, AUTHORIZED", "1, DENIED"})
  void theAcknowledgementFormMustBeSignedOnOrBeforeTheRequest(int offset, String expected) {
    DispenseCases c = euPcgpMidCourse().without(AcknowledgementSigned.class);
    DispenseDecision d = c.withAcknowledgement(c.requestDate().plusDays(offset)).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(ACKNOWLEDGEMENT_MISSING)).isEqualTo(expected.equals("DENIED"));
  }

  @Test
  void patientsWhoCannotGetPregnantHaveNoSupplyOrRefillLimitAnd30Days() {
    DispenseCases c = euPcngpMidCourse().daysSupply(60).refills(2);
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
    assertThat(doNotDispenseAfter(d)).contains(c.requestDate().plusDays(29));
  }

  @Test
  void patientsWhoCanGetPregnantGet30DaysAndNoRefills() {
    DispenseDecision d = euPcgpMidCourse().daysSupply(31).refills(1).decide();

    assertThat(reasons(d)).containsExactlyInAnyOrder(SUPPLY_OVER_30_DAYS, REFILLS_NOT_ALLOWED);
  }
}
