package com.isocourse.core.authorization;

import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One requirement of a dispense as the rule set checks it for this patient (ADR 0017): the rule ID
 * and its catalog summary, where it stands, who must act, the findings that keep it from being met
 * (empty when MET) and, when MET, the date of the fact that satisfies it and the last day it still
 * holds when the rules give one (e.g. S+6 for a pregnancy test's window, US26-WINDOW).
 *
 * @param factDate the date of the fact that meets the requirement (MET only; absent when the
 *     requirement is the absence of something, e.g. SAFE-TETRA)
 * @param holdsUntil the last day the fact still meets the requirement, inclusive (MET only)
 */
public record Requirement(
    String ruleId,
    String summary,
    RequirementStatus status,
    ActingParty whoActs,
    List<Finding> findings,
    Optional<LocalDate> factDate,
    Optional<LocalDate> holdsUntil) {
  public Requirement {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(whoActs, "whoActs");
    findings = List.copyOf(findings);
    Objects.requireNonNull(factDate, "factDate");
    Objects.requireNonNull(holdsUntil, "holdsUntil");
    if ((status == RequirementStatus.MET) != findings.isEmpty()) {
      throw new IllegalArgumentException(
          ruleId + ": a requirement is MET exactly when no finding keeps it from being met");
    }
  }

  public boolean met() {
    return status == RequirementStatus.MET;
  }

  /** The reason codes that keep it from being met, in the order reported. */
  public List<ReasonCode> codes() {
    return findings.stream().map(Finding::code).distinct().toList();
  }
}
