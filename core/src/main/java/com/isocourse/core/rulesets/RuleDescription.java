package com.isocourse.core.rulesets;

import com.isocourse.core.reasons.ReasonCode;
import java.util.List;

/** One rule of a rule set as listed by {@code isocourse rules}: ID, the codes it emits, summary. */
public record RuleDescription(String ruleId, List<ReasonCode> codes, String summary) {
  public RuleDescription {
    codes = List.copyOf(codes);
  }
}
