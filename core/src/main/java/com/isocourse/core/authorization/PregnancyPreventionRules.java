package com.isocourse.core.authorization;

import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dispatches to the rule set's category-specific rules (rules.md §3.4–3.6). With an unknown risk
 * category only reasons that hold for both categories are reported (§3), and no window is given.
 */
final class PregnancyPreventionRules {
  private PregnancyPreventionRules() {}

  static CategoryOutcome apply(DecisionContext c) {
    RuleSet rules = RuleSets.of(c.ruleSet());
    Function<DecisionContext, CategoryOutcome> pcgp = rules::canGetPregnant;
    Function<DecisionContext, CategoryOutcome> pcngp = rules::cannotGetPregnant;
    Optional<RiskCategory> category = c.category();
    if (category.isPresent()) {
      return category.get() == RiskCategory.CAN_GET_PREGNANT ? pcgp.apply(c) : pcngp.apply(c);
    }
    CategoryOutcome a = pcgp.apply(c);
    CategoryOutcome b = pcngp.apply(c);
    Set<ReasonCode> both = b.reasons().stream().map(Finding::code).collect(Collectors.toSet());
    List<Finding> common = a.reasons().stream().filter(r -> both.contains(r.code())).toList();
    return new CategoryOutcome(common, Optional.empty());
  }

  /**
   * ALL-SUPPLY and ALL-REFILLS apply to every US patient and to EU patients who can get pregnant
   * (with an unknown category in the EU they do not hold for both categories, so are not raised).
   */
  static boolean supplyAndRefillsLimited(DecisionContext c) {
    return c.ruleSet().limitsSupplyForEveryCategory()
        || c.category().filter(k -> k == RiskCategory.CAN_GET_PREGNANT).isPresent();
  }
}
