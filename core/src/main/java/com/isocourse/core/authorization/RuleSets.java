package com.isocourse.core.authorization;

import com.isocourse.core.rulesets.RuleSetId;
import java.util.Arrays;
import java.util.List;

/** The registry of rule sets (house style §1): exactly one registered rule set per id. */
public final class RuleSets {
  private static final RuleSet US_2021 = new UsIpledge2021Rules();
  private static final RuleSet US_2026 = new UsIpledge2026Rules();
  private static final RuleSet EU_2018 = new EuPpp2018Rules();

  private RuleSets() {}

  /** The rule set registered for the id; the switch is exhaustive, so a new id fails the build. */
  public static RuleSet of(RuleSetId id) {
    return switch (id) {
      case US_IPLEDGE_2021 -> US_2021;
      case US_IPLEDGE_2026 -> US_2026;
      case EU_PPP_2018 -> EU_2018;
    };
  }

  /** Every registered rule set, in the order of {@link RuleSetId}. */
  public static List<RuleSet> registered() {
    return Arrays.stream(RuleSetId.values()).map(RuleSets::of).toList();
  }
}
