package com.isocourse.core.monitoring;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetChooser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the monitoring schedule (rules.md §5) wants next, as the patient and prescriber see it. Each
 * item is due on its date and overdue 7 days later ({@link DueItem#overdueOn}). Only facts dated on
 * or before the date count (§3).
 */
public final class MonitoringSchedule {
  /**
   * The post-course pregnancy test of a patient who can get pregnant is due this many days after
   * the last dose (rules.md §5); the engine's schedule lists only on-treatment items, the server
   * and the reminders read this one value.
   */
  public static final int POST_COURSE_TEST_DAYS = 30;

  /** Monthly visits: pregnancy test and mood screen every 28 days (§5). */
  static final int MONTHLY_VISIT_DAYS = 28;

  /** Comprehension and counseling count for 30 days (US26-QUIZ, US26-COUNSEL). */
  static final int MONTHLY_CONFIRMATION_DAYS = 30;

  private MonitoringSchedule() {}

  /**
   * The next due date of each schedule item on the date, sorted by date then item code. An item
   * whose date is on or before {@code date} is wanted now.
   *
   * <ul>
   *   <li>{@code PREGNANCY_TEST} (PCGP): latest negative test + 28, or the date when there is none.
   *   <li>{@code ALT}, {@code TRIGLYCERIDES} (all): baseline within 30 days before the first dose,
   *       then the peak-dose check at first dose + 56 unless a result is dated on or after first
   *       dose + 42 (consensus-2022; the item is then left out), or latest + 28 (monthly); see
   *       {@link LabDueDates#nextDue}.
   *   <li>{@code MOOD_SCREEN} (all): latest screen + 28, or the date when there is none.
   *   <li>{@code COMPREHENSION} and {@code COUNSELING} (PCGP, when the rule set chosen for the date
   *       {@linkplain com.isocourse.core.rulesets.RuleSetId#confirmsMonthly confirms monthly}: the
   *       US rule sets): latest passed quiz / latest counseling + 30, or the date when there is
   *       none.
   * </ul>
   *
   * An unknown risk category gets the PCGP items (safe reading: missing data never removes a test).
   * The end-of-course and post-course pregnancy tests are not listed: the history does not record
   * the last dose. PCNGP counseling under us-ipledge-2021 depends on the rule set and is not listed
   * here.
   */
  public static List<DueItem> dueItems(CaseHistory h, LocalDate date, Policy policy) {
    boolean mayGetPregnant =
        h.patient().riskCategory().orElse(RiskCategory.CAN_GET_PREGNANT)
            == RiskCategory.CAN_GET_PREGNANT;
    List<DueItem> items = new ArrayList<>();
    if (mayGetPregnant) {
      Optional<LocalDate> negative =
          latestWhere(h.asOf(date, PregnancyTest.class), PregnancyTest::negative);
      items.add(after(ScheduleItem.PREGNANCY_TEST, negative, MONTHLY_VISIT_DAYS, date));
    }
    for (ScheduleItem lab : List.of(ScheduleItem.ALT, ScheduleItem.TRIGLYCERIDES)) {
      LabDueDates.nextDue(h, date, policy, lab).ifPresent(d -> items.add(lab.dueOn(d)));
    }
    Optional<LocalDate> mood = latestWhere(h.asOf(date, MoodScreen.class), m -> true);
    items.add(after(ScheduleItem.MOOD_SCREEN, mood, MONTHLY_VISIT_DAYS, date));
    if (mayGetPregnant && RuleSetChooser.byDate(h.jurisdiction(), date, policy).confirmsMonthly()) {
      Optional<LocalDate> passed =
          latestWhere(h.asOf(date, ComprehensionCompleted.class), ComprehensionCompleted::passed);
      items.add(after(ScheduleItem.COMPREHENSION, passed, MONTHLY_CONFIRMATION_DAYS, date));
      Optional<LocalDate> counseled =
          latestWhere(h.asOf(date, CounselingConfirmed.class), c -> true);
      items.add(after(ScheduleItem.COUNSELING, counseled, MONTHLY_CONFIRMATION_DAYS, date));
    }
    items.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::item));
    return List.copyOf(items);
  }

  private static DueItem after(
      ScheduleItem item, Optional<LocalDate> latest, int days, LocalDate otherwise) {
    return item.dueOn(latest.map(d -> d.plusDays(days)).orElse(otherwise));
  }

  /** The date of the latest event that matches; the history's lists are in date order. */
  private static <T extends CourseEvent> Optional<LocalDate> latestWhere(
      List<T> events, Predicate<? super T> matches) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (matches.test(events.get(i))) {
        return Optional.of(events.get(i).date());
      }
    }
    return Optional.empty();
  }
}
