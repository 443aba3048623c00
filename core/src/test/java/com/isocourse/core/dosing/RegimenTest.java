package com.isocourse.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two-dose regimen value (rules.md §4). */
class RegimenTest {
  private final Regimen regimen = new Regimen(List.of(40, 20), List.of(40));

  @Test
  void dailyDoseCountsEveryCapsuleOfBothDoses() {
    assertThat(regimen.mgPerDay()).isEqualTo(100);
    assertThat(regimen.capsulesPerDay()).isEqualTo(3);
    assertThat(regimen.morningDoseMg()).isEqualTo(60);
    assertThat(regimen.eveningDoseMg()).isEqualTo(40);
  }

  @Test
  void capsulesPerDayAreCountedPerStrengthLargestFirst() {
    assertThat(regimen.capsulesPerDayByStrength())
        .containsExactly(Map.entry(40, 2), Map.entry(20, 1));
  }

  @Test
  void capsulesAreListedLargestFirst() {
    assertThat(new Regimen(List.of(10, 30), List.of(20, 40)))
        .isEqualTo(new Regimen(List.of(30, 10), List.of(40, 20)));
  }

  @Test
  void aDoseWithoutCapsulesIsRejected() {
    assertThatThrownBy(() -> new Regimen(List.of(40), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
