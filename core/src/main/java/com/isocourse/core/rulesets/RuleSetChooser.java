package com.isocourse.core.rulesets;

import com.isocourse.core.course.Jurisdiction;
import java.time.LocalDate;

/** Chooses the one rule set a decision is made under (rules.md §2). */
public final class RuleSetChooser {
  private RuleSetChooser() {}

  /**
   * Among the rule sets serving the jurisdiction, the latest declared one in effect on the request
   * date; before any is in effect, the earliest. So US requests dated before the switch date
   * (policy {@code us2026.effectiveDate}) use us-ipledge-2021, on or after it us-ipledge-2026;
   * EU/UK requests use eu-ppp-2018.
   */
  public static RuleSetId byDate(Jurisdiction jurisdiction, LocalDate requestDate, Policy policy) {
    RuleSetId chosen = null;
    for (RuleSetId id : RuleSetId.values()) {
      if (!id.jurisdictions().contains(jurisdiction)) {
        continue;
      }
      if (chosen == null || !requestDate.isBefore(id.effectiveFrom(policy))) {
        chosen = id;
      }
    }
    if (chosen == null) {
      throw new IllegalStateException("no rule set serves " + jurisdiction);
    }
    return chosen;
  }
}
