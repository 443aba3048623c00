package com.isocourse.core.authorization;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Why authorized, or why not": every requirement the decision's rule set checks for this patient
 * and request, each MET, UNMET or MISSING (ADR 0017). The requirements are the catalog's rules
 * ({@link RuleCatalog#rulesOf}) that can block or leave a decision undecided — warnings and notes
 * never block (rules.md §3.3) — and that apply to this case ({@link RequirementTerms}: a patient
 * who cannot get pregnant has no pregnancy-test requirement), plus any rule that reported
 * something. A requirement is MET only when its rule reported no finding and nothing it reads is
 * missing, so the decision is AUTHORIZED exactly when every listed requirement is MET, and every
 * reason and missing fact of the decision stands on an UNMET or MISSING requirement.
 */
public record RequirementChecklist(RuleSetId ruleSet, List<Requirement> requirements) {
  public RequirementChecklist {
    requirements = List.copyOf(requirements);
  }

  /**
   * The checklist of a decision made on this history and request (by {@link DispenseRules#decide});
   * the decision's rule set and policy are used, so it lists what that decision checked.
   */
  public static RequirementChecklist of(
      CaseHistory history, DispenseRequest request, DispenseDecision decision) {
    DecisionContext c =
        DecisionContext.of(history, request, decision.ruleSet(), false, decision.policy());
    List<Finding> reported = new ArrayList<>(decision.reasons());
    reported.addAll(decision.missing());
    List<Requirement> items = new ArrayList<>();
    List<RuleDescription> rules = RuleCatalog.rulesOf(decision.ruleSet());
    for (RuleDescription rule : rules) { // a rule the catalog lists twice is one requirement
      List<Finding> own = reported.stream().filter(f -> f.rule().equals(rule.ruleId())).toList();
      boolean listed = items.stream().anyMatch(i -> i.ruleId().equals(rule.ruleId()));
      if (!listed
          && isRequirement(rule)
          && (!own.isEmpty() || RequirementTerms.of(rule.ruleId()).applies().test(c))) {
        items.add(requirement(rule, own, reported, c));
      }
    }
    // A finding no listed requirement carries (its rule not a catalog requirement) is never hidden.
    List<Finding> carried = items.stream().flatMap(i -> i.findings().stream()).toList();
    reported.stream()
        .filter(f -> !carried.contains(f))
        .forEach(
            f ->
                items.add(
                    new Requirement(
                        f.rule(),
                        f.message(),
                        status(List.of(f)),
                        ActingParty.PRESCRIBER,
                        List.of(f),
                        Optional.empty(),
                        Optional.empty())));
    return new RequirementChecklist(decision.ruleSet(), items);
  }

  /** True when every requirement is MET: the decision is then AUTHORIZED. */
  public boolean allMet() {
    return requirements.stream().allMatch(Requirement::met);
  }

  /** A rule that can block a dispense or leave it undecided (rules.md §3); not a warning. */
  static boolean isRequirement(RuleDescription rule) {
    return rule.codes().stream()
        .anyMatch(k -> k.kind() == ReasonCode.Kind.BLOCKING || k.kind() == ReasonCode.Kind.MISSING);
  }

  private static Requirement requirement(
      RuleDescription rule, List<Finding> own, List<Finding> reported, DecisionContext c) {
    RequirementTerms terms = RequirementTerms.of(rule.ruleId());
    List<Finding> blocking = own;
    if (own.isEmpty()) {
      blocking = reported.stream().filter(f -> terms.needs().contains(f.code())).toList();
    }
    RequirementStatus status =
        own.isEmpty() && !blocking.isEmpty() ? RequirementStatus.MISSING : status(blocking);
    Optional<RequirementEvidence> evidence =
        status == RequirementStatus.MET
            ? RequirementEvidence.of(rule.ruleId(), c)
            : Optional.empty();
    return new Requirement(
        rule.ruleId(),
        rule.summary(),
        status,
        terms.whoActs(),
        blocking,
        evidence.map(RequirementEvidence::factDate),
        evidence.flatMap(RequirementEvidence::holdsUntil));
  }

  private static RequirementStatus status(List<Finding> findings) {
    if (findings.isEmpty()) {
      return RequirementStatus.MET;
    }
    return findings.stream().anyMatch(f -> f.code().kind() == ReasonCode.Kind.BLOCKING)
        ? RequirementStatus.UNMET
        : RequirementStatus.MISSING;
  }
}
