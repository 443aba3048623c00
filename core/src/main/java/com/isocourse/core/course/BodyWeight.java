package com.isocourse.core.course;

/**
 * A body weight in kilograms. Values outside 1–400 kg are rejected when built: they are typing
 * errors, and every dose is computed from this number.
 */
public record BodyWeight(double kg) {
  public static final double MIN_KG = 1;
  public static final double MAX_KG = 400;

  public BodyWeight {
    if (!Double.isFinite(kg) || kg < MIN_KG || kg > MAX_KG) {
      throw new IllegalArgumentException("must be between 1 and 400");
    }
  }
}
