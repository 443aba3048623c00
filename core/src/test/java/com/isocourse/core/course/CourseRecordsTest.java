package com.isocourse.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Value objects validate when built (house style §3): impossible facts never enter a history. */
class CourseRecordsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @ParameterizedTest(name = "a body weight of {0} kg is {1}")
  @CsvSource({
    "0.99, rejected",
    "1, accepted",
    "400, accepted",
    "400.01, rejected",
    "900, rejected"
  })
  void bodyWeightIsBetweenOneAndFourHundredKg(double kg, String verdict) {
    if (verdict.equals("accepted")) {
      assertThat(new BodyWeight(kg).kg()).isEqualTo(kg);
    } else {
      assertThatThrownBy(() -> new BodyWeight(kg)).hasMessage("must be between 1 and 400");
    }
  }

  @ParameterizedTest(name = "{0} total {1}, item 9 {2}: {3}")
  @CsvSource({
    "PHQ9, 27, 3, accepted",
    "PHQ9, 28, 0, rejected",
    "PHQ9, 5, 4, rejected",
    "PHQ2, 6, , accepted",
    "PHQ2, 7, , rejected",
    "PHQ9, -1, 0, rejected"
  })
  void moodScreensStayWithinTheirScale(
      MoodScreen.Instrument instrument, int total, Integer item9, String verdict) {
    if (verdict.equals("accepted")) {
      assertThat(new MoodScreen(DAY, instrument, total, Optional.ofNullable(item9)).total())
          .isEqualTo(total);
    } else {
      assertThatThrownBy(() -> new MoodScreen(DAY, instrument, total, Optional.ofNullable(item9)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aPhq9NeedsItsItemNine() {
    assertThatThrownBy(() -> new MoodScreen(DAY, MoodScreen.Instrument.PHQ9, 5, Optional.empty()))
        .hasMessage("item9 is required for PHQ-9");
  }

  @Test
  void aPrescriptionAllowsCapsulesPerDayTimesDaysSupplyOfEachStrength() {
    Prescription rx =
        new Prescription(
            DAY,
            "rx-1",
            Optional.of(Formulation.CONVENTIONAL),
            List.of(new PrescribedCapsule(40, 1, 0), new PrescribedCapsule(20, 0, 1)),
            30,
            0,
            false);
    assertThat(rx.mgPerDay()).isEqualTo(60);
    assertThat(rx.allowedCount(40)).isEqualTo(30);
    assertThat(rx.allowedCount(20)).isEqualTo(30);
    assertThat(rx.allowedCount(30)).isZero();
  }

  @Test
  void contraceptionCountsDistinctPrimaryAndSecondaryMethods() {
    var r =
        new ContraceptionRecord(
            DAY,
            List.of(
                ContraceptionMethod.IUD,
                ContraceptionMethod.IUD,
                ContraceptionMethod.PROGESTIN_ONLY_PILL,
                ContraceptionMethod.MALE_CONDOM),
            false,
            DAY.minusDays(60));
    assertThat(r.primaryCount()).isEqualTo(1);
    assertThat(r.secondaryCount()).isEqualTo(1);
  }

  @Test
  void aMedicationIsActiveFromItsStartThroughItsEnd() {
    var m =
        new MedicationRecord(
            DAY,
            "Doxycycline",
            Optional.empty(),
            Optional.empty(),
            DAY,
            Optional.of(DAY.plusDays(9)));
    assertThat(m.activeOn(DAY.minusDays(1))).isFalse();
    assertThat(m.activeOn(DAY)).isTrue();
    assertThat(m.activeOn(DAY.plusDays(9))).isTrue();
    assertThat(m.activeOn(DAY.plusDays(10))).isFalse();
  }
}
