package com.isocourse.core.reminders;

import static com.isocourse.core.fixtures.SafetyFixtures.alt;
import static com.isocourse.core.fixtures.SafetyFixtures.calmPhq9;
import static com.isocourse.core.fixtures.SafetyFixtures.day;
import static com.isocourse.core.fixtures.SafetyFixtures.history;
import static com.isocourse.core.fixtures.SafetyFixtures.negativeTest;
import static com.isocourse.core.fixtures.SafetyFixtures.quizPassed;
import static com.isocourse.core.fixtures.SafetyFixtures.startedCourse;
import static com.isocourse.core.fixtures.SafetyFixtures.triglycerides;
import static com.isocourse.core.fixtures.SafetyFixtures.unstartedCourse;
import static com.isocourse.core.reminders.ReminderKind.COMPREHENSION_QUESTIONS_DUE;
import static com.isocourse.core.reminders.ReminderKind.LABS_DUE;
import static com.isocourse.core.reminders.ReminderKind.MOOD_QUESTIONS_DUE;
import static com.isocourse.core.reminders.ReminderKind.PICKUP_DEADLINE;
import static com.isocourse.core.reminders.ReminderKind.PREGNANCY_TEST_WINDOW_OPENS;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The patient's reminders from the monitoring schedule (rules.md §5) and the pickup deadline. */
class ReminderScheduleTest {
  private static final Policy POLICY = Policy.defaults();

  static List<Reminder> on(CaseHistory h, LocalDate today) {
    return ReminderSchedule.remindersOn(h, CourseDates.active(), POLICY, today);
  }

  static Optional<Reminder> of(List<Reminder> reminders, ReminderKind kind) {
    return reminders.stream().filter(r -> r.kind() == kind).findFirst();
  }

  /** A started course with every monthly item done on day 10 (so each is next due on day 38+). */
  static CaseHistory monthlyDoneOnDay10(CourseEvent... more) {
    List<CourseEvent> events =
        new java.util.ArrayList<>(
            List.of(
                negativeTest(day(10)),
                calmPhq9(day(10)),
                quizPassed(day(10)),
                alt(day(50)),
                triglycerides(day(50)),
                new com.isocourse.core.course.Dispense(day(10), "rx-1", List.of())));
    events.addAll(List.of(more));
    return startedCourse(events.toArray(CourseEvent[]::new));
  }

  @Test
  void theMonthlyTestIsAnnouncedThreeDaysBeforeItIsDue() {
    // negative test on day 10: the next is due on day 38 (latest + 28)
    assertThat(of(on(monthlyDoneOnDay10(), day(30)), PREGNANCY_TEST_WINDOW_OPENS))
        .contains(
            new Reminder(
                PREGNANCY_TEST_WINDOW_OPENS,
                day(35),
                day(38),
                3,
                "PREGNANCY_TEST_WINDOW_OPENS:notice:" + day(38)));
  }

  @Test
  void scheduledItemEdgeTable() {
    CaseHistory h = monthlyDoneOnDay10();
    record Row(int today, int sendOn, long daysLeft, String keyPart) {}
    List<Row> rows =
        List.of(
            new Row(34, 35, 3, "notice"), // before the notice date: planned for the notice date
            new Row(35, 35, 3, "notice"), // at the notice date
            new Row(36, 36, 2, "notice"), // after the notice date, before due: sent at once
            new Row(37, 37, 1, "notice"), // the day before it is due
            new Row(38, 38, 0, "due"), // at the due date: the due reminder
            new Row(45, 45, 0, "due")); // overdue: still one due reminder, same key
    for (Row row : rows) {
      Reminder r = of(on(h, day(row.today())), MOOD_QUESTIONS_DUE).orElseThrow();
      assertThat(r.sendOn()).as("today day %d", row.today()).isEqualTo(day(row.sendOn()));
      assertThat(r.daysLeft()).as("today day %d", row.today()).isEqualTo(row.daysLeft());
      assertThat(r.key()).as("today day %d", row.today()).contains(":" + row.keyPart() + ":");
    }
  }

