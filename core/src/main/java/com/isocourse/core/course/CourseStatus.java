package com.isocourse.core.course;

/**
 * Where a course stands: on treatment, or completed (the last dose taken). What is due differs
 * (rules.md §5): the monitoring schedule while active, only the post-course pregnancy tests once
 * completed.
 */
public enum CourseStatus {
  ACTIVE,
  COMPLETED
}
