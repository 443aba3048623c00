package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.COUNSELING_NOT_CONFIRMED;
import static com.isocourse.core.reasons.ReasonCode.LOCKOUT_19_DAY;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_MISSING;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_SETTING_NOT_ALLOWED;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIPTION_WINDOW_EXPIRED;
import static com.isocourse.core.rulesets.RuleDescription.rule;

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

/** us-ipledge-2021: the 2026 rules with the differences of rules.md §3.5. */
final class UsIpledge2021Rules implements RuleSet {
  private static final List<RuleDescription> RULES =
      UsIpledge2026Rules.concat(
          UsIpledge2026Rules.SHARED_WITH_2021,
          rule(
              "US26-COUNSEL",
              "PCGP: counseling confirmed within 30 days.",
              COUNSELING_NOT_CONFIRMED),
          rule(
              "US21-WINDOW",
              "PCGP: request within S … S+6 of the latest counting clinic/lab test.",
              PREGNANCY_TEST_OUTSIDE_WINDOW,
              PREGNANCY_TEST_MISSING),
          rule(
              "US21-SETTING",
              "PCGP: clinic or lab tests only; before the first dose, a lab test.",
              PREGNANCY_TEST_SETTING_NOT_ALLOWED),
          rule(
              "US21-LOCKOUT",
              "PCGP first dispense: 19-day lockout after a missed window.",
              LOCKOUT_19_DAY),
          rule(
              "US21-COUNSEL",
              "PCNGP: counseling confirmed within 30 days.",
              COUNSELING_NOT_CONFIRMED),
          rule(
              "US21-PCNGP-WINDOW",
              "PCNGP: request within 30 days of the latest counseling visit.",
              PRESCRIPTION_WINDOW_EXPIRED));

  @Override
  public RuleSetId id() {
    return RuleSetId.US_IPLEDGE_2021;
  }

  @Override
  public List<RuleDescription> rules() {
    return RULES;
  }

  /**
   * PCNGP: counseling within 30 days before the request, and a 30-day window from the latest
   * counseling visit V (request ≤ V+29; doNotDispenseAfter = V+29).
   */
  @Override
  public CategoryOutcome cannotGetPregnant(DecisionContext c) {
    List<Finding> reasons = new ArrayList<>();
    Optional<CounselingConfirmed> latest = c.history().latest(c.date(), CounselingConfirmed.class);
    if (latest.isEmpty() || !c.withinDaysBefore(latest.get().date(), 30)) {
      reasons.add(
          Finding.of(
              COUNSELING_NOT_CONFIRMED,
              "US21-COUNSEL",
              "The prescriber has not confirmed counseling since "
                  + c.date().minusDays(30)
                  + "; the prescriber must confirm this month's counseling."));
    }
    latest
        .filter(v -> c.date().isAfter(v.date().plusDays(29)))
        .ifPresent(
            v ->
                reasons.add(
                    Finding.of(
                        PRESCRIPTION_WINDOW_EXPIRED,
                        "US21-PCNGP-WINDOW",
                        "The 30-day window from the counseling visit of "
                            + v.date()
                            + " closed on "
                            + v.date().plusDays(29)
                            + "; a new counseling visit is needed.")));
    return new CategoryOutcome(reasons, latest.map(v -> v.date().plusDays(29)));
  }

  /** PCGP: as 2026 but clinic/lab tests only, lab before the first dose, and the 19-day lockout. */
  @Override
  public CategoryOutcome canGetPregnant(DecisionContext c) {
    List<Finding> reasons = new ArrayList<>();
    List<PregnancyTest> negatives = UsIpledge2026Rules.negatives(c);
    var firstDose = c.history().course().firstDoseDate();
    if (c.firstDispense()) {
      PretreatmentTests.check(negatives, firstDose, c.policy().pretreatmentMinDaysBetween())
          .ifPresent(reasons::add);
    }
    WindowCheck window =
        PregnancyTestWindow.us2021(negatives, c.date(), firstDose, c.firstDispense());
    reasons.addAll(window.reasons());
    reasons.addAll(
        ContraceptionRequirement.us(c.countingContraception(), c.date(), c.firstDispense()));
    UsIpledge2026Rules.monthlyQuizAndCounseling(c, reasons, "US26-QUIZ", "US26-COUNSEL");
    return new CategoryOutcome(
        reasons, window.openingTest().map(t -> PregnancyTestWindow.lastDay(t.date())));
  }
}
