package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;

/** The patient answered the comprehension questions (US26-QUIZ); only a pass counts. */
public record ComprehensionCompleted(LocalDate date, boolean passed) implements CourseEvent {
  public ComprehensionCompleted {
    Objects.requireNonNull(date, "date");
  }
}
