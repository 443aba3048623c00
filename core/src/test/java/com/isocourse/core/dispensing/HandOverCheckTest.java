package com.isocourse.core.dispensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.dispensing.HandOverCheck.HandedOver;
import com.isocourse.core.plausibility.EntryProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recording a dispense (ALL-QTY, ALL-FORMULATION): a 30-day prescription of 40 mg morning and 20 mg
 * + 40 mg evening, conventional, allows 60 × 40 mg and 30 × 20 mg.
 */
class HandOverCheckTest {
  private static final Prescription RX =
      new Prescription(
          LocalDate.of(2026, 12, 1),
          "rx-1",
          Optional.of(Formulation.CONVENTIONAL),
          List.of(new PrescribedCapsule(40, 1, 1), new PrescribedCapsule(20, 0, 1)),
          30,
          0,
          false);

  private static List<EntryProblem> check(HandedOver... lines) {
    return HandOverCheck.problems(RX, Formulation.CONVENTIONAL, List.of(lines));
  }

  @ParameterizedTest(name = "{0} × 40 mg: {1} problem(s)")
  @CsvSource({"1, 0", "59, 0", "60, 0", "61, 1"})
  void countOfAStrengthBelowAtAndAboveItsAllowance(int count, int problems) {
    assertThat(check(new HandedOver(40, count, "conventional"))).hasSize(problems);
  }

  @Test
  void linesOfOneStrengthAddUp() {
    assertThat(
            check(new HandedOver(40, 30, "conventional"), new HandedOver(40, 30, "conventional")))
        .isEmpty();
    assertThat(
            check(new HandedOver(40, 30, "conventional"), new HandedOver(40, 31, "conventional")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("capsules");
              assertThat(p.reason()).contains("61").contains("60").contains("ALL-QTY");
            });
  }

  @Test
  void aStrengthNotOnThePrescriptionAllowsNone() {
    assertThat(check(new HandedOver(30, 1, "conventional")))
        .extracting(EntryProblem::field)
        .containsExactly("capsules[0].strengthMg");
  }

  @Test
  void noSubstitutionAcrossProductFamiliesAndTheFamilyMustBeSaid() {
    assertThat(check(new HandedOver(40, 10, "lidose")))
        .extracting(EntryProblem::field)
        .containsExactly("capsules[0].formulation");
    assertThat(check(new HandedOver(40, 10, null)))
        .extracting(EntryProblem::field)
        .containsExactly("capsules[0].formulation");
    assertThat(check(new HandedOver(40, 10, "Conventional ")))
        .extracting(EntryProblem::field)
        .containsExactly("capsules[0].formulation");
  }

  @Test
  void countsMustBePositiveAndTheListNotEmpty() {
    assertThat(check(new HandedOver(40, 0, "conventional")))
        .extracting(EntryProblem::field)
        .containsExactly("capsules[0].count");
    assertThat(check(new HandedOver(20, -5, "conventional")))
        .extracting(EntryProblem::field)
        .containsExactly("capsules[0].count");
    assertThat(HandOverCheck.problems(RX, Formulation.CONVENTIONAL, List.of()))
        .extracting(EntryProblem::field)
        .containsExactly("capsules");
    assertThat(HandOverCheck.problems(RX, Formulation.CONVENTIONAL, null)).hasSize(1);
  }

  @Test
  void everyProblemOfOneLineIsNamed() {
    assertThat(check(new HandedOver(25, 0, "micronized")))
        .extracting(EntryProblem::field)
        .containsExactly("capsules[0].formulation", "capsules[0].strengthMg", "capsules[0].count");
  }
}
