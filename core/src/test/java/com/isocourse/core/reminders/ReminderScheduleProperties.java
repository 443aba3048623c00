package com.isocourse.core.reminders;

import static com.isocourse.core.fixtures.SafetyFixtures.alt;
import static com.isocourse.core.fixtures.SafetyFixtures.calmPhq9;
import static com.isocourse.core.fixtures.SafetyFixtures.day;
import static com.isocourse.core.fixtures.SafetyFixtures.negativeTest;
import static com.isocourse.core.fixtures.SafetyFixtures.quizPassed;
import static com.isocourse.core.fixtures.SafetyFixtures.startedCourse;
import static com.isocourse.core.fixtures.SafetyFixtures.triglycerides;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the reminder schedule over arbitrary courses and dates. */
class ReminderScheduleProperties {
  private static final Policy POLICY = Policy.defaults();

  private static CaseHistory course(List<Integer> factDays) {
    List<CourseEvent> events = new ArrayList<>();
    for (int i = 0; i < factDays.size(); i++) {
      LocalDate d = day(factDays.get(i));
      events.add(
          switch (i % 5) {
            case 0 -> negativeTest(d);
            case 1 -> calmPhq9(d);
            case 2 -> quizPassed(d);
            case 3 -> alt(d);
            default -> triglycerides(d);
          });
    }
    return startedCourse(events.toArray(CourseEvent[]::new));
  }

  private static List<Reminder> on(CaseHistory h, Optional<Integer> deadline, int today) {
    return ReminderSchedule.remindersOn(
        h, new CourseDates(Optional.empty(), deadline.map(d -> day(d))), POLICY, day(today));
  }

  @Property
  void neverDatedBeforeTodayKeysUniqueAndNeverSentAfterAFutureDeadline(
      @ForAll @Size(max = 12) List<@IntRange(min = -40, max = 200) Integer> factDays,
      @ForAll Optional<@IntRange(min = -10, max = 220) Integer> deadline,
      @ForAll @IntRange(min = -30, max = 220) int today) {
    List<Reminder> reminders = on(course(factDays), deadline, today);
    assertThat(reminders).allSatisfy(r -> assertThat(r.sendOn()).isAfterOrEqualTo(day(today)));
    assertThat(reminders.stream().map(Reminder::key).distinct().count())
        .isEqualTo(reminders.size());
    assertThat(reminders)
        .filteredOn(r -> !r.dueBy().isBefore(day(today)))
        .allSatisfy(r -> assertThat(r.sendOn()).isBeforeOrEqualTo(r.dueBy()));
  }

  @Property
  void aPlannedReminderKeepsItsKeyUntilItsSendDateWhenNothingNewIsRecorded(
      @ForAll @Size(max = 12) List<@IntRange(min = -40, max = 200) Integer> factDays,
      @ForAll @IntRange(min = -30, max = 220) int today) {
    // nothing new: every fact is already on record on the planning day
    CaseHistory h = course(factDays.stream().filter(d -> d <= today).toList());
    for (Reminder planned : on(h, Optional.empty(), today)) {
      int sendDay =
          today + (int) java.time.temporal.ChronoUnit.DAYS.between(day(today), planned.sendOn());
      assertThat(on(h, Optional.empty(), sendDay))
          .as("planned on day %d for %s", today, planned.sendOn())
          .contains(
              new Reminder(
                  planned.kind(),
                  planned.sendOn(),
                  planned.dueBy(),
                  planned.daysLeft(),
                  planned.key()));
    }
  }
}
