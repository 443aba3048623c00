package com.isocourse.contract;

import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetId;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario read from JSON and validated: the history, the pharmacy's question, the rule set the
 * scenario names (empty: chosen by jurisdiction and date) and the policy with overrides applied.
 */
public record ParsedScenario(
    CaseHistory history, DispenseRequest request, Optional<RuleSetId> ruleSet, Policy policy) {
  public ParsedScenario {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(policy, "policy");
  }
}
