package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An isotretinoin prescription written on {@code date} (ALL-RX, ALL-QTY, ALL-SUPPLY, ALL-REFILLS;
 * EU-RXVALID counts from this date).
 *
 * @param formulation the prescribed product family; absent means the course's
 */
public record Prescription(
    LocalDate date,
    String id,
    Optional<Formulation> formulation,
    List<PrescribedCapsule> capsules,
    int daysSupply,
    int refills,
    boolean cancelled)
    implements CourseEvent {
  public Prescription {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(formulation, "formulation");
    // capsule lines in strength order: the same prescription whatever order they were listed in
    capsules =
        capsules.stream()
            .sorted(
                java.util.Comparator.comparingInt(PrescribedCapsule::strengthMg)
                    .thenComparingInt(PrescribedCapsule::morning)
                    .thenComparingInt(PrescribedCapsule::evening))
            .toList();
  }

  /** Prescribed mg per day: Σ strength × (morning + evening), in long arithmetic. */
  public long mgPerDay() {
    return capsules.stream().mapToLong(PrescribedCapsule::mgPerDay).sum();
  }

  /** Capsules of a strength allowed for the whole supply (ALL-QTY); 0 for an absent strength. */
  public long allowedCount(int strengthMg) {
    return capsules.stream()
            .filter(c -> c.strengthMg() == strengthMg)
            .mapToLong(PrescribedCapsule::perDay)
            .sum()
        * daysSupply;
  }
}
