package com.isocourse.server.archfixtures.cycle.enrollment;

import com.isocourse.server.archfixtures.cycle.courses.PlantedCourses;

/** Planted: enrollment uses courses, and courses uses enrollment (a cycle between slices). */
public final class PlantedEnrollment {
  private PlantedEnrollment() {}

  public static String open() {
    return PlantedCourses.first();
  }

  public static String name() {
    return "enrollment";
  }
}
