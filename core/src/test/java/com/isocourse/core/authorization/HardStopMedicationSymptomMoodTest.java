package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.Decisions.warnings;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpFirstDispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.INTERACTION_TETRACYCLINE;
import static com.isocourse.core.reasons.ReasonCode.MOOD_NEEDS_REVIEW;
import static com.isocourse.core.reasons.ReasonCode.MOOD_SCREEN_POSITIVE;
import static com.isocourse.core.reasons.ReasonCode.SYMPTOM_NEEDS_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SAFE-TETRA, SAFE-RETINOID, SAFE-SYMPTOM, SAFE-MOOD (rules.md §3.2). */
class HardStopMedicationSymptomMoodTest {
  private static final LocalDate STARTED = LocalDate.of(2027, 2, 20);

  @ParameterizedTest(name = "{0} route={1} ending {2}: {3} {4}")
  @CsvSource({
    "doxycycline, , , DENIED, INTERACTION_TETRACYCLINE",
    "doxycycline, oral, 2027-03-05, DENIED, INTERACTION_TETRACYCLINE",
    "doxycycline, oral, 2027-03-04, AUTHORIZED, ",
    "Minocycline gel, , , AUTHORIZED, ",
    "minocycline, topical, , AUTHORIZED, ",
    "minocycline, oral, , DENIED, INTERACTION_TETRACYCLINE",
    "acitretin, , , DENIED, INTERACTION_RETINOID"
  })
  void anActiveSystemicInteractingDrugBlocks(
      String name, String route, LocalDate end, String expected, ReasonCode code) {
    DispenseDecision d = usPcgpMidCourse().withMedication(STARTED, name, route, end).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    if (code != null) {
      assertThat(reasons(d)).containsExactly(code);
    }
  }

  @ParameterizedTest(name = "doxycycline recorded 02-20, review {0}: {1}")
  @CsvSource({"2027-02-19, DENIED", "2027-02-20, AUTHORIZED", "2027-03-01, AUTHORIZED"})
  void aReviewedMedicationStaysClearedWhileStillActive(LocalDate review, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withMedication(STARTED, "doxycycline")
            .withReview(review, INTERACTION_TETRACYCLINE)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
  }

  @Test
  void aStopNowSymptomBeforeTheFirstDoseBlocksTheFirstDispense() {
    DispenseDecision d =
        usPcgpFirstDispense()
            .withSymptom(LocalDate.of(2026, 12, 28), SymptomCode.VISION_CHANGE)
            .decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d)).containsExactly(SYMPTOM_NEEDS_REVIEW);
  }

  @ParameterizedTest(name = "jaundice on 02-10, review on {0}: {1}")
  @CsvSource({"2027-02-09, DENIED", "2027-02-10, AUTHORIZED"})
  void aStopNowSymptomBlocksUntilReviewedAndTimeDoesNotClearIt(LocalDate review, String expected) {
    DispenseDecision d =
        usPcgpMidCourse()
            .withSymptom(LocalDate.of(2027, 2, 10), SymptomCode.JAUNDICE)
            .withReview(review, SYMPTOM_NEEDS_REVIEW)
            .decide();

    assertThat(outcome(d)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "latest {0} total {1} item9 {2}: {3}")
  @CsvSource({
    "PHQ-9, 5, 1, DENIED, false",
    "PHQ-9, 19, 0, AUTHORIZED, true",
    "PHQ-9, 20, 0, DENIED, false",
    "PHQ-9, 27, 3, DENIED, false",
    "PHQ-2, 6, , AUTHORIZED, true"
  })
  void aPhq9WithSelfHarmThoughtsOrATotalOf20NeedsReview(
      String instrument, int total, Integer item9, String expected, boolean warned) {
    DispenseCases c = usPcgpMidCourse();
    LocalDate day = c.requestDate().minusDays(1);
    if (MoodScreen.Instrument.fromCode(instrument).orElseThrow() == MoodScreen.Instrument.PHQ9) {
      c.withPhq9(day, total, item9);
    } else {
      c.withPhq2(day, total);
    }
    DispenseDecision d = c.decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(MOOD_NEEDS_REVIEW)).isEqualTo(expected.equals("DENIED"));
    assertThat(warnings(d).contains(MOOD_SCREEN_POSITIVE)).isEqualTo(warned);
  }

  @Test
  void aCalmLaterScreenReplacesAnEarlierSelfHarmAnswer() {
    DispenseDecision d = usPcgpMidCourse().withPhq9(LocalDate.of(2027, 2, 1), 12, 2).decide();
    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
  }
}
