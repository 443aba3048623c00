package com.isocourse.core.rulesets;

import com.isocourse.core.course.Jurisdiction;
import java.time.LocalDate;

/** Chooses the one rule set a decision is made under (rules.md §2). */
public final class RuleSetChooser {
  private RuleSetChooser() {}

  /**
   * US requests dated before the switch date (policy {@code us2026.effectiveDate}) use
   * us-ipledge-2021, on or after it us-ipledge-2026; EU/UK requests use eu-ppp-2018.
   */
  public static RuleSetId byDate(Jurisdiction jurisdiction, LocalDate requestDate, Policy policy) {
    return switch (jurisdiction) {
      case EU, UK -> RuleSetId.EU_PPP_2018;
      case US ->
          requestDate.isBefore(policy.us2026EffectiveDate())
              ? RuleSetId.US_IPLEDGE_2021
              : RuleSetId.US_IPLEDGE_2026;
    };
  }
}
