package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.Decisions.warnings;
import static com.isocourse.core.fixtures.DispenseBaselines.ALT;
import static com.isocourse.core.fixtures.DispenseBaselines.AST;
import static com.isocourse.core.fixtures.DispenseBaselines.TG;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.ALT_ELEVATED;
import static com.isocourse.core.reasons.ReasonCode.LAB_NEEDS_REVIEW;
import static com.isocourse.core.reasons.ReasonCode.TG_ELEVATED;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.labs.LabUnit;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SAFE-TG and SAFE-ALT (rules.md §3.2), on the latest result, until a review clears them. */
class HardStopLabRulesTest {
  private static final LocalDate LAB_DAY = LocalDate.of(2027, 3, 4);

  @ParameterizedTest(name = "triglycerides {0} {1}: {2}")
  @CsvSource({
    "879, mg/dL, AUTHORIZED",
    "880, mg/dL, DENIED",
    "9.94, mmol/L, AUTHORIZED",
    "9.95, mmol/L, DENIED"
  })
  void triglyceridesStopAt880MgPerDl(double value, String unit, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withLab(LAB_DAY, TG, value, LabUnit.fromCode(unit).orElseThrow())
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(LAB_NEEDS_REVIEW)).isEqualTo(expected.equals("DENIED"));
    assertThat(warnings(d).contains(TG_ELEVATED)).isEqualTo(expected.equals("AUTHORIZED"));
  }

  @ParameterizedTest(name = "{0} {1} {2} (upper limit {3}): {4}")
  @CsvSource({
    "1742-6, 120, U/L, , AUTHORIZED",
    "1742-6, 121, U/L, , DENIED",
    "1742-6, 150, U/L, 50, AUTHORIZED",
    "1742-6, 151, U/L, 50, DENIED",
    "1742-6, 2.0, µkat/L, , AUTHORIZED",
    "1742-6, 2.02, µkat/L, , DENIED",
    "1920-8, 120, U/L, , AUTHORIZED",
    "1920-8, 121, U/L, , DENIED"
  })
  void liverEnzymesStopAboveThreeTimesTheUpperLimit(
      String loinc, double value, String unit, Double referenceHigh, String expected) {
    DispenseCases c = usPcgpMidCourse();
    LabUnit u = LabUnit.fromCode(unit).orElseThrow();
    if (referenceHigh == null) {
      c.withLab(LAB_DAY, loinc, value, u);
    } else {
      c.withLab(LAB_DAY, loinc, value, u, referenceHigh);
    }
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(LAB_NEEDS_REVIEW)).isEqualTo(expected.equals("DENIED"));
    assertThat(warnings(d).contains(ALT_ELEVATED)).isEqualTo(expected.equals("AUTHORIZED"));
  }

  @ParameterizedTest(name = "ALT 200 on 03-01, review on {0}, ALT {1} on 03-04: {2}")
  @CsvSource({
    "2027-02-28, , DENIED",
    "2027-03-01, , AUTHORIZED",
    "2027-03-02, , AUTHORIZED",
    "2027-03-02, 210, DENIED",
    "2027-03-02, 25, AUTHORIZED"
  })
  void aReviewClearsOnlyFactsOnOrBeforeIt(LocalDate review, Double later, String expected) {
    DispenseCases c =
        usPcgpMidCourse()
            .withLab(LocalDate.of(2027, 3, 1), ALT, 200, LabUnit.UNITS_PER_L)
            .withReview(review, LAB_NEEDS_REVIEW);
    if (later != null) {
      c.withLab(LAB_DAY, ALT, later, LabUnit.UNITS_PER_L);
    }
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(LAB_NEEDS_REVIEW)).isEqualTo(expected.equals("DENIED"));
  }

  @ParameterizedTest(name = "triglycerides 900 then {0} later: {1}")
  @CsvSource({"150, AUTHORIZED", "900, DENIED"})
  void onlyTheLatestResultCounts(double later, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withLab(LocalDate.of(2027, 2, 27), TG, 900, LabUnit.MG_PER_DL)
            .withLab(LAB_DAY, TG, later, LabUnit.MG_PER_DL)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "policy tg.stopMgDl=700, triglycerides {0}: {1}")
  @CsvSource({"699, AUTHORIZED", "700, DENIED"})
  void theTriglycerideStopIsAPolicyParameter(double value, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withPolicy("tg.stopMgDl", "700")
            .withLab(LAB_DAY, TG, value, LabUnit.MG_PER_DL)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "same-day AST {0} next to a normal ALT: {1}")
  @CsvSource({"121, DENIED", "41, AUTHORIZED"})
  void astCountsLikeAlt(double ast, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withLab(LAB_DAY, ALT, 25, LabUnit.UNITS_PER_L)
            .withLab(LAB_DAY, AST, ast, LabUnit.UNITS_PER_L)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
  }
}
