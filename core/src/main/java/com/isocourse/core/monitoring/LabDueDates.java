package com.isocourse.core.monitoring;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The next date ALT or triglycerides are wanted (rules.md §5): a baseline within 30 days before the
 * first dose, then the peak-dose check (consensus-2022) or a result every 28 days (monthly).
 */
final class LabDueDates {
  private LabDueDates() {}

  /**
   * The next due date of a lab on the date, empty when the schedule wants nothing more.
   *
   * <p>Before the first dose (the course has not started on the date): due on the date itself when
   * no result is dated within the 30 days before it (the baseline a first dispense today would
   * need, §5 (a)). A result that also falls within the 30 days before a known first dose completes
   * the baseline and the treatment schedule below applies; otherwise the baseline is next due on
   * latest + 30, the last day it still counts.
   *
   * <p>From the first dose: consensus-2022 wants the peak-dose result on first dose + 56 unless one
   * is dated on or after first dose + 42 (then nothing more is due); monthly wants one on latest +
   * 28, or on the first dose date when there is no result at all.
   */
  static Optional<LocalDate> nextDue(
      CaseHistory h, LocalDate date, Policy policy, ScheduleItem item) {
    List<LocalDate> results = LabSchedule.resultDates(h, date, LabSchedule.analyteOf(item));
    Optional<LocalDate> latest =
        results.isEmpty() ? Optional.empty() : Optional.of(results.get(results.size() - 1));
    Optional<LocalDate> firstDose = h.course().firstDoseDate();
    if (!h.course().startedOn(date)) {
      if (latest.isEmpty() || latest.get().isBefore(date.minusDays(LabSchedule.BASELINE_DAYS))) {
        return Optional.of(date);
      }
      boolean coversFirstDose =
          firstDose
              .filter(f -> !latest.get().isBefore(f.minusDays(LabSchedule.BASELINE_DAYS)))
              .isPresent();
      if (!coversFirstDose) {
        return Optional.of(latest.get().plusDays(LabSchedule.BASELINE_DAYS));
      }
    }
    LocalDate first = firstDose.orElseThrow();
    return switch (policy.monitoring()) {
      case CONSENSUS_2022 ->
          LabSchedule.peakResultPresent(results, first)
              ? Optional.empty()
              : Optional.of(first.plusDays(LabSchedule.PEAK_DUE_DAY));
      case MONTHLY ->
          Optional.of(latest.map(l -> l.plusDays(LabSchedule.MONTHLY_INTERVAL_DAYS)).orElse(first));
    };
  }
}
