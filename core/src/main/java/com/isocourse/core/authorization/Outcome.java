package com.isocourse.core.authorization;

import java.time.LocalDate;

/**
 * The answer to a dispense request (rules.md §3). DENIED wins over INDETERMINATE, which wins over
 * AUTHORIZED: missing data never becomes "safe".
 */
public sealed interface Outcome {
  /** The contract name of the outcome. */
  String decision();

  /** Dispense allowed until {@code doNotDispenseAfter} inclusive. */
  record Authorized(LocalDate doNotDispenseAfter, String authorizationCode) implements Outcome {
    @Override
    public String decision() {
      return "AUTHORIZED";
    }
  }

  /** At least one blocking reason is established. */
  record Denied() implements Outcome {
    @Override
    public String decision() {
      return "DENIED";
    }
  }

  /** A fact needed to decide is missing; nothing blocks yet. */
  record Indeterminate() implements Outcome {
    @Override
    public String decision() {
      return "INDETERMINATE";
    }
  }
}
