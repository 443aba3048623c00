package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;

/** Unused capsules brought back; subtracted from the cumulative dose (§4). */
public record CapsulesReturned(LocalDate date, double mg) implements CourseEvent {
  public CapsulesReturned {
    Objects.requireNonNull(date, "date");
    if (!(mg >= 0)) {
      throw new IllegalArgumentException("mg must not be negative");
    }
  }
}
