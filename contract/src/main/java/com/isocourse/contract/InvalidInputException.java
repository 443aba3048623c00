package com.isocourse.contract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario input that cannot be evaluated (rules.md §3 "Required input": exit 2 / HTTP 400, never
 * INDETERMINATE). Carries every problem found, not just the first.
 */
public final class InvalidInputException extends RuntimeException {
  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(summary(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** Every problem, in document order. */
  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}
