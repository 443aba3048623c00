package com.isocourse.core.rulesets;

import java.time.LocalDate;

/**
 * Policy parameters: values where public sources disagree, with the defaults of rules.md. A clinic
 * may change them and every decision names the values it used. Build overrides with {@link
 * PolicyOverrides}.
 *
 * @param us2026EffectiveDate switch date from us-ipledge-2021 to us-ipledge-2026 (§2)
 * @param tgStopMgDl triglyceride stop threshold (SAFE-TG)
 * @param altStopMultiple ALT/AST stop multiple of the upper limit (SAFE-ALT)
 * @param altDefaultUpperLimit upper reference limit (U/L) when a result carries none (SAFE-ALT)
 * @param weightMaxAgeDays how old a body weight may be (ALL-WEIGHT)
 * @param pretreatmentMinDaysBetween spacing of the two pretreatment tests (US26-PRE-TESTS)
 * @param targetMgPerKg course target when the course names none (§4)
 * @param maxCapsulesPerDose capsules per morning or evening dose in the planner (§4)
 * @param monitoring lab monitoring schedule (§5)
 */
public record Policy(
    LocalDate us2026EffectiveDate,
    double tgStopMgDl,
    double altStopMultiple,
    double altDefaultUpperLimit,
    int weightMaxAgeDays,
    int pretreatmentMinDaysBetween,
    double targetMgPerKg,
    int maxCapsulesPerDose,
    MonitoringPolicy monitoring) {

  /** The defaults of rules.md. */
  public static Policy defaults() {
    return new Policy(
        LocalDate.of(2026, 11, 15), 880, 3.0, 40, 90, 19, 135, 2, MonitoringPolicy.CONSENSUS_2022);
  }
}
