package com.isocourse.core.rulesets;

import static com.isocourse.core.reasons.ReasonCode.*;

import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of every rule of each rule set (house style §1), with the codes it emits, as in
 * rules.md §3. Used by {@code isocourse rules} and the API's documentation.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** When a rule set takes effect (§2); us-ipledge-2026 follows the policy switch date. */
  public static LocalDate effectiveDate(RuleSetId id, Policy policy) {
    return switch (id) {
      case US_IPLEDGE_2021 -> LocalDate.of(2021, 12, 13);
      case US_IPLEDGE_2026 -> policy.us2026EffectiveDate();
      case EU_PPP_2018 -> LocalDate.of(2018, 3, 22);
    };
  }

  /** The jurisdiction a rule set serves. */
  public static String jurisdiction(RuleSetId id) {
    return id == RuleSetId.EU_PPP_2018 ? "EU, UK" : "US";
  }

  public static List<RuleDescription> rulesOf(RuleSetId id) {
    List<RuleDescription> rules = new ArrayList<>(everyRuleSet());
    switch (id) {
      case US_IPLEDGE_2026 -> rules.addAll(us2026());
      case US_IPLEDGE_2021 -> rules.addAll(us2021());
      case EU_PPP_2018 -> rules.addAll(eu());
    }
    return List.copyOf(rules);
  }

  private static RuleDescription r(String id, String summary, ReasonCode... codes) {
    return new RuleDescription(id, List.of(codes), summary);
  }

  private static List<RuleDescription> everyRuleSet() {
    return List.of(
        r("ALL-ENROLL", "Patient enrolled on or before the request date.", PATIENT_NOT_ENROLLED),
        r("ALL-PRESCRIBER", "Prescriber certified and active.", PRESCRIBER_NOT_CERTIFIED),
        r("ALL-PHARMACY", "Pharmacy registered and active.", PHARMACY_NOT_ACTIVE),
        r(
            "ALL-RX",
            "Prescription exists, belongs to the patient, not dispensed or cancelled.",
            PRESCRIPTION_NOT_FOUND,
            PRESCRIPTION_ALREADY_DISPENSED,
            PRESCRIPTION_CANCELLED),
        r(
            "ALL-QTY",
            "No strength's capsule count above capsules per day × days' supply.",
            QUANTITY_EXCEEDS_PRESCRIPTION),
        r("ALL-SUPPLY", "Days' supply at most 30 (US all; EU PCGP).", SUPPLY_OVER_30_DAYS),
        r("ALL-REFILLS", "No refills (US all; EU PCGP).", REFILLS_NOT_ALLOWED),
        r("ALL-AGE", "Patient at least 12 years old.", PATIENT_TOO_YOUNG),
        r(
            "ALL-FORMULATION",
            "No substitution across conventional, lidose and micronized.",
            FORMULATION_MISMATCH),
        r(
            "ALL-MAXDOSE",
            "Prescribed dose at most 2.0 mg/kg/day (micronized 1.6).",
            DOSE_ABOVE_MAXIMUM),
        r("ALL-WEIGHT", "Body weight recorded within weight.maxAgeDays (90) days.", WEIGHT_MISSING),
        r("ALL-CATEGORY", "Risk category known.", RISK_CATEGORY_MISSING),
        r(
            "ALL-FACTS",
            "Birth date, prescriber and pharmacy status given.",
            BIRTH_DATE_MISSING,
            PRESCRIBER_STATUS_MISSING,
            PHARMACY_STATUS_MISSING),
        r(
            "ALL-RETREAT",
            "First dispense at least 56 days after the previous course's last dose.",
            RETREATMENT_TOO_SOON),
        r(
            "ALL-ONEFILL",
            "One supply at a time: not before an earlier dispense + its days' supply − 7 days.",
            DISPENSE_TOO_SOON),
        r(
            "ALL-PREG+",
            "No unreviewed positive pregnancy test since enrollment.",
            PREGNANCY_TEST_POSITIVE),
        r(
            "SAFE-TETRA",
            "No active tetracycline-class drug unless reviewed.",
            INTERACTION_TETRACYCLINE),
        r(
            "SAFE-RETINOID",
            "No active other systemic retinoid unless reviewed.",
            INTERACTION_RETINOID),
        r("SAFE-SYMPTOM", "No unreviewed stop-now symptom.", SYMPTOM_NEEDS_REVIEW),
        r(
            "SAFE-PREGCHECK",
            "PCGP or unknown: a missed period or contraception failure holds fills until a later"
                + " negative test or a review.",
            PREGNANCY_CHECK_NEEDED),
        r(
            "SAFE-MOOD",
            "Latest PHQ-9 item 9 = 0 and total below 20, or reviewed.",
            MOOD_NEEDS_REVIEW),
        r(
            "SAFE-TG",
            "Latest triglycerides below tg.stopMgDl (880 mg/dL), or reviewed.",
            LAB_NEEDS_REVIEW),
        r(
            "SAFE-ALT",
            "Latest ALT/AST at most alt.stopMultiple (3) × upper limit, or reviewed.",
            LAB_NEEDS_REVIEW),
        r("WARN-TG", "Warning: latest triglycerides 500 mg/dL or more.", TG_ELEVATED),
        r("WARN-ALT", "Warning: latest ALT/AST above the upper limit.", ALT_ELEVATED),
        r("WARN-CHOL", "Warning: latest total cholesterol above 300 mg/dL.", CHOLESTEROL_ELEVATED),
        r("WARN-VITA", "Warning: active vitamin A supplement.", INTERACTION_VITAMIN_A),
        r("WARN-SJW", "Warning: active St John's wort.", INTERACTION_ST_JOHNS_WORT),
        r("WARN-BONE", "Warning: active phenytoin or systemic corticosteroid.", INTERACTION_BONE),
        r(
            "WARN-MOOD",
            "Warning: PHQ-9 10–19 with item 9 = 0, or PHQ-2 3 or more.",
            MOOD_SCREEN_POSITIVE),
        r(
            "WARN-SYMPTOM",
            "Warning: call-prescriber symptom since the latest dispense.",
            SYMPTOM_CALL_PRESCRIBER),
        r("WARN-LABS", "Warning: monitoring labs overdue (§5).", LABS_OVERDUE),
        r(
            "WARN-TARGET",
            "Warning: cumulative dose at or above the course target.",
            CUMULATIVE_TARGET_REACHED),
        r("WARN-RULESET", "Warning: rule set changed since the latest dispense.", RULESET_CHANGED),
        r(
            "NOTE-LOWDOSE",
            "Note: prescribed dose below 0.5 mg/kg/day (micronized 0.4).",
            LOW_DOSE_REGIMEN),
        r("NOTE-HIGHTARGET", "Note: course target above 150 mg/kg.", HIGH_CUMULATIVE_TARGET));
  }

  private static List<RuleDescription> pcgpCommon() {
    return List.of(
        r(
            "US26-PRE-TESTS",
            "PCGP first dispense: two medical negative tests ≥ 19 days apart before the first dose.",
            PRETREATMENT_TESTS_INCOMPLETE),
        r(
            "US26-LEADIN",
            "PCGP first dispense: contraception in use for at least 30 days.",
            CONTRACEPTION_LEAD_IN_TOO_SHORT),
        r(
            "US26-CONTRA",
            "PCGP: two methods (≥ 1 primary) or abstinence documented within 30 days.",
            CONTRACEPTION_NOT_DOCUMENTED,
            CONTRACEPTION_INSUFFICIENT),
        r(
            "US26-QUIZ",
            "PCGP: comprehension questions passed within 30 days.",
            COMPREHENSION_NOT_COMPLETED),
        r("US26-COUNSEL", "PCGP: counseling confirmed within 30 days.", COUNSELING_NOT_CONFIRMED));
  }

  private static List<RuleDescription> us2026() {
    List<RuleDescription> rules = new ArrayList<>(pcgpCommon());
    rules.add(
        r(
            "US26-WINDOW",
            "PCGP: request within S … S+6 of the latest counting negative test.",
            PREGNANCY_TEST_OUTSIDE_WINDOW,
            PREGNANCY_TEST_MISSING));
    rules.add(
        r(
            "US26-HOME",
            "PCGP: home tests count only after the first dose and when allowed.",
            PREGNANCY_TEST_SETTING_NOT_ALLOWED));
    rules.add(r("US26-NOLOCK", "PCGP: no waiting period after a missed window."));
    rules.add(
        r(
            "US26-PCNGP",
            "PCNGP: counseling documented once, at enrollment; no pickup window.",
            COUNSELING_NOT_CONFIRMED));
    return rules;
  }

  private static List<RuleDescription> us2021() {
    List<RuleDescription> rules = new ArrayList<>(pcgpCommon());
    rules.add(
        r(
            "US21-WINDOW",
            "PCGP: request within S … S+6 of the latest counting clinic/lab test.",
            PREGNANCY_TEST_OUTSIDE_WINDOW,
            PREGNANCY_TEST_MISSING));
    rules.add(
        r(
            "US21-SETTING",
            "PCGP: clinic or lab tests only; before the first dose, a lab test.",
            PREGNANCY_TEST_SETTING_NOT_ALLOWED));
    rules.add(
        r(
            "US21-LOCKOUT",
            "PCGP first dispense: 19-day lockout after a missed window.",
            LOCKOUT_19_DAY));
    rules.add(
        r("US21-COUNSEL", "PCNGP: counseling confirmed within 30 days.", COUNSELING_NOT_CONFIRMED));
    rules.add(
        r(
            "US21-PCNGP-WINDOW",
            "PCNGP: request within 30 days of the latest counseling visit.",
            PRESCRIPTION_WINDOW_EXPIRED));
    return rules;
  }

  private static List<RuleDescription> eu() {
    return List.of(
        r(
            "EU-TEST",
            "PCGP: negative medical test ≤ 3 days before the prescription date.",
            PREGNANCY_TEST_OUTSIDE_WINDOW,
            PREGNANCY_TEST_MISSING),
        r(
            "EU-RXVALID",
            "PCGP: dispensed within 7 days of the prescription date.",
            PRESCRIPTION_WINDOW_EXPIRED),
        r(
            "EU-CONTRA",
            "PCGP: one primary or two secondary methods; 30-day lead-in on the first dispense.",
            CONTRACEPTION_NOT_DOCUMENTED,
            CONTRACEPTION_INSUFFICIENT,
            CONTRACEPTION_LEAD_IN_TOO_SHORT),
        r(
            "EU-ACK",
            "PCGP: acknowledgement-of-risk form signed during this course.",
            ACKNOWLEDGEMENT_MISSING));
  }
}
