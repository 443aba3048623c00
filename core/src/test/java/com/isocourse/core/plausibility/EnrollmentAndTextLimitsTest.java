package com.isocourse.core.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Enrollment and free-text limits (issue 11): edge tables. */
class EnrollmentAndTextLimitsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @ParameterizedTest(name = "born {0}, enrolled {1}: problem in {2}")
  @CsvSource({
    "2000-05-05, 2026-12-02, ''",
    "2014-12-02, 2026-12-02, ''", // 12 today
    "2014-12-03, 2026-12-02, birthDate", // 11 today (ALL-AGE)
    "2024-01-01, 1990-01-01, enrolledOn", // a 2-year-old enrolled in 1990
    "2000-05-05, 2025-12-02, ''", // a year back
    "2000-05-05, 2025-12-01, enrolledOn",
    "2000-05-05, 2026-12-03, enrolledOn", // tomorrow
    "1906-12-01, 2026-12-02, birthDate", // 120 years ago
    "2026-12-02, 2026-12-02, birthDate" // born today
  })
  void enrollmentDates(LocalDate born, LocalDate enrolled, String field) {
    List<EntryProblem> p =
        EnrollmentLimits.check("A Patient", born, Optional.of(enrolled), Optional.empty(), TODAY);

    assertThat(p)
        .extracting(EntryProblem::field)
        .isEqualTo(field.isEmpty() ? List.of() : List.of(field));
  }

  @ParameterizedTest(name = "{0} characters ending in U+{1}: acceptable {2}")
  @CsvSource({
    "2000, 0041, true",
    "2001, 0041, false",
    "10, 0000, false",
    "10, 001B, false",
    "10, 000A, true",
    "10, 0009, true",
    "10, 0085, false",
    "10, 00E9, true"
  })
  void freeText(int length, String lastChar, boolean acceptable) {
    String text = "a".repeat(length - 1) + (char) Integer.parseInt(lastChar, 16);

    assertThat(TextLimits.problem(text).isEmpty()).isEqualTo(acceptable);
  }
}
