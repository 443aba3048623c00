package com.isocourse.core.plausibility;

import java.util.Objects;

/**
 * Why an entry is refused: the field (a contract path such as {@code capsules[0].strengthMg}) and
 * the limit it breaks, in words a person can act on; the rule ID when a clinical rule sets the
 * limit.
 */
public record EntryProblem(String field, String reason) {
  public EntryProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }
}
