package com.isocourse.core.labs;

import com.isocourse.core.exact.Decimals;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The labs the rules read, with their LOINC code, canonical unit and the one other unit accepted
 * (rules.md §7): lipids in mg/dL (mmol/L × factor), liver enzymes in U/L (µkat/L × 60).
 */
public enum Analyte {
  TRIGLYCERIDES("2571-8", LabUnit.MG_PER_DL, LabUnit.MMOL_PER_L, "88.5"),
  TOTAL_CHOLESTEROL("2093-3", LabUnit.MG_PER_DL, LabUnit.MMOL_PER_L, "38.67"),
  HDL_CHOLESTEROL("2085-9", LabUnit.MG_PER_DL, LabUnit.MMOL_PER_L, "38.67"),
  LDL_CHOLESTEROL("13457-7", LabUnit.MG_PER_DL, LabUnit.MMOL_PER_L, "38.67"),
  ALT("1742-6", LabUnit.UNITS_PER_L, LabUnit.MICROKATAL_PER_L, "60"),
  AST("1920-8", LabUnit.UNITS_PER_L, LabUnit.MICROKATAL_PER_L, "60");

  private final String loinc;
  private final LabUnit canonicalUnit;
  private final LabUnit alternateUnit;
  private final double alternateFactor;
  private final BigDecimal exactFactor;

  Analyte(String loinc, LabUnit canonicalUnit, LabUnit alternateUnit, String alternateFactor) {
    this.loinc = loinc;
    this.canonicalUnit = canonicalUnit;
    this.alternateUnit = alternateUnit;
    this.exactFactor = new BigDecimal(alternateFactor);
    this.alternateFactor = exactFactor.doubleValue();
  }

  /** ALT and AST: judged against an upper reference limit (SAFE-ALT, WARN-ALT). */
  public boolean isLiverEnzyme() {
    return this == ALT || this == AST;
  }

  /**
   * Converts an exact value to the canonical unit, exactly (rules.md §3: thresholds are compared on
   * exact decimals after unit conversion; 1.74 µkat/L is exactly 104.4 U/L).
   */
  public BigDecimal toCanonical(BigDecimal value, LabUnit unit) {
    if (unit == canonicalUnit) {
      return value;
    }
    if (unit == alternateUnit) {
      return value.multiply(exactFactor);
    }
    throw new IllegalArgumentException(unit.code() + " is not a unit for " + name());
  }

  public String loinc() {
    return loinc;
  }

  public LabUnit canonicalUnit() {
    return canonicalUnit;
  }

  public LabUnit alternateUnit() {
    return alternateUnit;
  }

  /** True when a value in this unit can be read for this analyte. */
  public boolean accepts(LabUnit unit) {
    return unit == canonicalUnit || unit == alternateUnit;
  }

  /** Converts to the canonical unit (mg/dL or U/L), in decimal, then back to the nearest double. */
  public double toCanonical(double value, LabUnit unit) {
    return toCanonical(Decimals.of(value), unit).doubleValue();
  }

  /** Converts a canonical value to the given accepted unit. */
  public double fromCanonical(double canonicalValue, LabUnit unit) {
    if (unit == canonicalUnit) {
      return canonicalValue;
    }
    if (unit == alternateUnit) {
      return canonicalValue / alternateFactor;
    }
    throw new IllegalArgumentException(unit.code() + " is not a unit for " + name());
  }

  private static final java.util.Map<String, Analyte> BY_LOINC =
      java.util.Arrays.stream(values())
          .collect(java.util.stream.Collectors.toUnmodifiableMap(Analyte::loinc, a -> a));

  /** The analyte of a LOINC code; empty for a code no rule reads (a map: rules ask often). */
  public static Optional<Analyte> fromLoinc(String loinc) {
    return Optional.ofNullable(BY_LOINC.get(loinc));
  }
}
