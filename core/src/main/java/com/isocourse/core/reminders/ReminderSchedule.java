package com.isocourse.core.reminders;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.monitoring.MonitoringSchedule;
import com.isocourse.core.monitoring.ScheduleItem;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's reminder schedule on a date: one reminder per thing the patient must do next, with
 * the date to send it, the days left and a stable key.
 *
 * <p>Why the keys look as they do: the server plans every day (and on several instances), and a
 * reminder must be sent once. A thing due in the future is keyed by its due date ({@code
 * KIND:notice:2026-12-10}), which stays the same from one day to the next until a new fact moves
 * it. A thing wanted now has a due date that may float with the date (the schedule says "today"
 * when nothing was ever recorded), so it is keyed by how many facts of its kind are on record
 * ({@code KIND:due:after-3}): the same until the patient records one. So a thing gets at most a
 * notice before it is due and one reminder once it is due, per fact cycle. Fixed deadlines (window
 * closes, pickup, post-course test) are keyed by their date.
 */
public final class ReminderSchedule {
  /** A scheduled item is announced this many days before it is due. */
  public static final int NOTICE_DAYS = 3;

  /** A closing window or a pickup deadline is announced this many days before its last day. */
  public static final int CLOSING_NOTICE_DAYS = 2;

  private ReminderSchedule() {}

  /**
   * The patient's reminders on {@code today}, sorted by send date then kind; the server sends the
   * ones whose {@link Reminder#sendOn()} is today.
   *
   * <ul>
   *   <li>While the course is active, from the monitoring schedule (rules.md §5, {@link
   *       MonitoringSchedule#dueItems}): {@code PREGNANCY_TEST} (PCGP or unknown category) as
   *       {@link ReminderKind#PREGNANCY_TEST_WINDOW_OPENS}, {@code MOOD_SCREEN} as {@link
   *       ReminderKind#MOOD_QUESTIONS_DUE}, {@code COMPREHENSION} (US26-QUIZ) as {@link
   *       ReminderKind#COMPREHENSION_QUESTIONS_DUE}, the earlier of {@code ALT} and {@code
   *       TRIGLYCERIDES} as {@link ReminderKind#LABS_DUE}. {@code COUNSELING} is the prescriber's
   *       to do and is not a patient reminder.
   *   <li>While the course is active, {@link ReminderKind#PREGNANCY_TEST_WINDOW_CLOSES} on the last
   *       day of the window of the latest counting negative test (US26-WINDOW; {@link
   *       PregnancyWindowReminder}) and {@link ReminderKind#PICKUP_DEADLINE} on an issued
   *       authorization's do-not-dispense-after date.
   *   <li>Once the course is completed, only {@link ReminderKind#POST_COURSE_PREGNANCY_TEST}
   *       (rules.md §5: 30 days after the last dose, PCGP or unknown category), until a negative
   *       test is dated on or after it.
   * </ul>
   *
   * A reminder is never dated before {@code today}; deadlines already passed give none.
   */
  public static List<Reminder> remindersOn(
      CaseHistory h, CourseDates dates, Policy policy, LocalDate today) {
    List<Reminder> reminders = new ArrayList<>();
    if (dates.lastDose().isPresent()) {
      PregnancyWindowReminder.postCourse(h, dates.lastDose().get(), today)
          .ifPresent(reminders::add);
    } else {
      scheduled(h, policy, today, reminders);
      PregnancyWindowReminder.windowCloses(h, policy, today).ifPresent(reminders::add);
      dates
          .pickupDeadline()
          .filter(d -> !d.isBefore(today))
          .ifPresent(
              d ->
                  reminders.add(
                      byDeadline(ReminderKind.PICKUP_DEADLINE, d, CLOSING_NOTICE_DAYS, today)));
    }
    reminders.sort(Comparator.comparing(Reminder::sendOn).thenComparing(Reminder::kind));
    return List.copyOf(reminders);
  }

  private static void scheduled(
      CaseHistory h, Policy policy, LocalDate today, List<Reminder> reminders) {
    Map<ReminderKind, LocalDate> due = new LinkedHashMap<>();
    for (DueItem item : MonitoringSchedule.dueItems(h, today, policy)) {
      kindOf(item.item()).ifPresent(k -> due.merge(k, item.date(), ReminderSchedule::earlier));
    }
    due.forEach((kind, date) -> reminders.add(scheduledItem(h, kind, date, today)));
  }

  private static Optional<ReminderKind> kindOf(String item) {
    if (item.equals(ScheduleItem.PREGNANCY_TEST.code())) {
      return Optional.of(ReminderKind.PREGNANCY_TEST_WINDOW_OPENS);
    }
    if (item.equals(ScheduleItem.MOOD_SCREEN.code())) {
      return Optional.of(ReminderKind.MOOD_QUESTIONS_DUE);
    }
    if (item.equals(ScheduleItem.COMPREHENSION.code())) {
      return Optional.of(ReminderKind.COMPREHENSION_QUESTIONS_DUE);
    }
    if (item.equals(ScheduleItem.ALT.code()) || item.equals(ScheduleItem.TRIGLYCERIDES.code())) {
      return Optional.of(ReminderKind.LABS_DUE);
    }
    return Optional.empty();
  }

  /** A notice {@link #NOTICE_DAYS} ahead of a future due date, or one reminder once it is due. */
  static Reminder scheduledItem(CaseHistory h, ReminderKind kind, LocalDate due, LocalDate today) {
    if (due.isAfter(today)) {
      LocalDate sendOn = latest(today, due.minusDays(NOTICE_DAYS));
      return new Reminder(kind, sendOn, due, daysBetween(sendOn, due), kind + ":notice:" + due);
    }
    return new Reminder(kind, today, due, 0, kind + ":due:after-" + factsOnRecord(h, kind, today));
  }

  /** A reminder {@code notice} days before a fixed deadline (on or after today), keyed by it. */
  static Reminder byDeadline(ReminderKind kind, LocalDate deadline, int notice, LocalDate today) {
    LocalDate sendOn = latest(today, deadline.minusDays(notice));
    return new Reminder(
        kind, sendOn, deadline, daysBetween(sendOn, deadline), kind + ":" + deadline);
  }

  /** How many facts that would satisfy the kind are on record on the date (the "fact cycle"). */
  private static int factsOnRecord(CaseHistory h, ReminderKind kind, LocalDate today) {
    Class<? extends CourseEvent> type =
        switch (kind) {
          case PREGNANCY_TEST_WINDOW_OPENS -> PregnancyTest.class;
          case MOOD_QUESTIONS_DUE -> MoodScreen.class;
          case COMPREHENSION_QUESTIONS_DUE -> ComprehensionCompleted.class;
          case LABS_DUE -> LabResult.class;
          case PREGNANCY_TEST_WINDOW_CLOSES, PICKUP_DEADLINE, POST_COURSE_PREGNANCY_TEST ->
              throw new IllegalArgumentException(kind + " is keyed by its deadline");
        };
    return h.asOf(today, type).size();
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static long daysBetween(LocalDate from, LocalDate to) {
    return Math.max(0, ChronoUnit.DAYS.between(from, to));
  }
}
