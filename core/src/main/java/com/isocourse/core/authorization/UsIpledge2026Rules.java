package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.COMPREHENSION_NOT_COMPLETED;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_INSUFFICIENT;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_LEAD_IN_TOO_SHORT;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_NOT_DOCUMENTED;
import static com.isocourse.core.reasons.ReasonCode.COUNSELING_NOT_CONFIRMED;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_SETTING_NOT_ALLOWED;
import static com.isocourse.core.reasons.ReasonCode.PRETREATMENT_TESTS_INCOMPLETE;
import static com.isocourse.core.rulesets.RuleDescription.rule;

import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.pregnancy.ContraceptionRequirement;
import com.isocourse.core.pregnancy.PregnancyTestWindow;
import com.isocourse.core.pregnancy.PretreatmentTests;
import com.isocourse.core.pregnancy.WindowCheck;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** us-ipledge-2026, the modified REMS (rules.md §3.4). */
final class UsIpledge2026Rules implements RuleSet {
  /** The PCGP rules us-ipledge-2021 shares (§3.5 lists only the differences). */
  static final List<RuleDescription> SHARED_WITH_2021 =
      List.of(
          rule(
              "US26-PRE-TESTS",
              "PCGP first dispense: two medical negative tests ≥ 19 days apart before the first"
                  + " dose.",
              PRETREATMENT_TESTS_INCOMPLETE),
          rule(
              "US26-LEADIN",
              "PCGP first dispense: contraception in use for at least 30 days.",
              CONTRACEPTION_LEAD_IN_TOO_SHORT),
          rule(
              "US26-CONTRA",
              "PCGP: two methods (≥ 1 primary) or abstinence documented within 30 days.",
              CONTRACEPTION_NOT_DOCUMENTED,
              CONTRACEPTION_INSUFFICIENT),
          rule(
              "US26-QUIZ",
              "PCGP: comprehension questions passed within 30 days.",
              COMPREHENSION_NOT_COMPLETED));

  private static final List<RuleDescription> RULES =
      concat(
          SHARED_WITH_2021,
          rule(
              "US26-COUNSEL",
              "PCGP: counseling confirmed within 30 days. PCNGP: counseling documented once, at"
                  + " enrollment; no pickup window.",
              COUNSELING_NOT_CONFIRMED),
          rule(
              "US26-WINDOW",
              "PCGP: request within S … S+6 of the latest counting negative test.",
              PREGNANCY_TEST_OUTSIDE_WINDOW,
              PREGNANCY_TEST_MISSING),
          rule(
              "US26-HOME",
              "PCGP: home tests count only after the first dose and when allowed.",
              PREGNANCY_TEST_SETTING_NOT_ALLOWED),
          rule("US26-NOLOCK", "PCGP: no waiting period after a missed window."));

  @Override
  public RuleSetId id() {
    return RuleSetId.US_IPLEDGE_2026;
  }

  @Override
  public List<RuleDescription> rules() {
    return RULES;
  }

  static List<RuleDescription> concat(List<RuleDescription> first, RuleDescription... more) {
    List<RuleDescription> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  /** PCNGP: counseling documented once, at enrollment; no pickup window (request + 29). */
  @Override
  public CategoryOutcome cannotGetPregnant(DecisionContext c) {
    List<Finding> reasons = new ArrayList<>();
    if (c.asOf(CounselingConfirmed.class).isEmpty()) {
      reasons.add(
          Finding.of(
              COUNSELING_NOT_CONFIRMED,
              "US26-COUNSEL",
              "The prescriber has never confirmed counseling for this patient; it must be documented once, at enrollment."));
    }
    return new CategoryOutcome(reasons, Optional.of(c.date().plusDays(29)));
  }

  /** PCGP: tests, window, contraception, quiz and monthly counseling. */
  @Override
  public CategoryOutcome canGetPregnant(DecisionContext c) {
    List<Finding> reasons = new ArrayList<>();
    List<PregnancyTest> negatives = negatives(c);
    var firstDose = c.history().course().firstDoseDate();
    if (c.firstDispense()) {
      PretreatmentTests.check(negatives, firstDose, c.policy().pretreatmentMinDaysBetween())
          .ifPresent(reasons::add);
    }
    WindowCheck window =
        PregnancyTestWindow.us2026(
            negatives, c.date(), firstDose, c.history().patient().homeTestingAllowed());
    reasons.addAll(window.reasons());
    reasons.addAll(
        ContraceptionRequirement.us(c.countingContraception(), c.date(), c.firstDispense()));
    monthlyQuizAndCounseling(c, reasons, "US26-QUIZ", "US26-COUNSEL");
    return new CategoryOutcome(
        reasons, window.openingTest().map(t -> PregnancyTestWindow.lastDay(t.date())));
  }

  static List<PregnancyTest> negatives(DecisionContext c) {
    return c.asOf(PregnancyTest.class).stream().filter(PregnancyTest::negative).toList();
  }

  /** US26-QUIZ and US26-COUNSEL: both within 30 days before the request. */
  static void monthlyQuizAndCounseling(
      DecisionContext c, List<Finding> reasons, String quizRule, String counselRule) {
    boolean quiz =
        c.asOf(ComprehensionCompleted.class).stream()
            .anyMatch(q -> q.passed() && c.withinDaysBefore(q.date(), 30));
    if (!quiz) {
      reasons.add(
          Finding.of(
              COMPREHENSION_NOT_COMPLETED,
              quizRule,
              "The patient has not passed the comprehension questions since "
                  + c.date().minusDays(30)
                  + "; the patient must complete them."));
    }
    boolean counseled =
        c.asOf(CounselingConfirmed.class).stream().anyMatch(v -> c.withinDaysBefore(v.date(), 30));
    if (!counseled) {
      reasons.add(
          Finding.of(
              COUNSELING_NOT_CONFIRMED,
              counselRule,
              "The prescriber has not confirmed counseling since "
                  + c.date().minusDays(30)
                  + "; the prescriber must confirm this month's counseling."));
    }
  }
}
