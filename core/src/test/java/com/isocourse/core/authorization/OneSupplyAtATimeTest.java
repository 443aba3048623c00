package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.DispenseBaselines.MID_COURSE;
import static com.isocourse.core.fixtures.DispenseBaselines.REGIMEN_60_MG;
import static com.isocourse.core.fixtures.DispenseBaselines.dispense;
import static com.isocourse.core.fixtures.DispenseBaselines.euPcngpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.pastPrescription;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.DISPENSE_TOO_SOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.Prescription;
import com.isocourse.core.fixtures.DispenseCases;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ALL-ONEFILL (rules.md §3.1, amended 2026-12-01): one supply at a time across prescriptions and
 * pharmacies; the next fill on or after an earlier dispense + its days' supply − 7. The baselines'
 * latest dispense (rx-2, 2027-02-03, 30 days) allows fills from 2027-02-26; the request is
 * 2027-03-05.
 */
class OneSupplyAtATimeTest {

  /** Another prescription filled on {@code day} with {@code days} of supply. */
  private static DispenseCases withOtherFill(DispenseCases c, LocalDate day, int days) {
    return c.with(
            new Prescription(day, "rx-other", Optional.empty(), REGIMEN_60_MG, days, 0, false))
        .with(dispense(day, "rx-other"));
  }

  @ParameterizedTest(name = "other 30-day fill on {0}: {1}")
  @CsvSource({
    // earliest next fill = fill + 30 − 7 = fill + 23; the request is 2027-03-05
    "2027-02-09, AUTHORIZED", // below: next fill from 03-04
    "2027-02-10, AUTHORIZED", // at: next fill from 03-05, the request date
    "2027-02-11, DENIED", // above: next fill from 03-06
    "2027-03-05, DENIED" // a second fill on the same day
  })
  void earlyRefillGraceIsSevenDays(LocalDate fill, String expected) {
    DispenseDecision d = withOtherFill(usPcgpMidCourse(), fill, 30).decide();

    assertThat(outcome(d)).isEqualTo(expected);
    assertThat(reasons(d).contains(DISPENSE_TOO_SOON)).isEqualTo(expected.equals("DENIED"));
  }

  @Test
  void holdsForEveryRiskCategoryAndRuleSet() {
    LocalDate yesterday = MID_COURSE.minusDays(1);
    assertThat(reasons(withOtherFill(usPcngpMidCourse(), yesterday, 30).decide()))
        .containsExactly(DISPENSE_TOO_SOON);
    assertThat(reasons(withOtherFill(euPcngpMidCourse(), yesterday, 30).decide()))
        .containsExactly(DISPENSE_TOO_SOON);
  }

  @Test
  void anEarlierLongSupplyStillCountsAfterALaterShortOne() {
    // 90 days from 2027-02-20 (next fill 2027-05-14), then 10 days from 2027-02-25 (next 03-02)
    DispenseCases c =
        withOtherFill(euPcngpMidCourse(), LocalDate.of(2027, 2, 20), 90)
            .with(pastPrescription(LocalDate.of(2027, 2, 25), "rx-short"))
            .with(dispense(LocalDate.of(2027, 2, 25), "rx-short"));

    assertThat(reasons(c.decide())).containsExactly(DISPENSE_TOO_SOON);
  }

  @Test
  void aDispenseOfAPrescriptionNotOnFileCountsAsThirtyDays() {
    DispenseDecision d =
        usPcgpMidCourse().with(dispense(MID_COURSE.minusDays(22), "rx-elsewhere")).decide();

    assertThat(reasons(d)).containsExactly(DISPENSE_TOO_SOON);
    assertThat(
            reasons(
                usPcgpMidCourse()
                    .with(dispense(MID_COURSE.minusDays(23), "rx-elsewhere"))
                    .decide()))
        .isEmpty();
  }

  @Test
  void aRestatedPrescriptionIsReadWithItsLargerSupply() {
    LocalDate fill = LocalDate.of(2027, 2, 20);
    DispenseCases c =
        withOtherFill(usPcgpMidCourse(), fill, 10)
            .with(
                new Prescription(fill, "rx-other", Optional.empty(), REGIMEN_60_MG, 30, 0, false));

    assertThat(reasons(c.decide())).contains(DISPENSE_TOO_SOON);
  }

  @Test
  void aShortSupplyNeverAllowsASecondFillTheSameDay() {
    DispenseDecision d = withOtherFill(usPcngpMidCourse(), MID_COURSE, 5).decide();

    assertThat(reasons(d)).containsExactly(DISPENSE_TOO_SOON);
    assertThat(reasons(withOtherFill(usPcngpMidCourse(), MID_COURSE.minusDays(1), 5).decide()))
        .isEmpty();
  }

  @Test
  void aDispenseAfterTheRequestDateIsIgnored() {
    assertThat(reasons(withOtherFill(usPcgpMidCourse(), MID_COURSE.plusDays(1), 30).decide()))
        .isEmpty();
  }
}
