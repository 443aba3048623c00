package com.isocourse.core.monitoring;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What stays due once a course is completed (rules.md §5, schedule table): for a patient who can
 * get pregnant, a pregnancy test at the last dose and another {@value
 * MonitoringSchedule#POST_COURSE_TEST_DAYS} days after it. The monitoring schedule does not list
 * these because the history does not carry the last dose; the completed course does. An unknown
 * risk category gets the tests (missing data never removes a test). A test counts only when it is
 * negative, dated on or after the item's date, and on or before the day asked about.
 */
public final class PostCourseTests {
  /** The pregnancy test at the last dose. */
  public static final String END_OF_COURSE = "END_OF_COURSE_PREGNANCY_TEST";

  /** The pregnancy test 30 days after the last dose. */
  public static final String POST_COURSE = "POST_COURSE_PREGNANCY_TEST";

  private PostCourseTests() {}

  /** The post-course items still open on {@code date} for a course whose last dose was then. */
  public static List<DueItem> due(CaseHistory h, LocalDate lastDose, LocalDate date) {
    if (h.patient().riskCategory().orElse(null) == RiskCategory.CANNOT_GET_PREGNANT) {
      return List.of();
    }
    List<DueItem> due = new ArrayList<>(2);
    if (!negativeTestOnOrAfter(h, lastDose, date)) {
      due.add(new DueItem(END_OF_COURSE, lastDose));
    }
    LocalDate postCourse = lastDose.plusDays(MonitoringSchedule.POST_COURSE_TEST_DAYS);
    if (!negativeTestOnOrAfter(h, postCourse, date)) {
      due.add(new DueItem(POST_COURSE, postCourse));
    }
    return List.copyOf(due);
  }

  private static boolean negativeTestOnOrAfter(CaseHistory h, LocalDate day, LocalDate date) {
    return h.stream(date, PregnancyTest.class)
        .anyMatch(t -> t.negative() && !t.date().isBefore(day));
  }
}
