package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;

/** A body weight measurement (LOINC 29463-7), used for ALL-WEIGHT, ALL-MAXDOSE and §4. */
public record WeightMeasured(LocalDate date, BodyWeight weight) implements CourseEvent {
  public WeightMeasured {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(weight, "weight");
  }
}
