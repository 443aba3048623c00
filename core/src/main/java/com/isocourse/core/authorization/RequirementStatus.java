package com.isocourse.core.authorization;

/**
 * Where one requirement of a dispense stands (ADR 0017). MET only when the rule that checks it
 * reported nothing and every fact it reads is known; a rule that reported a reason is never MET.
 */
public enum RequirementStatus {
  /** The rule was checked and reported no reason. */
  MET,
  /** The rule reported a blocking reason (rules.md §3: the decision is DENIED). */
  UNMET,
  /**
   * The rule could not be checked: a fact it reads is missing (ALL-WEIGHT, ALL-CATEGORY,
   * ALL-FACTS), or a requirement it rests on (the prescription, ALL-RX) is absent.
   */
  MISSING
}
