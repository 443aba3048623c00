package com.isocourse.server.courses;

import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.monitoring.MonitoringSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What stays due once a course is completed (rules.md §5, schedule table): for a patient who can
 * get pregnant, a pregnancy test at the last dose and another 30 days after it. The engine's
 * monitoring schedule does not list these because the history does not carry the last dose; the
 * server knows it from the completed course. An unknown risk category gets the tests (missing data
 * never removes a test).
 */
final class PostCourseTests {
  static final String END_OF_COURSE = "END_OF_COURSE_PREGNANCY_TEST";
  static final String POST_COURSE = "POST_COURSE_PREGNANCY_TEST";
  static final int POST_COURSE_DAYS = MonitoringSchedule.POST_COURSE_TEST_DAYS;

  private PostCourseTests() {}

  /** The post-course items still open for a completed course, earliest first. */
  static List<DueItem> due(CaseFile file) {
    LocalDate lastDose = file.course().completedOn();
    if (lastDose == null || "CANNOT_GET_PREGNANT".equals(file.patient().riskCategory())) {
      return List.of();
    }
    List<DueItem> due = new ArrayList<>();
    if (!negativeTestOnOrAfter(file, lastDose)) {
      due.add(new DueItem(END_OF_COURSE, lastDose));
    }
    LocalDate postCourse = lastDose.plusDays(POST_COURSE_DAYS);
    if (!negativeTestOnOrAfter(file, postCourse)) {
      due.add(new DueItem(POST_COURSE, postCourse));
    }
    return List.copyOf(due);
  }

  private static boolean negativeTestOnOrAfter(CaseFile file, LocalDate day) {
    return file.events().stream()
        .filter(e -> e.type().equals("pregnancy-test"))
        .map(StoredEvent::payload)
        .filter(p -> "negative".equals(p.path("result").asText()))
        .anyMatch(p -> !LocalDate.parse(p.path("date").asText()).isBefore(day));
  }
}
