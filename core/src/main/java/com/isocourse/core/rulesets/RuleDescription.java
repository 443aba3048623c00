package com.isocourse.core.rulesets;

import com.isocourse.core.reasons.ReasonCode;
import java.util.List;

/**
 * One rule of a rule set as listed by {@code isocourse rules}: ID, the codes it emits, summary. A
 * rule with no codes states the absence of a check (US26-NOLOCK).
 */
public record RuleDescription(String ruleId, List<ReasonCode> codes, String summary) {
  public RuleDescription {
    codes = List.copyOf(codes);
  }

  /** A catalog entry, declared next to the code that cites {@code ruleId}. */
  public static RuleDescription rule(String ruleId, String summary, ReasonCode... codes) {
    return new RuleDescription(ruleId, List.of(codes), summary);
  }
}
