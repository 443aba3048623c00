package com.isocourse.core.reminders;

import static com.isocourse.core.fixtures.SafetyFixtures.day;
import static com.isocourse.core.fixtures.SafetyFixtures.history;
import static com.isocourse.core.fixtures.SafetyFixtures.negativeTest;
import static com.isocourse.core.fixtures.SafetyFixtures.startedCourse;
import static com.isocourse.core.reminders.ReminderKind.POST_COURSE_PREGNANCY_TEST;
import static com.isocourse.core.reminders.ReminderKind.PREGNANCY_TEST_WINDOW_CLOSES;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixed pregnancy-test deadlines: the 7-day window (US26-WINDOW) and the post-course test. */
class PregnancyWindowReminderTest {
  private static final Policy POLICY = Policy.defaults();

  private static Optional<Reminder> closes(CaseHistory h, int today) {
    return PregnancyWindowReminder.windowCloses(h, POLICY, day(today));
  }

  private static Optional<Reminder> postCourse(CaseHistory h, LocalDate lastDose, int today) {
    return PregnancyWindowReminder.postCourse(h, lastDose, day(today));
  }

  @Test
  void windowClosesEdgeTable() {
    // specimen on day 10: the window is days 10 … 16; announced two days before, on day 14
    CaseHistory h = startedCourse(negativeTest(day(10)));
    record Row(int today, Integer sendOn, long daysLeft) {}
    List<Row> rows =
        List.of(
            new Row(10, 14, 2), // the window opens: planned for day 14
            new Row(13, 14, 2), // the day before the notice
            new Row(14, 14, 2), // at the notice
            new Row(16, 16, 0), // the last day of the window
            new Row(17, null, 0)); // closed: nothing
    for (Row row : rows) {
      Optional<Reminder> r = closes(h, row.today());
      if (row.sendOn() == null) {
        assertThat(r).as("today day %d", row.today()).isEmpty();
      } else {
        assertThat(r.orElseThrow())
            .as("today day %d", row.today())
            .isEqualTo(
                new Reminder(
                    PREGNANCY_TEST_WINDOW_CLOSES,
                    day(row.sendOn()),
                    day(16),
                    row.daysLeft(),
                    "PREGNANCY_TEST_WINDOW_CLOSES:" + day(16)));
      }
    }
  }

  @Test
  void aFillInTheWindowEndsItsReminder() {
    CaseHistory h = startedCourse(negativeTest(day(10)), new Dispense(day(11), "rx-1", List.of()));
    assertThat(closes(h, 12)).isEmpty();
    // a dispense before the test does not use this window
    CaseHistory before =
        startedCourse(negativeTest(day(10)), new Dispense(day(9), "rx-1", List.of()));
    assertThat(closes(before, 12)).isPresent();
  }

  @Test
  void aHomeTestTheRuleSetDoesNotCountOpensNoWindow() {
    PregnancyTest home =
        new PregnancyTest(
            day(10), PregnancyTest.Result.NEGATIVE, Optional.of(PregnancyTest.Setting.HOME));
    assertThat(closes(startedCourse(home), 12)).isEmpty();
  }

  @Test
  void noWindowReminderForEuPatientsOrPatientsWhoCannotGetPregnant() {
    CaseHistory eu =
        history(
            Jurisdiction.EU,
            Optional.of(RiskCategory.CAN_GET_PREGNANT),
            Optional.of(day(0)),
            negativeTest(day(10)));
    CaseHistory pcngp =
        history(
            Jurisdiction.US,
            Optional.of(RiskCategory.CANNOT_GET_PREGNANT),
            Optional.of(day(0)),
            negativeTest(day(10)));
    assertThat(closes(eu, 12)).isEmpty();
    assertThat(closes(pcngp, 12)).isEmpty();
  }

  @Test
  void postCourseEdgeTable() {
    LocalDate lastDose = day(100); // the test is due on day 130, announced on day 127
    CaseHistory h = startedCourse(negativeTest(day(100)));
    record Row(int today, int sendOn, long daysLeft) {}
    List<Row> rows =
        List.of(
            new Row(101, 127, 3), // before the notice
            new Row(127, 127, 3), // at the notice
            new Row(130, 130, 0), // due today
            new Row(140, 140, 0)); // overdue: reminded on the planning day, same key
    for (Row row : rows) {
      Reminder r = postCourse(h, lastDose, row.today()).orElseThrow();
      assertThat(r.sendOn()).as("today day %d", row.today()).isEqualTo(day(row.sendOn()));
      assertThat(r.daysLeft()).as("today day %d", row.today()).isEqualTo(row.daysLeft());
      assertThat(r.key()).isEqualTo(POST_COURSE_PREGNANCY_TEST + ":" + day(130));
    }
  }

  @Test
  void aNegativeTestOnOrAfterThePostCourseDateEndsIt() {
    LocalDate lastDose = day(100);
    assertThat(postCourse(startedCourse(negativeTest(day(130))), lastDose, 131)).isEmpty();
    assertThat(postCourse(startedCourse(negativeTest(day(129))), lastDose, 131)).isPresent();
  }

  @Test
  void postCourseTestIsForPatientsWhoCanGetPregnantOrUnknown() {
    LocalDate lastDose = day(100);
    CaseHistory pcngp =
        history(
            Jurisdiction.US, Optional.of(RiskCategory.CANNOT_GET_PREGNANT), Optional.of(day(0)));
    CaseHistory unknown = history(Jurisdiction.US, Optional.empty(), Optional.of(day(0)));
    assertThat(postCourse(pcngp, lastDose, 120)).isEmpty();
    assertThat(postCourse(unknown, lastDose, 120)).isPresent();
  }
}
