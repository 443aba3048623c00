package com.isocourse.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge-case tables for the two-dose planner (rules.md §4, ALL-MAXDOSE). */
class DosePlannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          70 kg conventional at 1.0 mg/kg/day takes 40 mg morning and 30 mg evening | CONVENTIONAL |  70  | 1.0  | 2 | 40    | 30
          70 kg lidose at 1.0 mg/kg/day takes 35 mg twice a day                    | LIDOSE       |  70  | 1.0  | 2 | 35    | 35
          70 kg micronized at 0.8 mg/kg/day takes 28 mg twice a day                | MICRONIZED   |  70  | 0.8  | 2 | 28    | 28
          60 mg a day splits evenly as 30 + 30 rather than 40 + 20                  | CONVENTIONAL |  60  | 1.0  | 2 | 30    | 30
          65 mg is as close to 60 as to 70 and the even split 30 + 30 wins          | CONVENTIONAL |  65  | 1.0  | 2 | 30    | 30
          100 mg takes three capsules before four even ones                        | CONVENTIONAL | 100  | 1.0  | 2 | 40 20 | 40
          morning 60 mg is made of 40 + 20 rather than 30 + 30                     | LIDOSE       | 100  | 1.0  | 2 | 40 20 | 40
          evening 60 mg is made of 40 + 20 rather than 30 + 30                     | CONVENTIONAL | 130  | 1.0  | 2 | 40 30 | 40 20
          one capsule per dose caps 100 kg at 80 mg                                | CONVENTIONAL | 100  | 1.0  | 1 | 40    | 40
          one capsule per dose caps micronized 100 kg at 64 mg                     | MICRONIZED   | 100  | 0.8  | 1 | 32    | 32
          70 mg is 6 % above a 66 mg target and is closer than 60 mg               | CONVENTIONAL |  66  | 1.0  | 2 | 40    | 30
          30 mg is 7 % above a 28 mg target and is allowed                         | CONVENTIONAL |  28  | 1.0  | 2 | 20    | 10
          30 mg is 11 % above a 27 mg target so the farther 20 mg is chosen        | CONVENTIONAL |  27  | 1.0  | 2 | 10    | 10
          20 mg is just within 10 % above an 18.19 mg target                       | CONVENTIONAL | 18.19 | 1.0 | 2 | 10    | 10
          100 mg is closer to 96 mg but above 2.0 mg/kg/day for 48 kg so 90 mg     | CONVENTIONAL |  48  | 2.0  | 2 | 40 10 | 40
          2.5 mg/kg/day requested for 40 kg is capped at 2.0 mg/kg/day (80 mg)      | CONVENTIONAL |  40  | 2.5  | 2 | 40    | 40
          micronized 1.6 mg/kg/day for 50 kg reaches exactly the 80 mg ceiling     | MICRONIZED   |  50  | 1.6  | 2 | 32 16 | 32
          micronized 2.0 mg/kg/day requested for 50 kg is capped at 1.6 (80 mg)    | MICRONIZED   |  50  | 2.0  | 2 | 32 16 | 32
          low dose 0.3 mg/kg/day for 70 kg takes 10 mg twice a day                 | CONVENTIONAL |  70  | 0.3  | 2 | 10    | 10
          micronized 1.5 mg/kg/day for 10 kg takes the smallest regimen 8 + 8     | MICRONIZED   |  10  | 1.5  | 2 | 8     | 8
          """)
  void plansTheClosestRegimen(
      String sentence,
      Formulation formulation,
      double kg,
      double mgPerKgPerDay,
      int maxCapsulesPerDose,
      String morning,
      String evening) {
    assertThat(DosePlanner.plan(formulation, new BodyWeight(kg), mgPerKgPerDay, maxCapsulesPerDose))
        .contains(new Regimen(strengths(morning), strengths(evening)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10 kg at 1.0 mg/kg/day cannot take even 10 + 10 mg                   | CONVENTIONAL | 10    | 1.0
          micronized 10 kg at 1.0 mg/kg/day cannot take even 8 + 8 mg          | MICRONIZED   | 10    | 1.0
          20 mg is more than 10 % above an 18.18 mg target                     | CONVENTIONAL | 18.18 | 1.0
          45 kg at 0.25 mg/kg/day (11.25 mg) is below the smallest regimen     | CONVENTIONAL | 45    | 0.25
          """)
  void findsNoRegimenWhenEvenTheSmallestIsTooMuch(
      String sentence, Formulation formulation, double kg, double mgPerKgPerDay) {
    assertThat(DosePlanner.plan(formulation, new BodyWeight(kg), mgPerKgPerDay, 2)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a dose of zero mg/kg/day       | 0    | 2
          a negative dose                | -1.0 | 2
          zero capsules per dose         | 1.0  | 0
          """)
  void rejectsInvalidArguments(String sentence, double mgPerKgPerDay, int maxCapsulesPerDose) {
    assertThatThrownBy(
            () ->
                DosePlanner.plan(
                    Formulation.CONVENTIONAL,
                    new BodyWeight(70),
                    mgPerKgPerDay,
                    maxCapsulesPerDose))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threeCapsulesPerDoseAllowTheMaximumFor150Kg() {
    assertThat(DosePlanner.plan(Formulation.CONVENTIONAL, new BodyWeight(150), 2.0, 3))
        .contains(new Regimen(List.of(40, 40, 40), List.of(40, 40, 40)));
  }

  private static List<Integer> strengths(String spaced) {
    return Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
  }
}
