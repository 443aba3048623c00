package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.COMPREHENSION_NOT_COMPLETED;
import static com.isocourse.core.reasons.ReasonCode.COUNSELING_NOT_CONFIRMED;

import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.pregnancy.ContraceptionRequirement;
import com.isocourse.core.pregnancy.PregnancyTestWindow;
import com.isocourse.core.pregnancy.PretreatmentTests;
import com.isocourse.core.pregnancy.WindowCheck;
import com.isocourse.core.reasons.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** us-ipledge-2026, the modified REMS (rules.md §3.4). */
final class UsIpledge2026Rules {
  private UsIpledge2026Rules() {}

  /** PCNGP: counseling documented once, at enrollment; no pickup window (request + 29). */
  static CategoryOutcome cannotGetPregnant(DecisionContext c) {
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
  static CategoryOutcome canGetPregnant(DecisionContext c) {
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
