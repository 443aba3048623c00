package com.isocourse.core.course;

import java.util.Optional;

/**
 * Capsules of one strength handed over in a dispense.
 *
 * @param formulation the dispensed product family; absent means the prescription's
 */
public record DispensedCapsules(int strengthMg, int count, Optional<Formulation> formulation) {
  public DispensedCapsules {
    if (strengthMg <= 0) {
      throw new IllegalArgumentException("strengthMg must be positive");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }

  /** mg handed over; a long, so that no strength × count can overflow. */
  public long mg() {
    return (long) strengthMg * count;
  }
}
