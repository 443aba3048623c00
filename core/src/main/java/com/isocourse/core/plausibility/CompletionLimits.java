package com.isocourse.core.plausibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a course can be said to have ended: the last dose the prescriber records. It drives the
 * post-course pregnancy tests (rules.md §5: at the last dose and 30 days after it), so a date that
 * cannot be true would move or hide those tests. The last dose cannot be after today, nor before
 * the course's first dose; a course never started cannot end before the patient was enrolled.
 */
public final class CompletionLimits {
  /** The field every channel names for the last dose date. */
  public static final String FIELD = "lastDoseDate";

  private CompletionLimits() {}

  /**
   * What is wrong with {@code lastDose} as the end of a course that started on {@code firstDose}
   * (empty: never dispensed) for a patient enrolled on {@code enrolledOn}; empty when it may be
   * recorded.
   */
  public static List<EntryProblem> check(
      LocalDate lastDose,
      Optional<LocalDate> firstDose,
      Optional<LocalDate> enrolledOn,
      LocalDate today) {
    if (lastDose == null) {
      return List.of(new EntryProblem(FIELD, "is required"));
    }
    if (lastDose.isAfter(today)) {
      return List.of(new EntryProblem(FIELD, "must not be after today (" + today + ")"));
    }
    if (firstDose.isPresent() && lastDose.isBefore(firstDose.get())) {
      return List.of(
          new EntryProblem(
              FIELD, "must not be before the course's first dose (" + firstDose.get() + ")"));
    }
    if (firstDose.isEmpty() && enrolledOn.isPresent() && lastDose.isBefore(enrolledOn.get())) {
      return List.of(
          new EntryProblem(
              FIELD, "must not be before the patient's enrollment (" + enrolledOn.get() + ")"));
    }
    return List.of();
  }
}
