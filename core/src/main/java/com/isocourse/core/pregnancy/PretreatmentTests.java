package com.isocourse.core.pregnancy;

import static com.isocourse.core.reasons.ReasonCode.PRETREATMENT_TESTS_INCOMPLETE;

import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.reasons.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * US26-PRE-TESTS: before the first dispense, two negative tests collected in a medical setting
 * before the first dose, at least {@code pretreatment.minDaysBetween} (19) days apart, the later of
 * which is the latest such test.
 */
public final class PretreatmentTests {
  private PretreatmentTests() {}

  /**
   * @param negatives negative tests dated on or before the request, oldest first
   * @param firstDose the course's first dose date; absent while not started
   */
  public static Optional<Finding> check(
      List<PregnancyTest> negatives, Optional<LocalDate> firstDose, int minDaysBetween) {
    List<PregnancyTest> medicalBeforeDose =
        negatives.stream()
            .filter(PregnancyTest::inMedicalSetting)
            .filter(t -> firstDose.map(f -> !t.date().isAfter(f)).orElse(true))
            .toList();
    if (medicalBeforeDose.isEmpty()) {
      return Optional.of(
          Finding.of(
              PRETREATMENT_TESTS_INCOMPLETE,
              "US26-PRE-TESTS",
              "No negative pretreatment pregnancy test in a clinic or lab is on file; two are"
                  + " needed, at least "
                  + minDaysBetween
                  + " days apart, before the first dispense."));
    }
    LocalDate latest = medicalBeforeDose.get(medicalBeforeDose.size() - 1).date();
    boolean spaced =
        medicalBeforeDose.stream()
            .anyMatch(t -> ChronoUnit.DAYS.between(t.date(), latest) >= minDaysBetween);
    if (spaced) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            PRETREATMENT_TESTS_INCOMPLETE,
            "US26-PRE-TESTS",
            "The latest pretreatment test ("
                + latest
                + ") has no earlier negative clinic or lab test at least "
                + minDaysBetween
                + " days before it; a second test on or after "
                + medicalBeforeDose.get(0).date().plusDays(minDaysBetween)
                + " is needed before the first dispense."));
  }
}
