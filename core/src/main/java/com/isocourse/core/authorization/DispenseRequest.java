package com.isocourse.core.authorization;

import com.isocourse.core.course.DispensedCapsules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pharmacy's question: may prescription {@code prescriptionId} be dispensed on {@code date}?
 *
 * @param capsules what the pharmacy intends to hand over; absent means the prescription's regimen ×
 *     days' supply (ALL-QTY, ALL-FORMULATION)
 */
public record DispenseRequest(
    String prescriptionId, LocalDate date, Optional<List<DispensedCapsules>> capsules) {
  public DispenseRequest {
    Objects.requireNonNull(prescriptionId, "prescriptionId");
    Objects.requireNonNull(date, "date");
    capsules = capsules.map(List::copyOf);
  }
}
