package com.isocourse.core.authorization;

import com.isocourse.core.course.AcknowledgementSigned;
import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.pregnancy.PregnancyTestWindow;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The dated fact that meets a requirement, and the last day it still does when the rules give one
 * (ADR 0017). Read only for a requirement whose rule reported nothing, so each lookup names the
 * fact the rule accepted: "within 30 days before the request" holds until the fact's date + 30
 * (US26-QUIZ, US26-COUNSEL, US26-CONTRA, EU-CONTRA), a weight until its date + weight.maxAgeDays
 * (ALL-WEIGHT), a test's window until S+6 (US26-WINDOW), a counseling visit's window until V+29
 * (US21-PCNGP-WINDOW), an EU prescription until its date + 7 (EU-RXVALID). A requirement that is
 * the absence of something (SAFE-TETRA, ALL-PREG+) has no date.
 */
record RequirementEvidence(LocalDate factDate, Optional<LocalDate> holdsUntil) {

  static Optional<RequirementEvidence> of(String ruleId, DecisionContext c) {
    return switch (ruleId) {
      case "ALL-ENROLL" -> c.history().patient().enrolledOn().map(RequirementEvidence::since);
      case "ALL-RX" -> c.prescription().map(rx -> since(rx.date()));
      case "ALL-WEIGHT" ->
          c.currentWeight()
              .map(w -> until(w.date(), w.date().plusDays(c.policy().weightMaxAgeDays())));
      case "ALL-RETREAT" -> c.history().course().previousCourseLastDose().map(d -> since(d));
      case "US26-PRE-TESTS" ->
          latestNegative(c, t -> t.inMedicalSetting() && c.beforeFirstDose(t.date()))
              .map(t -> since(t.date()));
      case "US26-LEADIN" -> contraception(c).map(r -> since(r.since()));
      case "US26-CONTRA", "EU-CONTRA" ->
          contraception(c).map(r -> until(r.date(), r.date().plusDays(30)));
      case "US26-QUIZ" ->
          c.asOf(ComprehensionCompleted.class).stream()
              .filter(q -> q.passed() && c.withinDaysBefore(q.date(), 30))
              .map(q -> within30(q.date()))
              .reduce((a, b) -> b);
      case "US26-COUNSEL" -> counseling(c);
      case "US21-COUNSEL" -> latestCounseling(c).map(d -> within30(d));
      case "US21-PCNGP-WINDOW" -> latestCounseling(c).map(v -> until(v, v.plusDays(29)));
      case "US26-WINDOW", "US21-WINDOW" ->
          latestNegative(c, t -> windowCounts(c, t))
              .map(t -> until(t.date(), PregnancyTestWindow.lastDay(t.date())));
      case "US26-HOME", "US21-SETTING" -> latestNegative(c, t -> true).map(t -> since(t.date()));
      case "EU-TEST" ->
          c.prescription()
              .flatMap(
                  rx ->
                      latestNegative(
                          c,
                          t ->
                              t.inMedicalSetting()
                                  && !t.date().isBefore(rx.date().minusDays(3))
                                  && !t.date().isAfter(rx.date())))
              .map(t -> since(t.date()));
      case "EU-RXVALID" -> c.prescription().map(rx -> until(rx.date(), rx.date().plusDays(7)));
      case "EU-ACK" ->
          c.asOf(AcknowledgementSigned.class).stream().findFirst().map(a -> since(a.date()));
      default -> Optional.empty();
    };
  }

  private static RequirementEvidence since(LocalDate fact) {
    return new RequirementEvidence(fact, Optional.empty());
  }

  private static RequirementEvidence until(LocalDate fact, LocalDate lastDay) {
    return new RequirementEvidence(fact, Optional.of(lastDay));
  }

  /** "Within 30 days before the request" (rules.md §3) holds through the fact's date + 30. */
  private static RequirementEvidence within30(LocalDate fact) {
    return until(fact, fact.plusDays(30));
  }

  /** US26-COUNSEL: monthly for PCGP; once, at enrollment, for PCNGP under us-ipledge-2026. */
  private static Optional<RequirementEvidence> counseling(DecisionContext c) {
    boolean once =
        c.ruleSet() == RuleSetId.US_IPLEDGE_2026
            && c.category().filter(k -> k == RiskCategory.CANNOT_GET_PREGNANT).isPresent();
    if (once) {
      return c.asOf(CounselingConfirmed.class).stream().findFirst().map(v -> since(v.date()));
    }
    return latestCounseling(c).filter(d -> c.withinDaysBefore(d, 30)).map(d -> within30(d));
  }

  private static Optional<LocalDate> latestCounseling(DecisionContext c) {
    return c.history().latest(c.date(), CounselingConfirmed.class).map(CounselingConfirmed::date);
  }

  /**
   * The contraception record that counts (rules.md §3); on a same-date tie the one in use the
   * shortest time, which the lead-in (US26-LEADIN) is held to.
   */
  private static Optional<ContraceptionRecord> contraception(DecisionContext c) {
    return c.countingContraception().stream().max(Comparator.comparing(ContraceptionRecord::since));
  }

  private static Optional<PregnancyTest> latestNegative(
      DecisionContext c, Predicate<PregnancyTest> counts) {
    return c.asOf(PregnancyTest.class).stream()
        .filter(t -> t.negative() && counts.test(t))
        .reduce((a, b) -> b);
  }

  /** Whether a test may open the window (US26-HOME; §3.5 for 2021). */
  private static boolean windowCounts(DecisionContext c, PregnancyTest t) {
    Optional<LocalDate> firstDose = c.history().course().firstDoseDate();
    return c.ruleSet() == RuleSetId.US_IPLEDGE_2021
        ? PregnancyTestWindow.counts2021(t, firstDose)
        : PregnancyTestWindow.counts2026(t, firstDose, c.history().patient().homeTestingAllowed());
  }
}
