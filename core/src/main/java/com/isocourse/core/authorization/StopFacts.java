package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.LAB_NEEDS_REVIEW;
import static com.isocourse.core.reasons.ReasonCode.MOOD_NEEDS_REVIEW;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_CHECK_NEEDED;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_POSITIVE;
import static com.isocourse.core.reasons.ReasonCode.SYMPTOM_NEEDS_REVIEW;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.course.SymptomReport;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.symptoms.TriageLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts behind the stops that only a prescriber's review clears (rules.md §3.1 ALL-PREG+,
 * §3.2), read with the rules' own helpers, so a stop is always named by the fact the decision
 * stopped on: which report, screen, test or lab result. The escalation tiers ({@code
 * core.escalation}) show these facts on the worklist and in the prescriber's alerts.
 */
public final class StopFacts {
  private StopFacts() {}

  /**
   * A lab result as SAFE-TG and SAFE-ALT judge it.
   *
   * @param value in the analyte's canonical unit (mg/dL or U/L)
   * @param upperLimit the upper reference limit in the canonical unit (ALT/AST: the result's own or
   *     the policy default)
   */
  public record Lab(
      Analyte analyte, LocalDate date, BigDecimal value, Optional<BigDecimal> upperLimit) {}

  /** SAFE-SYMPTOM: the stop-now symptoms reported on or before the date that no review cleared. */
  public static List<SymptomReport> stopNowSymptoms(CaseHistory history, LocalDate date) {
    ReviewClearance reviews = new ReviewClearance(history, date);
    return history.stream(date, SymptomReport.class)
        .filter(s -> s.code().level() == TriageLevel.STOP_NOW)
        .filter(s -> !reviews.clears(SYMPTOM_NEEDS_REVIEW, s.date()))
        .toList();
  }

  /**
   * SAFE-PREGCHECK: the latest missed-period or contraception-failure report on or before the date
   * that no review cleared. When the decision holds fills for SAFE-PREGCHECK this is the report it
   * holds for: a negative test or a review dated on or after the latest report is on or after every
   * earlier one too.
   */
  public static Optional<SymptomReport> pregnancyCheckReport(CaseHistory history, LocalDate date) {
    ReviewClearance reviews = new ReviewClearance(history, date);
    return history.stream(date, SymptomReport.class)
        .filter(s -> s.code().asksForPregnancyTest())
        .filter(s -> !reviews.clears(PREGNANCY_CHECK_NEEDED, s.date()))
        .reduce((a, b) -> b);
  }

  /** SAFE-MOOD: the latest mood screen (the worst of its date) if it needs an uncleared review. */
  public static Optional<MoodScreen> moodScreenNeedingReview(CaseHistory history, LocalDate date) {
    ReviewClearance reviews = new ReviewClearance(history, date);
    return HardStopRules.latestMoodScreen(history, date)
        .filter(HardStopRules::moodNeedsReview)
        .filter(m -> !reviews.clears(MOOD_NEEDS_REVIEW, m.date()));
  }

  /** ALL-PREG+: the latest positive test since enrollment that no review cleared. */
  public static Optional<PregnancyTest> positiveTest(CaseHistory history, LocalDate date) {
    ReviewClearance reviews = new ReviewClearance(history, date);
    LocalDate since = history.patient().enrolledOn().orElse(LocalDate.MIN);
    return history.stream(date, PregnancyTest.class)
        .filter(t -> !t.negative() && !t.date().isBefore(since))
        .filter(t -> !reviews.clears(PREGNANCY_TEST_POSITIVE, t.date()))
        .reduce((a, b) -> b);
  }

