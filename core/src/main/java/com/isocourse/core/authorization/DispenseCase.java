package com.isocourse.core.authorization;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetId;
import java.util.Objects;
import java.util.Optional;

/**
 * One dispense question as the engine takes it: the case history, the pharmacy's question, the rule
 * set the question names (empty: chosen by jurisdiction and date, rules.md §2) and the clinic's
 * policy with its overrides applied. Every channel builds this from its own edge format (the
 * contract's JSON scenario, stored rows) and asks {@link #decide()}, so they cannot disagree.
 */
public record DispenseCase(
    CaseHistory history, DispenseRequest request, Optional<RuleSetId> ruleSet, Policy policy) {
  public DispenseCase {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(policy, "policy");
  }

  /** The engine's decision on this question (a pure function of the record). */
  public DispenseDecision decide() {
    return DispenseRules.decide(history, request, ruleSet, policy);
  }
}
