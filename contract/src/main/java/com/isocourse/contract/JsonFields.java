package com.isocourse.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.isocourse.core.exact.Decimals;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of one JSON object of a scenario, read with validation. Every bad or missing field is
 * recorded as a {@link FieldError} with its full path and reading goes on, so one pass reports
 * every problem. Required readers return {@code null} after recording the error; callers build a
 * value only when no error was recorded for it.
 */
final class JsonFields {
  private final JsonNode node;
  private final String path;
  private final List<FieldError> errors;

  JsonFields(JsonNode node, String path, List<FieldError> errors) {
    this.node = node == null ? MissingNode.getInstance() : node;
    this.path = path;
    this.errors = errors;
  }

  String path(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  void error(String field, String reason) {
    errors.add(new FieldError(path(field), reason));
  }

  /** Records a problem of a coded limit; {@code args} are the values its sentence names. */
  void error(String field, String code, String reason, Object... args) {
    errors.add(
        new FieldError(
            path(field),
            reason,
            code,
            java.util.Arrays.stream(args).map(String::valueOf).toList()));
  }

  /** Records a problem with this object as a whole. */
  void errorHere(String reason) {
    errors.add(new FieldError(path.isEmpty() ? "$" : path, reason));
  }

  int errorCount() {
    return errors.size();
  }

  boolean has(String field) {
    return value(field) != null;
  }

  String requiredText(String field) {
    return required(field) ? optionalText(field).orElse(null) : null;
  }

  Optional<String> optionalText(String field) {
    return typed(field, JsonNode::isTextual, JsonNode::asText, "text", "must be a string");
  }

  /**
   * An optional field of one JSON type: absent → empty; present but of another type → the error,
   * then empty; else its value.
   */
  private <T> Optional<T> typed(
      String field,
      java.util.function.Predicate<JsonNode> isType,
      Function<JsonNode, T> read,
      String code,
      String reason) {
    JsonNode v = value(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!isType.test(v)) {
      error(field, code, reason);
      return Optional.empty();
    }
    return Optional.of(read.apply(v));
  }

  /** A code given as text, or as a whole number ({@code "rxnorm": 3640}), read as text. */
  Optional<String> optionalCodeText(String field) {
    JsonNode v = value(field);
    if (v != null && v.canConvertToExactIntegral()) {
      return Optional.of(v.bigIntegerValue().toString());
    }
    return optionalText(field);
  }

  LocalDate requiredDate(String field) {
    return required(field) ? optionalDate(field).orElse(null) : null;
  }

  Optional<LocalDate> optionalDate(String field) {
    Optional<String> text = optionalText(field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      error(field, "date", "must be an ISO date (YYYY-MM-DD), not '" + text.get() + "'");
      return Optional.empty();
    }
  }

  Double requiredNumber(String field) {
    return required(field) ? optionalNumber(field).orElse(null) : null;
  }

  /**
   * A number, held exactly: one with more significant digits than a double carries is refused
   * (rules.md §3 exact thresholds, docs/adr/0024), since it would be compared as another number.
   */
  Optional<Double> optionalNumber(String field) {
    Optional<Double> number =
        typed(
            field,
            v -> v.isNumber() && Double.isFinite(v.asDouble()),
            JsonNode::asDouble,
            "number",
            "must be a number");
    if (number.isPresent() && !Decimals.holdsExactly(value(field).decimalValue())) {
      error(field, "too-precise", Decimals.TOO_PRECISE);
      return Optional.empty();
    }
    return number;
  }

  /** A whole number ≥ {@code min} (0: a count, 1: a positive quantity). */
  Integer requiredWhole(String field, int min) {
    return required(field) ? optionalWhole(field, min).orElse(null) : null;
  }

  Optional<Integer> optionalWhole(String field, int min) {
    Optional<Double> d = optionalNumber(field);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    double v = d.get();
    if (v != Math.rint(v)) {
      error(field, "whole-number", "must be a whole number");
      return Optional.empty();
    }
    if (v < min) {
      if (min > 0) {
        error(field, "more-than-zero", "must be positive");
      } else {
        error(field, "not-negative", "must not be negative");
      }
      return Optional.empty();
    }
    if (v > Integer.MAX_VALUE) {
      error(field, "too-large", "must be at most " + Integer.MAX_VALUE, Integer.MAX_VALUE);
      return Optional.empty();
    }
    return Optional.of((int) v);
  }

  Boolean requiredBoolean(String field) {
    return required(field) ? optionalBoolean(field).orElse(null) : null;
  }

  Optional<Boolean> optionalBoolean(String field) {
    return typed(
        field, JsonNode::isBoolean, JsonNode::asBoolean, "true-or-false", "must be true or false");
  }

  /** A code from a closed list; {@code what} names the list in the error ("unit", "symptom"). */
  <T> T requiredCode(String field, Function<String, Optional<T>> parse, String what, String known) {
    return required(field) ? optionalCode(field, parse, what, known).orElse(null) : null;
  }

  <T> Optional<T> optionalCode(
      String field, Function<String, Optional<T>> parse, String what, String known) {
    return optionalText(field).flatMap(code -> code(field, code, parse, what, known));
  }

  /** An array of strings; each element is checked and reported at {@code field[i]}. */
  List<String> textArray(String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = value(field);
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      error(field, "list", "must be a list");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).isTextual()) {
        out.add(v.get(i).asText());
      } else {
        error(field + "[" + i + "]", "text", "must be a string");
      }
    }
    return out;
  }

  /** Parses one code of a list, recording an error at {@code field} when it is unknown. */
  <T> Optional<T> code(
      String field, String code, Function<String, Optional<T>> parse, String what, String known) {
    Optional<T> parsed = parse.apply(code);
    if (parsed.isEmpty()) {
      error(field, "unknown-code", "unknown " + what + " '" + code + "' (expected " + known + ")");
    }
    return parsed;
  }

  /** The object in {@code field}; an absent one reads as an object with no fields. */
  JsonFields object(String field) {
    JsonNode v = value(field);
    if (v != null && !v.isObject()) {
      error(field, "must be an object");
      return new JsonFields(MissingNode.getInstance(), path(field), errors);
    }
    return new JsonFields(v, path(field), errors);
  }

  /** The objects of the array in {@code field}, each with its path {@code field[i]}. */
  List<JsonFields> objects(String field) {
    List<JsonFields> out = new ArrayList<>();
    JsonNode v = value(field);
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      error(field, "must be a list");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      String p = field + "[" + i + "]";
      if (v.get(i).isObject()) {
        out.add(new JsonFields(v.get(i), path(p), errors));
      } else {
        error(p, "must be an object");
      }
    }
    return out;
  }

  /** The raw node of this object (for maps such as {@code policy}). */
  JsonNode node() {
    return node;
  }

  boolean required(String field) {
    if (value(field) == null) {
      error(field, "required", "is required");
      return false;
    }
    return true;
  }

  private JsonNode value(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }
}
