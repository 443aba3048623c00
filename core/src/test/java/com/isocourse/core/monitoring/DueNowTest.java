package com.isocourse.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge table of {@link DueNow}: the due list read beside the decision's blocking reasons. */
class DueNowTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @ParameterizedTest(name = "{0}: scheduled {1} → shown {2}")
  @CsvSource({
    // reason,                        scheduled,  shown
    "PREGNANCY_TEST_OUTSIDE_WINDOW,   2026-12-17, 2026-12-02", // after today: needed now
    "PREGNANCY_TEST_OUTSIDE_WINDOW,   2026-12-03, 2026-12-02", // one day after: needed now
    "PREGNANCY_TEST_OUTSIDE_WINDOW,   2026-12-02, 2026-12-02", // at today: unchanged
    "PREGNANCY_TEST_OUTSIDE_WINDOW,   2026-11-20, 2026-11-20", // before: stays (overdue shows)
    "PREGNANCY_TEST_MISSING,          2026-12-30, 2026-12-02",
    "PREGNANCY_TEST_SETTING_NOT_ALLOWED, 2026-12-30, 2026-12-02",
    "PREGNANCY_CHECK_NEEDED,          2026-12-30, 2026-12-02",
    "PRETREATMENT_TESTS_INCOMPLETE,   2026-12-30, 2026-12-02",
    "DISPENSE_TOO_SOON,               2026-12-30, 2026-12-30", // asks for no test: unchanged
    "TG_ELEVATED,                     2026-12-30, 2026-12-30",
  })
  void aPregnancyTestReasonMakesTheTestDueToday(
      ReasonCode reason, LocalDate scheduled, LocalDate shown) {
    List<DueItem> due =
        List.of(new DueItem("PREGNANCY_TEST", scheduled), new DueItem("ALT", TODAY.plusDays(20)));
    List<DueItem> aligned = DueNow.alignedWith(due, List.of(reason), TODAY);
    assertThat(aligned).contains(new DueItem("PREGNANCY_TEST", shown));
    assertThat(aligned).contains(new DueItem("ALT", TODAY.plusDays(20)));
    assertThat(aligned).hasSize(2);
  }

  @Test
  void anItemTheScheduleDoesNotListIsAddedForToday() {
    List<DueItem> aligned =
        DueNow.alignedWith(
            List.of(new DueItem("MOOD_SCREEN", TODAY.plusDays(9))),
            List.of(ReasonCode.COMPREHENSION_NOT_COMPLETED, ReasonCode.PREGNANCY_TEST_MISSING),
            TODAY);
    assertThat(aligned)
        .containsExactly(
            new DueItem("COMPREHENSION", TODAY),
            new DueItem("PREGNANCY_TEST", TODAY),
            new DueItem("MOOD_SCREEN", TODAY.plusDays(9)));
  }

  @Test
  void noBlockingReasonLeavesTheScheduleAsItIsButSorted() {
    List<DueItem> due =
        List.of(new DueItem("ALT", TODAY.plusDays(5)), new DueItem("PREGNANCY_TEST", TODAY));
    assertThat(DueNow.alignedWith(due, List.of(), TODAY))
        .containsExactly(
            new DueItem("PREGNANCY_TEST", TODAY), new DueItem("ALT", TODAY.plusDays(5)));
  }

  @Test
  void neverLaterThanTheScheduleAndNeverLaterThanTodayForAnAskedItem() {
    // property over every reason code and a spread of scheduled dates
    for (ReasonCode code : EnumSet.allOf(ReasonCode.class)) {
      for (int offset = -10; offset <= 40; offset += 5) {
        LocalDate scheduled = TODAY.plusDays(offset);
        List<DueItem> aligned =
            DueNow.alignedWith(
                List.of(new DueItem("PREGNANCY_TEST", scheduled)), List.of(code), TODAY);
        DueItem test =
            aligned.stream()
                .filter(d -> d.item().equals("PREGNANCY_TEST"))
                .findFirst()
                .orElseThrow();
        assertThat(test.date()).as(code + " " + offset).isBeforeOrEqualTo(scheduled);
        if (DueNow.itemAskedFor(code).isPresent()) {
          assertThat(aligned)
              .as(code + " " + offset)
              .allSatisfy(
                  d -> {
                    if (d.item().equals(DueNow.itemAskedFor(code).get().code())) {
                      assertThat(d.date()).isBeforeOrEqualTo(TODAY);
                    }
                  });
        }
      }
    }
  }
}
