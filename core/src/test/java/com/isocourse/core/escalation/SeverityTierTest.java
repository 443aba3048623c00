package com.isocourse.core.escalation;

import static com.isocourse.core.escalation.SeverityTier.ADMINISTRATIVE_BLOCK;
import static com.isocourse.core.escalation.SeverityTier.DUE_THIS_WEEK;
import static com.isocourse.core.escalation.SeverityTier.DUE_TODAY;
import static com.isocourse.core.escalation.SeverityTier.LAB_STOP;
import static com.isocourse.core.escalation.SeverityTier.NONE;
import static com.isocourse.core.escalation.SeverityTier.OVERDUE;
import static com.isocourse.core.escalation.SeverityTier.SAFETY_STOP;
import static com.isocourse.core.reasons.ReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The severity tier of a course (most severe first): safety stop > lab stop > administrative block
 * > overdue > due today > due this week > nothing. One row per edge: each stop code, a stop beside
 * a lesser reason, warnings and notes that rank nowhere, and due dates below, at and above each
 * boundary (overdue 7 days after the due date, this week up to 7 days ahead).
 */
class SeverityTierTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  record Row(String name, List<ReasonCode> codes, List<DueItem> due, SeverityTier tier) {
    @Override
    public String toString() {
      return name + " → " + tier;
    }
  }

  static Row row(String name, SeverityTier tier, ReasonCode... codes) {
    return new Row(name, Arrays.asList(codes), List.of(), tier);
  }

  static Row due(String name, int daysFromToday, SeverityTier tier, ReasonCode... codes) {
    return new Row(
        name,
        Arrays.asList(codes),
        List.of(new DueItem("PREGNANCY_TEST", TODAY.plusDays(daysFromToday))),
        tier);
  }

  static Stream<Row> table() {
    return Stream.of(
        row("nothing at all", NONE),
        row("a stop-now symptom (suicidal thoughts among them)", SAFETY_STOP, SYMPTOM_NEEDS_REVIEW),
        row("a PHQ-9 that needs review (SAFE-MOOD)", SAFETY_STOP, MOOD_NEEDS_REVIEW),
        row("a positive pregnancy test (ALL-PREG+)", SAFETY_STOP, PREGNANCY_TEST_POSITIVE),
        row("a missed period without a test (SAFE-PREGCHECK)", SAFETY_STOP, PREGNANCY_CHECK_NEEDED),
        row("a safety stop beside a lab stop", SAFETY_STOP, LAB_NEEDS_REVIEW, MOOD_NEEDS_REVIEW),
        row("a stop-level lab", LAB_STOP, LAB_NEEDS_REVIEW),
        row(
            "a stop-level lab beside a missing counseling",
            LAB_STOP,
            COUNSELING_NOT_CONFIRMED,
            LAB_NEEDS_REVIEW),
        row("counseling not confirmed", ADMINISTRATIVE_BLOCK, COUNSELING_NOT_CONFIRMED),
        row(
            "a tetracycline (fixed by the prescriber's own prescribing)",
            ADMINISTRATIVE_BLOCK,
            INTERACTION_TETRACYCLINE),
        row("one supply at a time", ADMINISTRATIVE_BLOCK, DISPENSE_TOO_SOON),
        row("a missing weight (INDETERMINATE)", ADMINISTRATIVE_BLOCK, WEIGHT_MISSING),
        row(
            "an unknown risk category (INDETERMINATE)",
            ADMINISTRATIVE_BLOCK,
            RISK_CATEGORY_MISSING),
        row("labs overdue (WARN-LABS)", OVERDUE, LABS_OVERDUE),
        row(
            "labs overdue beside a blocking reason",
            ADMINISTRATIVE_BLOCK,
            LABS_OVERDUE,
            ACKNOWLEDGEMENT_MISSING),
        row("raised triglycerides only warn", NONE, TG_ELEVATED),
        row("a call-prescriber symptom only warns", NONE, SYMPTOM_CALL_PRESCRIBER),
        row("a positive PHQ below the stop only warns", NONE, MOOD_SCREEN_POSITIVE),
        row("a note ranks nowhere", NONE, LOW_DOSE_REGIMEN, HIGH_CUMULATIVE_TARGET),
        due("due 8 days ago: overdue", -8, OVERDUE),
        due("due 7 days ago: overdue from today", -7, OVERDUE),
        due("due 6 days ago: still due, not overdue", -6, DUE_TODAY),
        due("due yesterday", -1, DUE_TODAY),
        due("due today", 0, DUE_TODAY),
        due("due tomorrow", 1, DUE_THIS_WEEK),
        due("due in 7 days", 7, DUE_THIS_WEEK),
        due("due in 8 days: nothing this week", 8, NONE),
        due("overdue, and a safety stop", -10, SAFETY_STOP, SYMPTOM_NEEDS_REVIEW),
        due("due today, and a blocking reason", 0, ADMINISTRATIVE_BLOCK, PREGNANCY_TEST_MISSING),
        due("due in 3 days, and only a warning", 3, DUE_THIS_WEEK, CHOLESTEROL_ELEVATED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void aCourseIsInTheMostSevereTierOfItsCodesAndDueItems(Row r) {
    assertThat(SeverityTier.of(r.codes(), r.due(), TODAY)).isEqualTo(r.tier());
  }

  @Test
  void theMostSevereDueItemCountsWhicheverComesFirst() {
    List<DueItem> due =
        List.of(
            new DueItem("MOOD_SCREEN", TODAY.plusDays(3)),
            new DueItem("ALT", TODAY.minusDays(9)),
            new DueItem("PREGNANCY_TEST", TODAY));
    assertThat(SeverityTier.of(List.of(), due, TODAY)).isEqualTo(OVERDUE);
    assertThat(SeverityTier.of(List.of(), due.reversed(), TODAY)).isEqualTo(OVERDUE);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReasonCode.class)
  void everyCodeRanksByItsKindUnlessItIsAStop(ReasonCode code) {
    SeverityTier tier = SeverityTier.of(code);
    if (code.clearedByReview()
        && code != INTERACTION_TETRACYCLINE
        && code != INTERACTION_RETINOID) {
      assertThat(tier).isIn(SAFETY_STOP, LAB_STOP);
    } else if (code == LABS_OVERDUE) {
      assertThat(tier).isEqualTo(OVERDUE);
    } else {
      assertThat(tier)
          .isEqualTo(
              switch (code.kind()) {
                case BLOCKING, MISSING -> ADMINISTRATIVE_BLOCK;
                case WARNING, NOTE -> NONE;
              });
    }
  }

  @Test
  void onlyStopsAlertThePrescriber() {
    assertThat(Arrays.stream(SeverityTier.values()).filter(SeverityTier::alertsThePrescriber))
        .containsExactly(SAFETY_STOP, LAB_STOP);
  }
}
