package com.isocourse.core.reasons;

import java.util.Objects;

/**
 * One reported item of a decision: a stable code, the rule ID that raised it, and a sentence a
 * pharmacist can act on (what is wrong, the dates involved, who must act).
 */
public record Finding(ReasonCode code, String rule, String message) {
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  public static Finding of(ReasonCode code, String message) {
    return new Finding(code, code.defaultRule(), message);
  }

  public static Finding of(ReasonCode code, String rule, String message) {
    return new Finding(code, rule, message);
  }
}
