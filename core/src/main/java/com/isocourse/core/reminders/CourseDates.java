package com.isocourse.core.reminders;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of a course that its history does not carry and the server knows: when the course was
 * completed (its last dose) and the do-not-dispense-after date of an issued authorization that has
 * not been picked up yet.
 *
 * @param lastDose the last dose of a completed course; absent while the course is active
 * @param pickupDeadline the do-not-dispense-after date of an issued, unclaimed authorization
 */
public record CourseDates(Optional<LocalDate> lastDose, Optional<LocalDate> pickupDeadline) {
  public CourseDates {
    Objects.requireNonNull(lastDose, "lastDose");
    Objects.requireNonNull(pickupDeadline, "pickupDeadline");
  }

  /** An active course with no authorization waiting. */
  public static CourseDates active() {
    return new CourseDates(Optional.empty(), Optional.empty());
  }
}
