package com.isocourse.core.rulesets;

import com.isocourse.core.course.Jurisdiction;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The date-versioned rule sets (rules.md §2). A decision is made under exactly one. Each id states
 * what the choice by date needs (jurisdictions, effective date) and the facts other capabilities
 * read without the rules themselves; the rules are in the rule set registered for the id. Every
 * switch over ids is exhaustive, so a new id fails the build wherever it is not yet handled.
 */
public enum RuleSetId {
  US_IPLEDGE_2021("us-ipledge-2021", Set.of(Jurisdiction.US)),
  US_IPLEDGE_2026("us-ipledge-2026", Set.of(Jurisdiction.US)),
  EU_PPP_2018("eu-ppp-2018", Set.of(Jurisdiction.EU, Jurisdiction.UK));

  private final String code;
  private final Set<Jurisdiction> jurisdictions;

  RuleSetId(String code, Set<Jurisdiction> jurisdictions) {
    this.code = code;
    this.jurisdictions = jurisdictions;
  }

  public String code() {
    return code;
  }

  /** The jurisdictions whose requests this rule set serves (§2). */
  public Set<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /** When the rule set takes effect (§2); us-ipledge-2026 follows the policy switch date. */
  public LocalDate effectiveFrom(Policy policy) {
    return switch (this) {
      case US_IPLEDGE_2021 -> LocalDate.of(2021, 12, 13);
      case US_IPLEDGE_2026 -> policy.us2026EffectiveDate();
      case EU_PPP_2018 -> LocalDate.of(2018, 3, 22);
    };
  }

  /**
   * True when a patient who can get pregnant must pass the comprehension questions and be counseled
   * every 30 days (US26-QUIZ, US26-COUNSEL, also under us-ipledge-2021); the monitoring schedule
   * (§5) then lists both. eu-ppp-2018 has neither (§3.6).
   */
  public boolean confirmsMonthly() {
    return switch (this) {
      case US_IPLEDGE_2021, US_IPLEDGE_2026 -> true;
      case EU_PPP_2018 -> false;
    };
  }

  /**
   * True when ALL-SUPPLY and ALL-REFILLS hold whatever the risk category (US); false when they hold
   * only for patients who can get pregnant (eu-ppp-2018 PCGP, §3.6).
   */
  public boolean limitsSupplyForEveryCategory() {
    return switch (this) {
      case US_IPLEDGE_2021, US_IPLEDGE_2026 -> true;
      case EU_PPP_2018 -> false;
    };
  }

  public static Optional<RuleSetId> fromCode(String code) {
    for (RuleSetId r : values()) {
      if (r.code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
