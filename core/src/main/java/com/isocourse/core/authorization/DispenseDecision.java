package com.isocourse.core.authorization;

import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete, explainable dispense decision: the rule set and policy used, the outcome, and every
 * reason, warning, missing fact and note (rules.md §3), plus the cumulative dose and due items.
 */
public record DispenseDecision(
    RuleSetId ruleSet,
    Policy policy,
    Outcome outcome,
    List<Finding> reasons,
    List<Finding> warnings,
    List<Finding> missing,
    List<Finding> notes,
    Optional<CumulativeDose> cumulative,
    List<DueItem> due) {
  public DispenseDecision {
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
    warnings = List.copyOf(warnings);
    missing = List.copyOf(missing);
    notes = List.copyOf(notes);
    Objects.requireNonNull(cumulative, "cumulative");
    due = List.copyOf(due);
  }

  public boolean authorized() {
    return outcome instanceof Outcome.Authorized;
  }
}
