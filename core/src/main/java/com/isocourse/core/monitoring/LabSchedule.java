package com.isocourse.core.monitoring;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which monitoring labs are overdue on a dispense request: WARN-LABS, code {@code LABS_OVERDUE}
 * (rules.md §5). Only ALT and triglycerides are monitored; AST never stands in for ALT. Only
 * results dated on or before the request count (§3).
 */
public final class LabSchedule {
  /** The peak-dose check is due this many days after the first dose (§5, 8 weeks). */
  static final int PEAK_DUE_DAY = 56;

  /** A peak-dose result counts from this many days after the first dose (§5). */
  static final int PEAK_COUNTS_FROM_DAY = 42;

  /** Under consensus-2022, overdue from this many days after the first dose (§5). */
  static final int PEAK_OVERDUE_DAY = 64;

  /** The baseline must fall within this many days before the first dispense (§5 (a)). */
  static final int BASELINE_DAYS = 30;

  /** Monthly policy: each lab wanted every 28 days (§5). */
  static final int MONTHLY_INTERVAL_DAYS = 28;

  /** Monthly policy: overdue when the latest result is more than 35 days before the request. */
  static final int MONTHLY_OVERDUE_AFTER_DAYS = 35;

  private LabSchedule() {}

  /**
   * The overdue labs on the request date (WARN-LABS, rules.md §5), at most one item per lab ({@code
   * ALT}, {@code TRIGLYCERIDES}), sorted by due date then item; empty when none is overdue.
   *
   * <ul>
   *   <li>(a) first dispense, every policy: the lab has no result dated request − 30 … request; due
   *       date: the request date (the baseline is wanted before this first dispense).
   *   <li>(b) policy consensus-2022: request ≥ first dose + 64 days and the lab has no result dated
   *       on or after first dose + 42; due date: first dose + 56.
   *   <li>policy monthly, instead of (b), once the course has started (first dose ≤ request): the
   *       lab's latest result is dated before request − 35 (more than 35 days before); due date:
   *       latest + 28. With no result at all the lab is overdue (safe reading: a missing result
   *       never counts as a recent one), due on the first dose date.
   * </ul>
   *
   * When (a) and another rule both flag a lab, the earlier due date is kept. Note that these
   * thresholds are the rule's own; they are one day later than {@link DueItem#overdueOn}'s "7 days
   * after the due date" would give.
   */
  public static List<DueItem> overdueLabs(
      CaseHistory h, LocalDate requestDate, Policy policy, boolean firstDispense) {
    List<DueItem> overdue = new ArrayList<>();
    for (ScheduleItem item : List.of(ScheduleItem.ALT, ScheduleItem.TRIGLYCERIDES)) {
      List<LocalDate> results = resultDates(h, requestDate, analyteOf(item));
      Optional<LocalDate> baseline =
          firstDispense ? baselineMissing(results, requestDate) : Optional.empty();
      Optional<LocalDate> followUp =
          switch (policy.monitoring()) {
            case CONSENSUS_2022 -> peakDoseMissing(results, h, requestDate);
            case MONTHLY -> monthlyMissing(results, h, requestDate);
          };
      Stream.of(baseline, followUp)
          .flatMap(Optional::stream)
          .min(Comparator.naturalOrder())
          .ifPresent(date -> overdue.add(item.dueOn(date)));
    }
    overdue.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::item));
    return List.copyOf(overdue);
  }

  /** (a): no result within 30 days before the request (request − 30 … request). */
  static Optional<LocalDate> baselineMissing(List<LocalDate> results, LocalDate request) {
    LocalDate from = request.minusDays(BASELINE_DAYS);
    boolean present = results.stream().anyMatch(d -> !d.isBefore(from));
    return present ? Optional.empty() : Optional.of(request);
  }

  /** (b): from first dose + 64, a result dated on or after first dose + 42 is required. */
  static Optional<LocalDate> peakDoseMissing(
      List<LocalDate> results, CaseHistory h, LocalDate request) {
    return h.course()
        .firstDoseDate()
        .filter(first -> !request.isBefore(first.plusDays(PEAK_OVERDUE_DAY)))
        .filter(first -> !peakResultPresent(results, first))
        .map(first -> first.plusDays(PEAK_DUE_DAY));
  }

  /** Monthly: once started, the latest result more than 35 days before the request (or none). */
  static Optional<LocalDate> monthlyMissing(
      List<LocalDate> results, CaseHistory h, LocalDate request) {
    if (!h.course().startedOn(request)) {
      return Optional.empty();
    }
    if (results.isEmpty()) {
      return h.course().firstDoseDate();
    }
    LocalDate latest = results.get(results.size() - 1);
    return latest.isBefore(request.minusDays(MONTHLY_OVERDUE_AFTER_DAYS))
        ? Optional.of(latest.plusDays(MONTHLY_INTERVAL_DAYS))
        : Optional.empty();
  }

  /** True when a result is dated on or after first dose + 42 (a peak-dose result). */
  static boolean peakResultPresent(List<LocalDate> results, LocalDate firstDose) {
    LocalDate from = firstDose.plusDays(PEAK_COUNTS_FROM_DAY);
    return results.stream().anyMatch(d -> !d.isBefore(from));
  }

  /** Dates of the analyte's results on or before the date, oldest first. */
  static List<LocalDate> resultDates(CaseHistory h, LocalDate date, Analyte analyte) {
    List<LocalDate> dates = new ArrayList<>();
    for (LabResult r : h.asOf(date, LabResult.class)) { // already in date order
      if (r.analyte().filter(analyte::equals).isPresent()) {
        dates.add(r.date());
      }
    }
    return dates;
  }

  static Analyte analyteOf(ScheduleItem item) {
    return switch (item) {
      case ALT -> Analyte.ALT;
      case TRIGLYCERIDES -> Analyte.TRIGLYCERIDES;
      default -> throw new IllegalArgumentException(item + " is not a lab");
    };
  }
}
