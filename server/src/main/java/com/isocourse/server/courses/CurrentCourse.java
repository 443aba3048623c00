package com.isocourse.server.courses;

/** A patient's current course with the version of its history, read in the same query. */
public record CurrentCourse(CourseRecord course, HistoryVersion history) {}
