package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.Decisions.warnings;
import static com.isocourse.core.fixtures.DispenseBaselines.ALT;
import static com.isocourse.core.fixtures.DispenseBaselines.CHOLESTEROL;
import static com.isocourse.core.fixtures.DispenseBaselines.TG;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.ALT_ELEVATED;
import static com.isocourse.core.reasons.ReasonCode.CHOLESTEROL_ELEVATED;
import static com.isocourse.core.reasons.ReasonCode.CUMULATIVE_TARGET_REACHED;
import static com.isocourse.core.reasons.ReasonCode.DOSE_ABOVE_MAXIMUM;
import static com.isocourse.core.reasons.ReasonCode.LAB_NEEDS_REVIEW;
import static com.isocourse.core.reasons.ReasonCode.LOW_DOSE_REGIMEN;
import static com.isocourse.core.reasons.ReasonCode.TG_ELEVATED;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.core.fixtures.Decisions;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.labs.LabUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules.md §3 (amended 2026-12-01): thresholds are compared on exact decimal values after unit
 * conversion. Each table sits below, at and above a limit, in both unit systems, on values whose
 * binary floating-point form lands on the wrong side (1.74 × 60 ≠ 3 × 0.58 × 60 in doubles; 7,040 ÷
 * 70.4 = 99.999… in doubles).
 */
class ExactThresholdTest {
  private static final LocalDate LAB_DAY = LocalDate.of(2027, 3, 4);

  @ParameterizedTest(name = "ALT {0} {1}, upper limit {2}: stop {3}, warning {4}")
  @CsvSource({
    "1.73, µkat/L, 0.58, false, true", // below 3×
    "1.74, µkat/L, 0.58, false, true", // exactly 3 × 0.58: not a stop
    "1.75, µkat/L, 0.58, true, false", // above
    "104.3, U/L, 34.8, false, true",
    "104.4, U/L, 34.8, false, true", // exactly 3 × 34.8
    "104.5, U/L, 34.8, true, false",
    "0.58, µkat/L, 0.58, false, false", // at the upper limit: no warning either
    "0.59, µkat/L, 0.58, false, true"
  })
  void liverEnzymeAtExactlyThreeTimesTheLimitIsNotAStop(
      double value, String unit, double limit, boolean stop, boolean warning) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withLab(LAB_DAY, ALT, value, LabUnit.fromCode(unit).orElseThrow(), limit)
            .decide();

    assertThat(reasons(d).contains(LAB_NEEDS_REVIEW)).isEqualTo(stop);
    assertThat(warnings(d).contains(ALT_ELEVATED)).isEqualTo(warning);
  }

  @ParameterizedTest(name = "triglycerides {0} {1} (stop at {2} mg/dL): stop {3}, warning {4}")
  @CsvSource({
    "9.99, mmol/L, 885, false, true", // 884.115 mg/dL
    "10, mmol/L, 885, true, false", // exactly 885 mg/dL: at the stop level
    "884.9, mg/dL, 885, false, true",
    "885, mg/dL, 885, true, false",
    "5.64, mmol/L, 880, false, false", // 499.14 mg/dL: below the warning level
    "5.65, mmol/L, 880, false, true", // 500.025 mg/dL
    "499.9, mg/dL, 880, false, false",
    "500, mg/dL, 880, false, true"
  })
  void triglycerideLimitsAfterConversion(
      double value, String unit, String stopMgDl, boolean stop, boolean warning) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withPolicy("tg.stopMgDl", stopMgDl)
            .withLab(LAB_DAY, TG, value, LabUnit.fromCode(unit).orElseThrow())
            .decide();

    assertThat(reasons(d).contains(LAB_NEEDS_REVIEW)).isEqualTo(stop);
    assertThat(warnings(d).contains(TG_ELEVATED)).isEqualTo(warning);
  }

  @ParameterizedTest(name = "cholesterol {0} {1}: warning {2}")
  @CsvSource({
    "7.757, mmol/L, false", // 299.96 mg/dL
    "7.758, mmol/L, true", // 300.008 mg/dL
    "300, mg/dL, false", // at 300: not above
    "300.1, mg/dL, true"
  })
  void cholesterolAbove300(double value, String unit, boolean warning) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withLab(LAB_DAY, CHOLESTEROL, value, LabUnit.fromCode(unit).orElseThrow())
            .decide();

    assertThat(warnings(d).contains(CHOLESTEROL_ELEVATED)).isEqualTo(warning);
  }

  @ParameterizedTest(name = "7,040 mg at 70.4 kg, target {0}: reached {1}")
  @CsvSource({"99.9, true", "100, true", "100.1, false"})
  void cumulativeTargetOnExactDecimals(double target, boolean reached) {
    // the baselines dispensed 2 × 1,800 mg; 86 × 40 mg more makes 7,040 mg
    DispenseCases c =
        usPcngpMidCourse()
            .withWeight(LAB_DAY, 70.4)
            .targetMgPerKg(target)
            .with(
                new Dispense(
                    LocalDate.of(2027, 1, 10),
                    "rx-0",
                    List.of(new DispensedCapsules(40, 86, Optional.empty()))));
    DispenseDecision d = c.decide();

    assertThat(d.cumulative().orElseThrow().mg()).isEqualTo(7040);
    assertThat(d.cumulative().orElseThrow().mgPerKg()).isEqualTo(100.0);
    assertThat(warnings(d).contains(CUMULATIVE_TARGET_REACHED)).isEqualTo(reached);
  }

  @ParameterizedTest(name = "60 mg/day at {0} kg: above maximum {1}, low dose {2}")
  @CsvSource({
    "29.9, true, false", // 2.007 mg/kg/day
    "30, false, false", // exactly 2.0
    "120, false, false", // exactly 0.5: not below
    "120.1, false, true" // 0.4996 mg/kg/day
  })
  void doseLimitsPerKilogram(double kg, boolean aboveMaximum, boolean lowDose) {
    DispenseDecision d = usPcngpMidCourse().withWeight(LAB_DAY, kg).decide();

    assertThat(reasons(d).contains(DOSE_ABOVE_MAXIMUM)).isEqualTo(aboveMaximum);
    assertThat(Decisions.notes(d).contains(LOW_DOSE_REGIMEN)).isEqualTo(lowDose);
  }
}
