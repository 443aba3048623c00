package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A recorded dispense of a prescription (cumulative dose §4; "first dispense" in §3). */
public record Dispense(LocalDate date, String prescriptionId, List<DispensedCapsules> capsules)
    implements CourseEvent {
  public Dispense {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(prescriptionId, "prescriptionId");
    // lines in strength order: the same dispense whatever order they were listed in
    capsules =
        capsules.stream()
            .sorted(
                java.util.Comparator.comparingInt(DispensedCapsules::strengthMg)
                    .thenComparingInt(DispensedCapsules::count)
                    .thenComparing(l -> l.formulation().map(Enum::ordinal).orElse(-1)))
            .toList();
  }
}
