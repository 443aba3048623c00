package com.isocourse.core.authorization;

import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every rule of each rule set (house style §1) with the codes it emits, as in rules.md §3, read
 * from the rules themselves: the rules of every rule set (§3.1–3.3) followed by those of the
 * registered rule set ({@link RuleSets}). Used by {@code isocourse rules}.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** When a rule set takes effect (§2); us-ipledge-2026 follows the policy switch date. */
  public static LocalDate effectiveDate(RuleSetId id, Policy policy) {
    return RuleSets.of(id).effectiveFrom(policy);
  }

  /** The jurisdictions a rule set serves, as text ("EU, UK"). */
  public static String jurisdiction(RuleSetId id) {
    return RuleSets.of(id).jurisdictions().stream()
        .sorted()
        .map(Jurisdiction::name)
        .collect(Collectors.joining(", "));
  }

  /** The rules that hold under every rule set (§3.1–3.3). */
  public static List<RuleDescription> everyRuleSet() {
    List<RuleDescription> rules = new ArrayList<>(EveryPatientRules.RULES);
    rules.addAll(HardStopRules.RULES);
    rules.addAll(WarningRules.RULES);
    return List.copyOf(rules);
  }

  /** Every rule a decision under the rule set may apply. */
  public static List<RuleDescription> rulesOf(RuleSetId id) {
    List<RuleDescription> rules = new ArrayList<>(everyRuleSet());
    rules.addAll(RuleSets.of(id).rules());
    return List.copyOf(rules);
  }
}
