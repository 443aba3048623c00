package com.isocourse.server.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.exact.Decimals;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Form plumbing shared by the pages: field errors by field name, and form values copied into an
 * event as numbers where they are numbers, so the contract reader reports anything wrong with the
 * same field names the form uses.
 */
public final class Forms {
  private Forms() {}

  /** Field → reason, for showing next to each field. */
  public static Map<String, String> errors(InvalidInputException e) {
    return errors(e.problems());
  }

  public static Map<String, String> errors(List<FieldProblem> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    problems.forEach(p -> out.merge(p.field(), p.reason(), (a, b) -> a + "; " + b));
    return out;
  }

  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

  /** Puts a form value as a number when it is one, as text otherwise (rejected by the reader). */
  public static void number(ObjectNode event, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      // As written, so the contract reader refuses a number a double cannot hold (ADR 0024);
      // words such as NaN or Infinity are not numbers and stay text, refused as such.
      BigDecimal v = new BigDecimal(value.trim());
      if (v.signum() == 0
          || (v.stripTrailingZeros().scale() <= 0 && v.abs().compareTo(BILLION) < 0)) {
        event.put(field, v.longValue());
      } else {
        event.put(field, v);
      }
    } catch (NumberFormatException e) {
      event.put(field, value.trim());
    }
  }

  /** Puts a non-blank text value. */
  public static void text(ObjectNode event, String field, String value) {
    if (value != null && !value.isBlank()) {
      event.put(field, value.trim());
    }
  }

  /** A date field, or a field problem naming it. */
  public static LocalDate date(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "is required");
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.put(field, "must be a date (year-month-day)");
      return null;
    }
  }

  /** A number field, or a field problem naming it; blank gives null without a problem. */
  public static Double optionalNumber(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    BigDecimal written;
    try {
      written = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      errors.put(field, "must be a number");
      return null;
    }
    if (!Decimals.holdsExactly(written)) {
      errors.put(field, Decimals.TOO_PRECISE);
      return null;
    }
    return written.doubleValue();
  }
}
