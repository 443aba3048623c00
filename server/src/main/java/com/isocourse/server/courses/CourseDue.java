package com.isocourse.server.courses;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.monitoring.MonitoringSchedule;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What is due for a case on a date, exactly as its worklist line shows it: the engine's monitoring
 * schedule (rules.md §5, {@link MonitoringSchedule#dueItems}) while the course is active, the
 * post-course pregnancy tests ({@link PostCourseTests}) once it is completed. The dispense decision
 * reports the same schedule ({@code DispenseDecision#due}); a whole-population "due today" sweep
 * needs only this part, not the rest of the decision.
 */
public final class CourseDue {
  private CourseDue() {}

  /**
   * The due items of the case on {@code date}.
   *
   * @param history the engine's reading of the case's history (the case file's scenario)
   * @param policy the policy the scenario was read with
   */
  public static List<DueItem> of(
      CaseFile file, CaseHistory history, LocalDate date, Policy policy) {
    return of(file, () -> MonitoringSchedule.dueItems(history, date, policy));
  }

  /**
   * The due items of the case, with the monitoring schedule already worked out (a dispense
   * decision's {@code due()}); it is asked for only while the course is active.
   */
  public static List<DueItem> of(CaseFile file, Supplier<List<DueItem>> schedule) {
    return file.course().status().equals("ACTIVE") ? schedule.get() : PostCourseTests.due(file);
  }
}
