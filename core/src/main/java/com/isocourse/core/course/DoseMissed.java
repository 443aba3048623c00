package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;

/** A dose the patient logged as missed; subtracted from the cumulative dose (§4). */
public record DoseMissed(LocalDate date, double mg) implements CourseEvent {
  public DoseMissed {
    Objects.requireNonNull(date, "date");
    if (!(mg >= 0)) {
      throw new IllegalArgumentException("mg must not be negative");
    }
  }
}
