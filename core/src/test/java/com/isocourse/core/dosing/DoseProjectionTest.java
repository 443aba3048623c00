package com.isocourse.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Projection of a planned regimen to the cumulative target (rules.md §4, scenarios "Plan"). */
class DoseProjectionTest {
  private static final LocalDate START = LocalDate.of(2026, 12, 1);

  @Test
  void seventyKgAtOneMgPerKgReaches135MgPerKgOnApril14() {
    DosePlan plan = project(70, 1.0, 135, 0).orElseThrow();

    assertThat(plan.regimen()).isEqualTo(new Regimen(List.of(40), List.of(30)));
    assertThat(plan.mgPerDay()).isEqualTo(70.0);
    assertThat(plan.mgPerKgPerDay()).isEqualTo(1.0);
    assertThat(plan.daysToTarget()).isEqualTo(135);
    assertThat(plan.projectedEndDate()).isEqualTo(LocalDate.of(2027, 4, 14));
    assertThat(plan.fill30()).containsExactly(Map.entry(40, 30), Map.entry(30, 30));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nothing taken yet: 9450 mg at 70 mg/day is 135 days                | 0     | 135 | 2027-04-14
          2700 mg taken: 6750 mg left at 70 mg/day rounds up to 97 days      | 2700  | 97  | 2027-03-07
          70 mg left is exactly one day, ending on the start date            | 9380  | 1   | 2026-12-01
          target already reached: no days left                               | 9450  | 0   | 2026-11-30
          target exceeded: still no days left, never negative                | 10000 | 0   | 2026-11-30
          """)
  void daysToTargetCountTheRemainingMg(
      String sentence, double cumulativeMgSoFar, int days, LocalDate end) {
    DosePlan plan = project(70, 1.0, 135, cumulativeMgSoFar).orElseThrow();

    assertThat(plan.daysToTarget()).isEqualTo(days);
    assertThat(plan.projectedEndDate()).isEqualTo(end);
  }

  @Test
  void achievedMgPerKgIsRoundedHalfUpToOneDecimal() {
    DosePlan plan = project(56, 1.25, 135, 0).orElseThrow();

    assertThat(plan.mgPerDay()).isEqualTo(70.0);
    assertThat(plan.mgPerKgPerDay()).isEqualTo(1.3);
    assertThat(plan.daysToTarget()).isEqualTo(108);
  }

  @Test
  void thirtyDayFillCountsEachStrengthOfBothDoses() {
    DosePlan plan = project(100, 1.0, 135, 0).orElseThrow();

    assertThat(plan.regimen()).isEqualTo(new Regimen(List.of(40, 20), List.of(40)));
    assertThat(plan.fill30()).containsExactly(Map.entry(40, 60), Map.entry(20, 30));
  }

  @Test
  void noProjectionWhenNoRegimenFits() {
    assertThat(project(10, 1.0, 135, 0)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a zero target             | 0   | 0
          a negative target         | -10 | 0
          a negative dose so far    | 135 | -1
          """)
  void rejectsInvalidArguments(String sentence, double targetMgPerKg, double cumulativeMgSoFar) {
    assertThatThrownBy(() -> project(70, 1.0, targetMgPerKg, cumulativeMgSoFar))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Optional<DosePlan> project(
      double kg, double mgPerKgPerDay, double targetMgPerKg, double cumulativeMgSoFar) {
    return DoseProjection.project(
        Formulation.CONVENTIONAL,
        new BodyWeight(kg),
        mgPerKgPerDay,
        targetMgPerKg,
        cumulativeMgSoFar,
        START,
        2);
  }
}
