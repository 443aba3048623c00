package com.isocourse.core.course;

import com.isocourse.core.labs.Analyte;
import com.isocourse.core.labs.LabUnit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab result (SAFE-TG, SAFE-ALT, WARN-TG, WARN-ALT, WARN-CHOL, §5). A known analyte only takes
 * its own units; an unknown LOINC code is kept but read by no rule.
 *
 * @param referenceHigh the laboratory's upper reference limit in {@code unit}, if given
 */
public record LabResult(
    LocalDate date, String loinc, double value, LabUnit unit, Optional<Double> referenceHigh)
    implements CourseEvent {
  public LabResult {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(loinc, "loinc");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(referenceHigh, "referenceHigh");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("value must be a finite number ≥ 0");
    }
    Optional<Analyte> analyte = Analyte.fromLoinc(loinc);
    if (analyte.isPresent() && !analyte.get().accepts(unit)) {
      throw new IllegalArgumentException(
          unit.code() + " is not a unit for LOINC " + loinc + " (" + analyte.get().name() + ")");
    }
  }

  public Optional<Analyte> analyte() {
    return Analyte.fromLoinc(loinc);
  }

  /** The value in the analyte's canonical unit (mg/dL or U/L); empty for an unknown analyte. */
  public Optional<Double> canonicalValue() {
    return analyte().map(a -> a.toCanonical(value, unit));
  }

  /** The upper reference limit in the canonical unit, if the result carries one. */
  public Optional<Double> canonicalReferenceHigh() {
    return analyte().flatMap(a -> referenceHigh.map(r -> a.toCanonical(r, unit)));
  }
}
