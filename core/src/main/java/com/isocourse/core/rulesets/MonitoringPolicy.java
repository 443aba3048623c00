package com.isocourse.core.rulesets;

import java.util.Optional;

/** Which lab monitoring schedule applies (rules.md §5). */
public enum MonitoringPolicy {
  /** Baseline and peak-dose ALT and triglycerides (Delphi consensus 2022); the default. */
  CONSENSUS_2022("consensus-2022"),
  /** ALT and triglycerides every 28 days once the course has started. */
  MONTHLY("monthly");

  private final String code;

  MonitoringPolicy(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<MonitoringPolicy> fromCode(String code) {
    for (MonitoringPolicy m : values()) {
      if (m.code.equals(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
