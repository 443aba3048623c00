package com.isocourse.core.authorization;

import com.isocourse.core.reasons.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a rule set's category-specific rules (rules.md §3.4–3.6) found for one risk category: the
 * blocking reasons and the last day a dispense would be allowed.
 */
record CategoryOutcome(List<Finding> reasons, Optional<LocalDate> doNotDispenseAfter) {
  CategoryOutcome {
    reasons = List.copyOf(reasons);
  }
}
