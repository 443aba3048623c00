package com.isocourse.cli;

import com.isocourse.core.authorization.RuleCatalog;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code isocourse rules}: the rule sets (id, jurisdiction, effective date), every rule of each
 * with the codes it emits, and the policy parameters with their defaults (rules.md §2, §3).
 */
@Command(
    name = "rules",
    description = "List rule sets, their rules and reason codes, and the policy defaults.",
    mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Policy defaults = Policy.defaults();
    out.println("Rule sets");
    for (RuleSetId id : RuleSetId.values()) {
      out.printf(
          "  %-16s %-6s effective %s%s%n",
          id.code(),
          RuleCatalog.jurisdiction(id),
          RuleCatalog.effectiveDate(id, defaults),
          id == RuleSetId.US_IPLEDGE_2026 ? " (policy us2026.effectiveDate)" : "");
    }
    for (RuleSetId id : RuleSetId.values()) {
      out.println();
      out.println(id.code());
      for (RuleDescription rule : RuleCatalog.rulesOf(id)) {
        out.printf("  %-18s %s%n", rule.ruleId(), rule.summary());
        out.printf("  %-18s codes: %s%n", "", codes(rule));
      }
    }
    out.println();
    out.println("Policy defaults (override per scenario with \"policy\": {key: value})");
    PolicyOverrides.keysWithDefaults()
        .forEach((key, value) -> out.printf("  %-28s %s%n", key, value));
    return ExitCodes.OK;
  }

  private static String codes(RuleDescription rule) {
    return rule.codes().isEmpty()
        ? "(none)"
        : rule.codes().stream().map(ReasonCode::name).collect(Collectors.joining(", "));
  }
}
