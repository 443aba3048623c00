package com.isocourse.contract;

import java.util.List;
import java.util.Objects;

/**
 * One problem in a scenario input: where it is ({@code events[3].kg}, {@code patient.birthDate},
 * {@code policy.tg.stopMgDl}; {@code $} for the document itself) and what is wrong with it. {@code
 * code} names the limit (as {@link com.isocourse.core.plausibility.EntryProblem#limit} does) and
 * {@code args} the values its sentence names, so a patient's page can say it in their language;
 * {@code invalid} when the problem has no sentence outside English.
 */
public record FieldError(String path, String reason, String code, List<String> args) {
  public FieldError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(code, "code");
    args = List.copyOf(args);
  }

  /** A problem without a coded limit. */
  public FieldError(String path, String reason) {
    this(path, reason, "invalid", List.of());
  }

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
