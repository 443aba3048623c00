package com.isocourse.core.reminders;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.monitoring.MonitoringSchedule;
import com.isocourse.core.pregnancy.PregnancyTestWindow;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetChooser;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The pregnancy-test deadlines that are fixed dates: the last day of the 7-day window (US26-WINDOW)
 * and the post-course test (rules.md §5). Only for a patient who can get pregnant; an unknown risk
 * category is treated as one (missing data never removes a test).
 */
final class PregnancyWindowReminder {
  /** rules.md §5: a pregnancy test 30 days after the last dose (PCGP). */
  private PregnancyWindowReminder() {}

  /**
   * The window of the latest negative test that counts under the rule set chosen for the date
   * (US26-WINDOW with US26-HOME; §3.5 for 2021) closes on S + 6 ({@link
   * PregnancyTestWindow#lastDay}): reminded while it is open on {@code today} and no dispense is
   * dated on or after S (a fill already used the window). EU/UK windows run from the prescription
   * date (EU-TEST), so the pickup deadline reminds those patients instead.
   */
  static Optional<Reminder> windowCloses(CaseHistory h, Policy policy, LocalDate today) {
    if (!mayGetPregnant(h)) {
      return Optional.empty();
    }
    RuleSetId ruleSet = RuleSetChooser.byDate(h.jurisdiction(), today, policy);
    if (ruleSet == RuleSetId.EU_PPP_2018) {
      return Optional.empty();
    }
    Optional<LocalDate> firstDose = h.course().firstDoseDate();
    List<PregnancyTest> tests = h.asOf(today, PregnancyTest.class);
    Optional<LocalDate> specimen = Optional.empty();
    for (PregnancyTest t : tests) {
      boolean counts =
          ruleSet == RuleSetId.US_IPLEDGE_2021
              ? PregnancyTestWindow.counts2021(t, firstDose)
              : PregnancyTestWindow.counts2026(t, firstDose, h.patient().homeTestingAllowed());
      if (t.negative() && counts) {
        specimen = Optional.of(t.date());
      }
    }
    return specimen
        .filter(s -> h.stream(today, Dispense.class).noneMatch(d -> !d.date().isBefore(s)))
        .map(PregnancyTestWindow::lastDay)
        .filter(last -> !last.isBefore(today))
        .map(
            last ->
                ReminderSchedule.byDeadline(
                    ReminderKind.PREGNANCY_TEST_WINDOW_CLOSES,
                    last,
                    ReminderSchedule.CLOSING_NOTICE_DAYS,
                    today));
  }

  /**
   * The post-course test of a completed course (rules.md §5): due on last dose + 30, reminded
   * {@link ReminderSchedule#NOTICE_DAYS} before, until a negative test is dated on or after that
   * date. Once the date has passed without one, one reminder is sent on the first planning day.
   */
  static Optional<Reminder> postCourse(CaseHistory h, LocalDate lastDose, LocalDate today) {
    if (!mayGetPregnant(h)) {
      return Optional.empty();
    }
    LocalDate due = lastDose.plusDays(MonitoringSchedule.POST_COURSE_TEST_DAYS);
    boolean done =
        h.stream(today, PregnancyTest.class).anyMatch(t -> t.negative() && !t.date().isBefore(due));
    if (done) {
      return Optional.empty();
    }
    LocalDate sendOn = due.minusDays(ReminderSchedule.NOTICE_DAYS);
    sendOn = sendOn.isBefore(today) ? today : sendOn;
    ReminderKind kind = ReminderKind.POST_COURSE_PREGNANCY_TEST;
    return Optional.of(
        new Reminder(
            kind, sendOn, due, ReminderSchedule.daysBetween(sendOn, due), kind + ":" + due));
  }

  private static boolean mayGetPregnant(CaseHistory h) {
    return h.patient().riskCategory().orElse(RiskCategory.CAN_GET_PREGNANT)
        == RiskCategory.CAN_GET_PREGNANT;
  }
}
