package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.doNotDispenseAfter;
import static com.isocourse.core.fixtures.Decisions.notes;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.warnings;
import static com.isocourse.core.fixtures.DispenseBaselines.TG;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpFirstDispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.LAB_NEEDS_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §3.3 warnings and notes: reported, never blocking (every case here stays AUTHORIZED). */
class WarningRulesTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 4);
  private static final LocalDate AUTHORIZED_UNTIL = LocalDate.of(2027, 3, 9);

  private static void assertWarned(DispenseCases c, ReasonCode code, boolean warned) {
    DispenseDecision d = c.decide();
    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
    assertThat(doNotDispenseAfter(d)).contains(AUTHORIZED_UNTIL);
    assertThat(warnings(d).contains(code)).as(d.warnings().toString()).isEqualTo(warned);
  }

  @ParameterizedTest(name = "{0} = {1} {2}: warned={3}")
  @CsvSource({
    "2571-8, 499, mg/dL, false",
    "2571-8, 500, mg/dL, true",
    "2571-8, 879, mg/dL, true",
    "1742-6, 40, U/L, false",
    "1742-6, 41, U/L, true",
    "1920-8, 41, U/L, true",
    "2093-3, 300, mg/dL, false",
    "2093-3, 301, mg/dL, true",
    "2093-3, 7.79, mmol/L, true"
  })
  void elevatedLabsWarn(String loinc, double value, String unit, boolean warned) {
    ReasonCode code =
        switch (loinc) {
          case "2571-8" -> ReasonCode.TG_ELEVATED;
          case "2093-3" -> ReasonCode.CHOLESTEROL_ELEVATED;
          default -> ReasonCode.ALT_ELEVATED;
        };
    assertWarned(
        usPcgpMidCourse().withLab(DAY, loinc, value, LabUnit.fromCode(unit).orElseThrow()),
        code,
        warned);
  }

  @Test
  void aReviewedStopLevelTriglycerideGivesNoWarning() {
    DispenseCases c =
        usPcgpMidCourse()
            .withLab(DAY, TG, 900, LabUnit.MG_PER_DL)
            .withReview(DAY, LAB_NEEDS_REVIEW);
    assertWarned(c, ReasonCode.TG_ELEVATED, false);
  }

  @ParameterizedTest(name = "{0} active: {1}")
  @CsvSource({
    "vitamin A, INTERACTION_VITAMIN_A",
    "St John's wort, INTERACTION_ST_JOHNS_WORT",
    "prednisone, INTERACTION_BONE",
    "phenytoin, INTERACTION_BONE"
  })
  void interactingSupplementsAndDrugsWarn(String name, ReasonCode code) {
    assertWarned(usPcgpMidCourse().withMedication(LocalDate.of(2027, 2, 20), name), code, true);
  }

  @ParameterizedTest(name = "{0} total {1} item9 {2}: warned={3}")
  @CsvSource({
    "PHQ-9, 9, 0, false",
    "PHQ-9, 10, 0, true",
    "PHQ-9, 19, 0, true",
    "PHQ-2, 2, , false",
    "PHQ-2, 3, , true"
  })
  void aPositiveMoodScreenWarns(String instrument, int total, Integer item9, boolean warned) {
    DispenseCases c = usPcgpMidCourse();
    if (instrument.equals("PHQ-9")) {
      c.withPhq9(DAY, total, item9);
    } else {
      c.withPhq2(DAY, total);
    }
    assertWarned(c, ReasonCode.MOOD_SCREEN_POSITIVE, warned);
  }

  @ParameterizedTest(name = "insomnia on {0} (latest dispense 2027-02-03): warned={1}")
  @CsvSource({"2027-02-02, false", "2027-02-03, false", "2027-02-04, true"})
  void aCallPrescriberSymptomWarnsWhenReportedAfterTheLatestDispense(
      LocalDate reported, boolean warned) {
    assertWarned(
        usPcgpMidCourse().withSymptom(reported, SymptomCode.INSOMNIA),
        ReasonCode.SYMPTOM_CALL_PRESCRIBER,
        warned);
  }

  @Test
  void beforeAnyDispenseEveryCallPrescriberSymptomOfTheCourseWarns() {
    DispenseDecision d =
        usPcgpFirstDispense().withSymptom(LocalDate.of(2026, 12, 1), SymptomCode.INSOMNIA).decide();
    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
    assertThat(warnings(d)).contains(ReasonCode.SYMPTOM_CALL_PRESCRIBER);
  }

  @ParameterizedTest(name = "3600 mg at 60 kg = 60 mg/kg, target {0}: warned={1}")
  @CsvSource({"60, true", "61, false"})
  void reachingTheCumulativeTargetWarns(double target, boolean warned) {
    assertWarned(
        usPcgpMidCourse().targetMgPerKg(target), ReasonCode.CUMULATIVE_TARGET_REACHED, warned);
  }

  @ParameterizedTest(name = "60 mg/day at {0} kg: low-dose note={1}")
  @CsvSource({"120, false", "121, true"})
  void aDoseBelowHalfAMgPerKgIsNotedAsLowDose(double kg, boolean noted) {
    DispenseCases c = usPcgpMidCourse().without(WeightMeasured.class).withWeight(DAY, kg);
    DispenseDecision d = c.decide();
    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
    assertThat(notes(d).contains(ReasonCode.LOW_DOSE_REGIMEN)).isEqualTo(noted);
  }

  @ParameterizedTest(name = "target {0} mg/kg: high-target note={1}")
  @CsvSource({"150, false", "151, true", "220, true"})
  void aTargetAbove150IsNoted(double target, boolean noted) {
    DispenseDecision d = usPcgpMidCourse().targetMgPerKg(target).decide();
    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
    assertThat(notes(d).contains(ReasonCode.HIGH_CUMULATIVE_TARGET)).isEqualTo(noted);
  }
}
