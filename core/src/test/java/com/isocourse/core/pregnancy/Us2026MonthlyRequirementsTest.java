package com.isocourse.core.pregnancy;

import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.COMPREHENSION_NOT_COMPLETED;
import static com.isocourse.core.reasons.ReasonCode.COUNSELING_NOT_CONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** US26-CONTRA, US26-QUIZ and US26-COUNSEL: this month's documentation, 30 days back. */
class Us2026MonthlyRequirementsTest {

  @ParameterizedTest(name = "{0} documented {1} days before the request: {2} {3}")
  @CsvSource({
    "iud male-condom, 0, AUTHORIZED, ",
    "iud combined-pill, 0, AUTHORIZED, ",
    "implant diaphragm, 0, AUTHORIZED, ",
    "abstinence, 0, AUTHORIZED, ",
    "iud, 0, DENIED, CONTRACEPTION_INSUFFICIENT",
    "progestin-only-pill male-condom, 0, DENIED, CONTRACEPTION_INSUFFICIENT",
    "iud progestin-only-pill, 0, DENIED, CONTRACEPTION_INSUFFICIENT",
    "male-condom diaphragm, 0, DENIED, CONTRACEPTION_INSUFFICIENT",
    "iud male-condom, 30, AUTHORIZED, ",
    "iud male-condom, 31, DENIED, CONTRACEPTION_NOT_DOCUMENTED"
  })
  void twoMethodsWithOnePrimaryOrAbstinenceDocumentedThisMonth(
      String methods, int daysOld, String expected, ReasonCode code) {
    DispenseCases c = usPcgpMidCourse().without(ContraceptionRecord.class);
    LocalDate documented = c.requestDate().minusDays(daysOld);
    LocalDate since = LocalDate.of(2026, 10, 1);
    c.withContraceptionAsWritten(documented, since, methods);
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (code != null) {
      assertThat(reasons(d)).containsExactly(code);
    }
  }

  @ParameterizedTest(name = "quiz {1} {0} days before: {2}")
  @CsvSource({
    "30, true, AUTHORIZED",
    "31, true, DENIED",
    "0, false, DENIED",
  })
  void comprehensionPassedWithin30Days(int daysBefore, boolean passed, String expected) {
    DispenseCases c = usPcgpMidCourse().without(ComprehensionCompleted.class);
    DispenseDecision d = c.withQuiz(c.requestDate().minusDays(daysBefore), passed).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(COMPREHENSION_NOT_COMPLETED))
        .isEqualTo(expected.equals("DENIED"));
  }

  @ParameterizedTest(name = "counseling {0} days before: {1}")
  @CsvSource({"0, AUTHORIZED", "30, AUTHORIZED", "31, DENIED"})
  void counselingConfirmedWithin30Days(int daysBefore, String expected) {
    DispenseCases c = usPcgpMidCourse().without(CounselingConfirmed.class);
    DispenseDecision d = c.withCounseling(c.requestDate().minusDays(daysBefore)).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(COUNSELING_NOT_CONFIRMED)).isEqualTo(expected.equals("DENIED"));
  }
}
