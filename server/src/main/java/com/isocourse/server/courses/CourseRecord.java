package com.isocourse.server.courses;

import com.isocourse.core.course.CourseStatus;
import java.time.LocalDate;

/** A stored course: the planner's choices and the course's state. */
public record CourseRecord(
    long id,
    long patientId,
    String formulation,
    LocalDate firstDoseDate,
    Double targetMgPerKg,
    LocalDate previousCourseLastDose,
    Double plannedMgPerKgPerDay,
    CourseStatus status,
    LocalDate completedOn) {}
