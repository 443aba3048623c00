package com.isocourse.core.exact;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exact decimal arithmetic for threshold comparisons (rules.md §3, amended 2026-12-01: "Thresholds
 * are compared on exact decimal values after unit conversion").
 *
 * <p>Facts arrive as decimal text (JSON, forms) and are held as {@code double}. {@link
 * BigDecimal#valueOf(double)} recovers the shortest decimal that reads back as the same double, so
 * 1.74 becomes exactly 1.74 again, and every conversion and comparison after that is done in
 * decimal: 1.74 µkat/L × 60 is exactly 3 × 0.58 µkat/L × 60, and 7,040 mg ÷ 70.4 kg is exactly 100.
 * Ratios are compared by cross-multiplication, never by dividing first.
 *
 * <p>That recovery is exact only for a number a double can carry: 120.000000000000001 reads as
 * 120.0 and would miss the ALT stop (SAFE-ALT). Such a number is refused at the edge as invalid
 * input ({@link #holdsExactly}, docs/adr/0024), so every number that reaches a rule is the decimal
 * that was written.
 */
public final class Decimals {
  /** Precision for the few quotients that are reported (not compared): 34 digits. */
  public static final MathContext QUOTIENT = MathContext.DECIMAL128;

  private Decimals() {}

  /** The decimal a double was written as. */
  public static BigDecimal of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  /** An exact whole number. */
  public static BigDecimal of(long value) {
    return BigDecimal.valueOf(value);
  }

  /** a ÷ b to 34 significant digits, for reporting; b must not be zero. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, QUOTIENT);
  }

  /** a ≥ b exactly. */
  public static boolean atLeast(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0;
  }

  /** a > b exactly. */
  public static boolean above(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) > 0;
  }

  /** Why a number that {@link #holdsExactly} refuses is refused, as a field problem says it. */
  public static final String TOO_PRECISE =
      "has more significant digits than can be compared exactly: give at most 15";

  /**
   * True when {@code written} is held exactly as a double, so that {@link #of(double)} gives it
   * back unchanged; false for a number with more significant digits than a double carries (or
   * beyond its range), which would be compared as another number (rules.md §3: no binary
   * floating-point error at a limit). Every number of at most 15 significant digits within range is
   * held exactly.
   */
  public static boolean holdsExactly(BigDecimal written) {
    double d = written.doubleValue();
    return Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(written) == 0;
  }
}
