package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One isotretinoin course: its product family, first dose, target and the previous course's end
 * (for ALL-RETREAT).
 *
 * @param formulation the course's product family; absent when not yet chosen (the prescription's
 *     family is then used)
 * @param firstDoseDate the first dose, absent while the course has not started
 * @param targetMgPerKg the course's cumulative target, absent to use the policy default (§4)
 * @param previousCourseLastDose last dose of an earlier course, if any
 */
public record Course(
    Optional<Formulation> formulation,
    Optional<LocalDate> firstDoseDate,
    Optional<Double> targetMgPerKg,
    Optional<LocalDate> previousCourseLastDose) {
  public Course {
    Objects.requireNonNull(formulation, "formulation");
    Objects.requireNonNull(firstDoseDate, "firstDoseDate");
    Objects.requireNonNull(targetMgPerKg, "targetMgPerKg");
    Objects.requireNonNull(previousCourseLastDose, "previousCourseLastDose");
  }

  /** True when the first dose was taken on or before the date. */
  public boolean startedOn(LocalDate date) {
    return firstDoseDate.map(d -> !d.isAfter(date)).orElse(false);
  }
}
