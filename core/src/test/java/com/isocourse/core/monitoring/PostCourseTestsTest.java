package com.isocourse.core.monitoring;

import static com.isocourse.core.fixtures.SafetyFixtures.FIRST_DOSE;
import static com.isocourse.core.fixtures.SafetyFixtures.history;
import static com.isocourse.core.fixtures.SafetyFixtures.negativeTest;
import static com.isocourse.core.fixtures.SafetyFixtures.positiveTest;
import static com.isocourse.core.fixtures.SafetyFixtures.startedCourse;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tests that stay due after a completed course (rules.md §5, schedule table): at the last dose
 * and 30 days after it, for a patient who can get pregnant or whose category is unknown. Edge
 * table: a negative test the day before / on / after each item's date; positive tests; tests dated
 * after the day asked about.
 */
class PostCourseTestsTest {
  private static final LocalDate LAST_DOSE = LocalDate.of(2026, 6, 30);
  private static final LocalDate POST = LAST_DOSE.plusDays(30);

  private static List<String> open(LocalDate date, CourseEvent... events) {
    return PostCourseTests.due(startedCourse(events), LAST_DOSE, date).stream()
        .map(d -> d.item() + "@" + d.date())
        .toList();
  }

  @Test
  void withNoTestBothItemsAreDueOnTheirDates() {
    assertThat(open(POST))
        .containsExactly(
            "END_OF_COURSE_PREGNANCY_TEST@2026-06-30", "POST_COURSE_PREGNANCY_TEST@2026-07-30");
  }

  /** Days relative to the last dose; which items stay open after one negative test that day. */
  @ParameterizedTest(name = "negative test at last dose {0}: open {1}")
  @CsvSource({
    "-1, 'END_OF_COURSE_PREGNANCY_TEST,POST_COURSE_PREGNANCY_TEST'",
    "0, 'POST_COURSE_PREGNANCY_TEST'",
    "1, 'POST_COURSE_PREGNANCY_TEST'",
    "29, 'POST_COURSE_PREGNANCY_TEST'",
    "30, ''",
    "31, ''",
  })
  void oneNegativeTestClosesWhatItIsDatedOnOrAfter(int day, String stillOpen) {
    LocalDate tested = LAST_DOSE.plusDays(day);
    List<String> open =
        PostCourseTests.due(startedCourse(negativeTest(tested)), LAST_DOSE, POST.plusDays(5))
            .stream()
            .map(DueItem::item)
            .toList();
    assertThat(String.join(",", open)).isEqualTo(stillOpen);
  }

  @Test
  void aPositiveTestClosesNothing() {
    assertThat(open(POST.plusDays(1), positiveTest(LAST_DOSE), positiveTest(POST))).hasSize(2);
  }

  @Test
  void aTestDatedAfterTheDayAskedAboutDoesNotCountYet() {
    assertThat(open(POST.minusDays(1), negativeTest(POST)))
        .containsExactly(
            "END_OF_COURSE_PREGNANCY_TEST@2026-06-30", "POST_COURSE_PREGNANCY_TEST@2026-07-30");
    assertThat(open(POST, negativeTest(POST))).isEmpty();
  }

  @Test
  void aPatientWhoCannotGetPregnantHasNothingLeft() {
    CaseHistory h =
        history(
            Jurisdiction.US,
            Optional.of(RiskCategory.CANNOT_GET_PREGNANT),
            Optional.of(FIRST_DOSE));
    assertThat(PostCourseTests.due(h, LAST_DOSE, POST)).isEmpty();
  }

  @Test
  void anUnknownRiskCategoryKeepsBothTests() {
    CaseHistory h = history(Jurisdiction.EU, Optional.empty(), Optional.of(FIRST_DOSE));
    assertThat(PostCourseTests.due(h, LAST_DOSE, POST)).hasSize(2);
  }

  @Test
  void aCourseDueListFollowsItsStatus() {
    CaseHistory h = startedCourse();
    Policy policy = Policy.defaults();
    assertThat(CourseDue.of(h, CourseStatus.ACTIVE, Optional.empty(), POST, policy))
        .isEqualTo(MonitoringSchedule.dueItems(h, POST, policy));
    assertThat(CourseDue.of(h, CourseStatus.COMPLETED, Optional.of(LAST_DOSE), POST, policy))
        .extracting(DueItem::item)
        .containsExactly("END_OF_COURSE_PREGNANCY_TEST", "POST_COURSE_PREGNANCY_TEST");
    assertThat(CourseDue.of(h, CourseStatus.COMPLETED, Optional.empty(), POST, policy)).isEmpty();
  }
}
