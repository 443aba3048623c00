package com.isocourse.core.course;

/**
 * One strength on a prescription with its capsules per morning and evening dose.
 *
 * @param strengthMg capsule strength in mg
 * @param morning capsules of this strength in the morning dose
 * @param evening capsules of this strength in the evening dose
 */
public record PrescribedCapsule(int strengthMg, int morning, int evening) {
  public PrescribedCapsule {
    if (strengthMg <= 0) {
      throw new IllegalArgumentException("strengthMg must be positive");
    }
    if (morning < 0 || evening < 0) {
      throw new IllegalArgumentException("capsule counts must not be negative");
    }
  }

  public long perDay() {
    return (long) morning + evening;
  }

  /** mg per day; a long, so that no strength × count can overflow. */
  public long mgPerDay() {
    return (long) strengthMg * perDay();
  }
}
