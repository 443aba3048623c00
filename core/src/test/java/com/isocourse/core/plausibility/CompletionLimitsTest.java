package com.isocourse.core.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The last dose a prescriber may record: edge table below / at / above each bound. */
class CompletionLimitsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final LocalDate FIRST_DOSE = LocalDate.of(2026, 5, 4);
  private static final LocalDate ENROLLED = LocalDate.of(2026, 4, 1);

  private static String problem(LocalDate last, Optional<LocalDate> first) {
    List<EntryProblem> p = CompletionLimits.check(last, first, Optional.of(ENROLLED), TODAY);
    assertThat(p).allMatch(x -> x.field().equals("lastDoseDate"));
    return p.isEmpty() ? "ok" : p.get(0).reason();
  }

  @ParameterizedTest(name = "last dose {0} after a first dose on 2026-05-04: {1}")
  @CsvSource({
    "2026-05-03, must not be before the course's first dose (2026-05-04)",
    "2026-05-04, ok",
    "2026-05-05, ok",
    "2026-11-30, ok",
    "2026-12-01, ok",
    "2026-12-02, must not be after today (2026-12-01)",
    "2999-01-01, must not be after today (2026-12-01)",
  })
  void aStartedCourseEndsBetweenItsFirstDoseAndToday(LocalDate last, String expected) {
    assertThat(problem(last, Optional.of(FIRST_DOSE))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "last dose {0} of a course never dispensed: {1}")
  @CsvSource({
    "2026-03-31, must not be before the patient's enrollment (2026-04-01)",
    "2026-04-01, ok",
    "2026-12-01, ok",
    "2026-12-02, must not be after today (2026-12-01)",
  })
  void aCourseNeverStartedEndsBetweenEnrollmentAndToday(LocalDate last, String expected) {
    assertThat(problem(last, Optional.empty())).isEqualTo(expected);
  }

  @Test
  void aMissingDateIsRequired() {
    assertThat(problem(null, Optional.of(FIRST_DOSE))).isEqualTo("is required");
  }

  @Test
  void withoutAFirstDoseOrEnrollmentOnlyTodayBounds() {
    assertThat(
            CompletionLimits.check(
                LocalDate.of(2000, 1, 1), Optional.empty(), Optional.empty(), TODAY))
        .isEmpty();
  }
}
