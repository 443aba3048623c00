package com.isocourse.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are written in the contract: whole numbers without decimals, others to 1 decimal. */
final class JsonNumbers {
  private JsonNumbers() {}

  /** Rounded half-up to 1 decimal and always written with it ({@code 45.0}, {@code 82.3}). */
  static JsonNode oneDecimal(double value) {
    return DecimalNode.valueOf(round(value));
  }

  /** A whole number as an integer ({@code 70}), anything else rounded to 1 decimal. */
  static JsonNode wholeOrOneDecimal(double value) {
    BigDecimal rounded = round(value);
    if (rounded.stripTrailingZeros().scale() <= 0) {
      return LongNode.valueOf(rounded.longValueExact());
    }
    return DecimalNode.valueOf(rounded);
  }

  /** The value as given: whole numbers as integers, others in full ({@code 2.75}). */
  static JsonNode exact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return LongNode.valueOf((long) value);
    }
    return DecimalNode.valueOf(BigDecimal.valueOf(value));
  }

  static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }
}
