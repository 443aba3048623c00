package com.isocourse.server.archfixtures.cycle.courses;

import com.isocourse.server.archfixtures.cycle.enrollment.PlantedEnrollment;

/** Planted: the other half of the enrollment ↔ courses cycle. */
public final class PlantedCourses {
  private PlantedCourses() {}

  public static String first() {
    return PlantedEnrollment.name() + " course";
  }
}
