package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.BIRTH_DATE_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PHARMACY_STATUS_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIBER_STATUS_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_NOT_FOUND;
import static com.isocourse.core.reasons.ReasonCode.WEIGHT_MISSING;

import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleSetId;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the catalog does not say about a requirement rule (ADR 0017): for which patient and request
 * the rule checks anything, who must act, and which missing facts keep it from being checked. The
 * list of requirements itself comes from {@link RuleCatalog}; a test holds every requirement rule
 * of every registered rule set to have terms here (an unknown rule ID throws).
 *
 * @param applies whether the rule checks something for this case (rules.md §3.1–3.6: category,
 *     first dispense, capsules named)
 * @param needs codes of other rules that leave this one unchecked (ALL-MAXDOSE is "checked only
 *     when ALL-WEIGHT holds"; no prescription, no supply to judge)
 */
record RequirementTerms(
    ActingParty whoActs, Predicate<DecisionContext> applies, Set<ReasonCode> needs) {

  private static final Predicate<DecisionContext> ALWAYS = c -> true;
  private static final Predicate<DecisionContext> PCGP = c -> is(c, RiskCategory.CAN_GET_PREGNANT);
  private static final Predicate<DecisionContext> PCNGP =
      c -> is(c, RiskCategory.CANNOT_GET_PREGNANT);
  private static final Predicate<DecisionContext> FIRST_PCGP =
      c -> c.firstDispense() && PCGP.test(c);

  static RequirementTerms of(String ruleId) {
    return switch (ruleId) {
      case "ALL-ENROLL", "ALL-RX", "ALL-CATEGORY", "ALL-FACTS", "ALL-WEIGHT" ->
          terms(ActingParty.PRESCRIBER, ALWAYS);
      case "ALL-PRESCRIBER" -> terms(ActingParty.PRESCRIBER, ALWAYS, PRESCRIBER_STATUS_MISSING);
      case "ALL-PHARMACY" -> terms(ActingParty.PHARMACY, ALWAYS, PHARMACY_STATUS_MISSING);
      case "ALL-AGE" -> terms(ActingParty.PRESCRIBER, ALWAYS, BIRTH_DATE_MISSING);
      case "ALL-MAXDOSE" ->
          terms(ActingParty.PRESCRIBER, ALWAYS, WEIGHT_MISSING, PRESCRIPTION_NOT_FOUND);
      case "ALL-QTY", "ALL-FORMULATION" ->
          terms(
              ActingParty.PHARMACY,
              c -> c.request().capsules().isPresent(),
              PRESCRIPTION_NOT_FOUND);
      case "ALL-SUPPLY", "ALL-REFILLS" ->
          terms(
              ActingParty.PRESCRIBER,
              PregnancyPreventionRules::supplyAndRefillsLimited,
              PRESCRIPTION_NOT_FOUND);
      case "ALL-RETREAT" ->
          terms(
              ActingParty.PRESCRIBER,
              c -> c.firstDispense() && c.history().course().previousCourseLastDose().isPresent());
      case "ALL-ONEFILL" -> terms(ActingParty.PHARMACY, ALWAYS);
      case "ALL-PREG+", "SAFE-PREGCHECK" -> terms(ActingParty.PRESCRIBER, PCNGP.negate());
      case "SAFE-TETRA", "SAFE-RETINOID", "SAFE-SYMPTOM", "SAFE-MOOD", "SAFE-TG", "SAFE-ALT" ->
          terms(ActingParty.PRESCRIBER, ALWAYS);
      case "US26-PRE-TESTS", "US26-LEADIN", "US21-LOCKOUT" ->
          terms(ActingParty.PATIENT, FIRST_PCGP);
      case "US26-WINDOW", "US26-HOME", "US21-WINDOW", "US21-SETTING", "US26-QUIZ" ->
          terms(ActingParty.PATIENT, PCGP);
      case "US26-CONTRA" -> terms(ActingParty.PRESCRIBER, PCGP);
      // us-ipledge-2026 documents counseling for both categories; 2021's PCNGP rule is its own.
      case "US26-COUNSEL" ->
          terms(
              ActingParty.PRESCRIBER,
              c -> PCGP.test(c) || (c.ruleSet() == RuleSetId.US_IPLEDGE_2026 && PCNGP.test(c)));
      case "US21-COUNSEL", "US21-PCNGP-WINDOW" -> terms(ActingParty.PRESCRIBER, PCNGP);
      case "EU-TEST" -> terms(ActingParty.PATIENT, PCGP, PRESCRIPTION_NOT_FOUND);
      case "EU-RXVALID" -> terms(ActingParty.PRESCRIBER, PCGP, PRESCRIPTION_NOT_FOUND);
      case "EU-CONTRA" -> terms(ActingParty.PRESCRIBER, PCGP);
      case "EU-ACK" -> terms(ActingParty.PATIENT, PCGP);
      default -> throw new IllegalArgumentException("no requirement terms for rule " + ruleId);
    };
  }

  private static RequirementTerms terms(
      ActingParty who, Predicate<DecisionContext> applies, ReasonCode... needs) {
    return new RequirementTerms(who, applies, Set.of(needs));
  }

  private static boolean is(DecisionContext c, RiskCategory category) {
    return c.category().filter(k -> k == category).isPresent();
  }
}
