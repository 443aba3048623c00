package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;

/** The prescriber confirmed counseling (US26-COUNSEL; 2021 PCNGP window start). */
public record CounselingConfirmed(LocalDate date) implements CourseEvent {
  public CounselingConfirmed {
    Objects.requireNonNull(date, "date");
  }
}
