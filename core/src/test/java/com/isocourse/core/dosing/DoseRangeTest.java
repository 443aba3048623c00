package com.isocourse.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.Formulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Information notes on dose and target (rules.md §3.3 notes). */
class DoseRangeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          conventional 0.49 mg/kg/day is a low-dose regimen      | CONVENTIONAL | 0.49 | true
          conventional 0.5 mg/kg/day is the label's lower bound  | CONVENTIONAL | 0.5  | false
          lidose 0.25 mg/kg/day is a low-dose regimen            | LIDOSE       | 0.25 | true
          micronized 0.39 mg/kg/day is a low-dose regimen        | MICRONIZED   | 0.39 | true
          micronized 0.4 mg/kg/day is the label's lower bound    | MICRONIZED   | 0.4  | false
          micronized 0.45 mg/kg/day is not low-dose              | MICRONIZED   | 0.45 | false
          """)
  void lowDoseRegimenIsBelowTheLabelRange(
      String sentence, Formulation formulation, double mgPerKgPerDay, boolean lowDose) {
    assertThat(DoseRange.lowDoseRegimen(formulation, mgPerKgPerDay)).isEqualTo(lowDose);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a 135 mg/kg target is the default, no note  | 135   | false
          a 150 mg/kg target is the top of the range  | 150   | false
          a 150.5 mg/kg target gets the note          | 150.5 | true
          a 220 mg/kg target gets the note            | 220   | true
          """)
  void highCumulativeTargetIsAbove150MgPerKg(String sentence, double targetMgPerKg, boolean high) {
    assertThat(DoseRange.highCumulativeTarget(targetMgPerKg)).isEqualTo(high);
  }
}
