package com.isocourse.core.monitoring;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What is due for a course on a date, as its worklist line, the reminders and a whole-population
 * "due today" sweep read it (rules.md §5): the monitoring schedule ({@link
 * MonitoringSchedule#dueItems}) while the course is active, the post-course pregnancy tests ({@link
 * PostCourseTests}) once it is completed. A completed course whose last dose is not known has
 * nothing left to schedule from.
 */
public final class CourseDue {
  private CourseDue() {}

  /** The due items of the course on {@code date}, sorted as each part sorts them. */
  public static List<DueItem> of(
      CaseHistory h,
      CourseStatus status,
      Optional<LocalDate> lastDose,
      LocalDate date,
      Policy policy) {
    return of(h, status, lastDose, date, () -> MonitoringSchedule.dueItems(h, date, policy));
  }

  /**
   * As {@link #of(CaseHistory, CourseStatus, Optional, LocalDate, Policy)} with the monitoring
   * schedule already worked out (a dispense decision's {@code due()}), asked for only while the
   * course is active.
   */
  public static List<DueItem> of(
      CaseHistory h,
      CourseStatus status,
      Optional<LocalDate> lastDose,
      LocalDate date,
      Supplier<List<DueItem>> schedule) {
    return switch (status) {
      case ACTIVE -> schedule.get();
      case COMPLETED -> lastDose.map(last -> PostCourseTests.due(h, last, date)).orElse(List.of());
    };
  }
}
