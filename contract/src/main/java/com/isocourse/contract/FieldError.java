package com.isocourse.contract;

import java.util.Objects;

/**
 * One problem in a scenario input: where it is ({@code events[3].kg}, {@code patient.birthDate},
 * {@code policy.tg.stopMgDl}; {@code $} for the document itself) and what is wrong with it.
 */
public record FieldError(String path, String reason) {
  public FieldError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
