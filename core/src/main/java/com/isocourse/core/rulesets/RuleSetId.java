package com.isocourse.core.rulesets;

import java.util.Optional;

/** The date-versioned rule sets (rules.md §2). A decision is made under exactly one. */
public enum RuleSetId {
  US_IPLEDGE_2021("us-ipledge-2021"),
  US_IPLEDGE_2026("us-ipledge-2026"),
  EU_PPP_2018("eu-ppp-2018");

  private final String code;

  RuleSetId(String code) {
    this.code = code;
  }

  public String code() {
    return code;
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
