package com.isocourse.core.authorization;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.dosing.CumulativeLedger;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.monitoring.MonitoringSchedule;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetChooser;
import com.isocourse.core.rulesets.RuleSetId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The dispense decision (rules.md §3): "may I dispense prescription P to patient X today?". A pure
 * function of the history, the request, the rule set and the policy; the date is the request's.
 *
 * <p>Precedence: DENIED when any blocking reason is established, else INDETERMINATE when any needed
 * fact is missing, else AUTHORIZED. Every reason is reported, not just the first.
 */
public final class DispenseRules {
  private DispenseRules() {}

  /**
   * Decides a dispense request.
   *
   * @param namedRuleSet a rule set named by the request; overrides the choice by date (§2)
   */
  public static DispenseDecision decide(
      CaseHistory history,
      DispenseRequest request,
      Optional<RuleSetId> namedRuleSet,
      Policy policy) {
    RuleSetId ruleSet =
        namedRuleSet.orElseGet(
            () -> RuleSetChooser.byDate(history.jurisdiction(), request.date(), policy));
    DecisionContext c =
        DecisionContext.of(history, request, ruleSet, namedRuleSet.isPresent(), policy);
    Optional<CumulativeDose> cumulative =
        CumulativeLedger.compute(history, request.date(), c.targetMgPerKg());
    Findings f = new Findings();
    EveryPatientRules.apply(c, f);
    HardStopRules.apply(c, f);
    CategoryOutcome category = PregnancyPreventionRules.apply(c);
    f.addAll(category.reasons());
    WarningRules.apply(c, cumulative, f);
    List<DueItem> due = MonitoringSchedule.dueItems(history, request.date(), policy);
    Outcome outcome = outcome(f, category, request, ruleSet);
    return new DispenseDecision(
        ruleSet,
        policy,
        outcome,
        f.reasons(),
        f.warnings(),
        f.missing(),
        f.notes(),
        cumulative,
        due);
  }

  private static Outcome outcome(
      Findings f, CategoryOutcome category, DispenseRequest request, RuleSetId ruleSet) {
    if (!f.reasons().isEmpty()) {
      return new Outcome.Denied();
    }
    if (!f.missing().isEmpty() || category.doNotDispenseAfter().isEmpty()) {
      return new Outcome.Indeterminate();
    }
    return new Outcome.Authorized(
        category.doNotDispenseAfter().get(), authorizationCode(request, ruleSet));
  }

  /**
   * A deterministic code for an authorization, so that a replayed decision yields the same code:
   * "RMA-" and 10 hex digits of SHA-256 over prescription, date and rule set.
   */
  static String authorizationCode(DispenseRequest request, RuleSetId ruleSet) {
    MessageDigest sha256 = SHA_256.get();
    byte[] hash =
        sha256.digest(
            (request.prescriptionId() + "|" + request.date() + "|" + ruleSet.code())
                .getBytes(StandardCharsets.UTF_8));
    return "RMA-" + HexFormat.of().withUpperCase().formatHex(hash, 0, 5);
  }

  /** Looking a digest up by name is slow; each thread keeps one (digest() resets it). */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is required of every JVM", e);
            }
          });
}