  @Test
  void aThingWantedNowKeepsItsKeyFromDayToDayUntilAFactIsRecorded() {
    CaseHistory h = monthlyDoneOnDay10();
    String atDue = of(on(h, day(38)), MOOD_QUESTIONS_DUE).orElseThrow().key();
    assertThat(of(on(h, day(60)), MOOD_QUESTIONS_DUE).orElseThrow().key()).isEqualTo(atDue);
    // a PHQ-9 recorded (late) on day 61 starts the next cycle, due on day 89
    assertThat(of(on(h.with(calmPhq9(day(61))), day(70)), MOOD_QUESTIONS_DUE).orElseThrow())
        .extracting(Reminder::dueBy, Reminder::key)
        .containsExactly(day(89), "MOOD_QUESTIONS_DUE:notice:" + day(89));
  }

  @Test
  void aNewPatientWithNothingOnRecordIsRemindedOnceNotEveryDay() {
    CaseHistory h = unstartedCourse();
    List<Reminder> first = on(h, day(-20));
    List<Reminder> next = on(h, day(-19));
    assertThat(first)
        .extracting(Reminder::kind)
        .containsExactly(
            PREGNANCY_TEST_WINDOW_OPENS, MOOD_QUESTIONS_DUE, COMPREHENSION_QUESTIONS_DUE, LABS_DUE);
    assertThat(next)
        .extracting(Reminder::key)
        .isEqualTo(first.stream().map(Reminder::key).toList());
  }

  @Test
  void labsAreOneReminderForTheEarlierOfAltAndTriglycerides() {
    CaseHistory h = startedCourse(alt(day(45)), triglycerides(day(-5)));
    // consensus-2022: ALT from day 42 counts as the peak result; triglycerides still due on day 56
    Reminder labs = of(on(h, day(50)), LABS_DUE).orElseThrow();
    assertThat(labs.dueBy()).isEqualTo(day(56));
    assertThat(on(h.with(triglycerides(day(46))), day(50))).noneMatch(r -> r.kind() == LABS_DUE);
  }

  @Test
  void aPatientWhoCannotGetPregnantGetsNoPregnancyOrComprehensionReminders() {
    CaseHistory h =
        history(
            Jurisdiction.US,
            Optional.of(RiskCategory.CANNOT_GET_PREGNANT),
            Optional.of(day(0)),
            negativeTest(day(10)));
    assertThat(on(h, day(12)))
        .extracting(Reminder::kind)
        .containsExactlyInAnyOrder(LABS_DUE, MOOD_QUESTIONS_DUE);
  }

  @Test
  void anUnknownRiskCategoryKeepsThePregnancyReminders() {
    CaseHistory h = history(Jurisdiction.US, Optional.empty(), Optional.of(day(0)));
    assertThat(on(h, day(12))).extracting(Reminder::kind).contains(PREGNANCY_TEST_WINDOW_OPENS);
  }

  @Test
  void pickupDeadlineEdgeTable() {
    CaseHistory h = monthlyDoneOnDay10();
    LocalDate deadline = day(20);
    record Row(int today, Integer sendOn, long daysLeft) {}
    List<Row> rows =
        List.of(
            new Row(16, 18, 2), // before the notice: planned two days before the last day
            new Row(18, 18, 2), // at the notice
            new Row(20, 20, 0), // on the last day
            new Row(21, null, 0)); // the deadline passed: nothing
    for (Row row : rows) {
      Optional<Reminder> r =
          of(
              ReminderSchedule.remindersOn(
                  h,
                  new CourseDates(Optional.empty(), Optional.of(deadline)),
                  POLICY,
                  day(row.today())),
              PICKUP_DEADLINE);
      if (row.sendOn() == null) {
        assertThat(r).as("today day %d", row.today()).isEmpty();
      } else {
        assertThat(r.orElseThrow().sendOn()).isEqualTo(day(row.sendOn()));
        assertThat(r.orElseThrow().daysLeft()).isEqualTo(row.daysLeft());
        assertThat(r.orElseThrow().key()).isEqualTo("PICKUP_DEADLINE:" + deadline);
      }
    }
  }

  @Test
  void aCompletedCourseGetsOnlyThePostCourseReminder() {
    CaseHistory h = monthlyDoneOnDay10();
    List<Reminder> r =
        ReminderSchedule.remindersOn(
            h, new CourseDates(Optional.of(day(100)), Optional.of(day(101))), POLICY, day(101));
    assertThat(r)
        .extracting(Reminder::kind)
        .containsExactly(ReminderKind.POST_COURSE_PREGNANCY_TEST);
  }
}
