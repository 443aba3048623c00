package com.isocourse.core.authorization;

import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One date-versioned rule set (rules.md §2): its pregnancy-prevention rules (§3.4–3.6) and the
 * catalog entries of those rules, declared next to the code that cites them so the catalog cannot
 * drift from the rules. The rules of §3.1–3.3 hold under every rule set and are not repeated here.
 * The interface is sealed: {@link RuleSets} lists every implementation, and adding one fails the
 * build until it is registered.
 */
public sealed interface RuleSet permits UsIpledge2021Rules, UsIpledge2026Rules, EuPpp2018Rules {
  RuleSetId id();

  /** The jurisdictions this rule set serves (§2), as the choice by date reads them. */
  default Set<Jurisdiction> jurisdictions() {
    return id().jurisdictions();
  }

  /** When this rule set takes effect (§2). */
  default LocalDate effectiveFrom(Policy policy) {
    return id().effectiveFrom(policy);
  }

  /** The monitoring schedule lists monthly comprehension and counseling (§5) for PCGP. */
  default boolean confirmsMonthly() {
    return id().confirmsMonthly();
  }

  /** The pregnancy-prevention rules of this rule set with the codes each emits (§3.4–3.6). */
  List<RuleDescription> rules();

  /** The rules for a patient who can get pregnant. */
  CategoryOutcome canGetPregnant(DecisionContext c);

  /** The rules for a patient who cannot get pregnant. */
  CategoryOutcome cannotGetPregnant(DecisionContext c);
}
