package com.isocourse.server.courses;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What is due for a stored course on a date: core's {@link com.isocourse.core.monitoring.CourseDue}
 * (rules.md §5) fed with the stored course's status and last dose. The worklist line, the
 * reminders' "due today" count and the population sweep all read it here.
 */
public final class CourseDue {
  private CourseDue() {}

  /** The due items of the case on {@code date}, with the monitoring schedule worked out here. */
  public static List<DueItem> of(
      CaseFile file, CaseHistory history, LocalDate date, Policy policy) {
    return com.isocourse.core.monitoring.CourseDue.of(
        history, status(file), lastDose(file), date, policy);
  }

  /**
   * The due items of the case, with the monitoring schedule already worked out (a dispense
   * decision's {@code due()}); it is asked for only while the course is active.
   */
  public static List<DueItem> of(
      CaseFile file, CaseHistory history, LocalDate date, Supplier<List<DueItem>> schedule) {
    return com.isocourse.core.monitoring.CourseDue.of(
        history, status(file), lastDose(file), date, schedule);
  }

  /** The stored status as core's value (the schema allows only these two). */
  public static CourseStatus status(CaseFile file) {
    return file.course().status();
  }

  private static Optional<LocalDate> lastDose(CaseFile file) {
    return Optional.ofNullable(file.course().completedOn());
  }
}