  /**
   * SAFE-TG and SAFE-ALT: the latest result of triglycerides, ALT and AST (in that order) when it
   * is at the stop level and no review cleared it.
   */
  public static List<Lab> stopLevelLabs(CaseHistory history, Policy policy, LocalDate date) {
    ReviewClearance reviews = new ReviewClearance(history, date);
    Map<Analyte, LatestLab> latest = LatestLab.allOf(history.asOf(date, LabResult.class), policy);
    List<Lab> out = new ArrayList<>();
    for (Analyte a : List.of(Analyte.TRIGLYCERIDES, Analyte.ALT, Analyte.AST)) {
      LatestLab l = latest.get(a);
      if (l != null && atStopLevel(l, policy) && !reviews.clears(LAB_NEEDS_REVIEW, l.date())) {
        out.add(new Lab(a, l.date(), l.value(), l.upperLimit()));
      }
    }
    return out;
  }

  /**
   * The stop a newly recorded fact raises on its own, before any review: a stop-now symptom
   * (SAFE-SYMPTOM); a missed period or contraception failure of a patient who can get pregnant or
   * whose category is unknown (SAFE-PREGCHECK); a positive pregnancy test (ALL-PREG+); a PHQ-9 that
   * needs review and is the latest screen (SAFE-MOOD); a lab at the stop level that is the latest
   * result of its analyte (SAFE-TG, SAFE-ALT). A fact that a later-dated screen or result already
   * supersedes raises nothing.
   *
   * @param history the course's history with the fact in it
   */
  public static Optional<ReasonCode> raisedBy(
      CourseEvent fact, CaseHistory history, Policy policy) {
    return switch (fact) {
      case SymptomReport s when s.code().level() == TriageLevel.STOP_NOW ->
          Optional.of(SYMPTOM_NEEDS_REVIEW);
      case SymptomReport s when s.code().asksForPregnancyTest() && mayBePregnant(history) ->
          Optional.of(PREGNANCY_CHECK_NEEDED);
      case PregnancyTest t when !t.negative() -> Optional.of(PREGNANCY_TEST_POSITIVE);
      case MoodScreen m when HardStopRules.moodNeedsReview(m) && latestOfItsKind(m, history) ->
          Optional.of(MOOD_NEEDS_REVIEW);
      case LabResult r
          when lab(r, policy).filter(l -> atStopLevel(l, policy)).isPresent()
              && latestOfItsKind(r, history) ->
          Optional.of(LAB_NEEDS_REVIEW);
      default -> Optional.empty();
    };
  }

  /** A lab result as SAFE-TG and SAFE-ALT read it; empty for an analyte no stop reads. */
  public static Optional<Lab> lab(LabResult result, Policy policy) {
    LatestLab l = LatestLab.allOf(List.of(result), policy).get(result.analyte().orElse(null));
    return Optional.ofNullable(l)
        .map(x -> new Lab(x.analyte(), x.date(), x.value(), x.upperLimit()));
  }

  private static boolean atStopLevel(Lab lab, Policy policy) {
    return atStopLevel(
        new LatestLab(lab.analyte(), lab.date(), lab.value(), lab.upperLimit()), policy);
  }

  private static boolean atStopLevel(LatestLab l, Policy policy) {
    return switch (l.analyte()) {
      case TRIGLYCERIDES -> l.atLeast(policy.tgStopMgDl());
      case ALT, AST -> l.aboveStopMultiple(policy.altStopMultiple());
      default -> false;
    };
  }

  private static boolean mayBePregnant(CaseHistory history) {
    return history
        .patient()
        .riskCategory()
        .filter(c -> c == RiskCategory.CANNOT_GET_PREGNANT)
        .isEmpty();
  }

  /** No screen (or result of the same analyte) is dated after this one. */
  private static boolean latestOfItsKind(CourseEvent fact, CaseHistory history) {
    return history.events().stream()
        .filter(e -> e.date().isAfter(fact.date()))
        .noneMatch(e -> sameKind(e, fact));
  }

  private static boolean sameKind(CourseEvent e, CourseEvent fact) {
    if (fact instanceof LabResult r) {
      return e instanceof LabResult o && o.analyte().equals(r.analyte());
    }
    return e.getClass() == fact.getClass();
  }
}
