package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.*;
import static com.isocourse.core.rulesets.RuleDescription.rule;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.course.SymptomReport;
import com.isocourse.core.interactions.InteractionGroup;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.selfreport.MoodReading;
import com.isocourse.core.symptoms.TriageLevel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Clinical hard stops (rules.md §3.2), the same under every rule set. Each blocks until a
 * prescriber review dated on or after the triggering fact clears its code.
 */
final class HardStopRules {
  /** The rules of §3.2 with the codes each emits, as {@code isocourse rules} lists them. */
  static final List<RuleDescription> RULES =
      List.of(
          rule(
              "SAFE-TETRA",
              "No active tetracycline-class drug unless reviewed.",
              INTERACTION_TETRACYCLINE),
          rule(
              "SAFE-RETINOID",
              "No active other systemic retinoid unless reviewed.",
              INTERACTION_RETINOID),
          rule("SAFE-SYMPTOM", "No unreviewed stop-now symptom.", SYMPTOM_NEEDS_REVIEW),
          rule(
              "SAFE-PREGCHECK",
              "PCGP or unknown: a missed period or contraception failure holds fills until a later"
                  + " negative test or a review.",
              PREGNANCY_CHECK_NEEDED),
          rule(
              "SAFE-MOOD",
              "Latest PHQ-9 item 9 = 0 and total below 20, or reviewed.",
              MOOD_NEEDS_REVIEW),
          rule(
              "SAFE-TG",
              "Latest triglycerides below tg.stopMgDl (880 mg/dL), or reviewed.",
              LAB_NEEDS_REVIEW),
          rule(
              "SAFE-ALT",
              "Latest ALT/AST at most alt.stopMultiple (3) × upper limit, or reviewed.",
              LAB_NEEDS_REVIEW));

  private HardStopRules() {}

  static void apply(DecisionContext c, Findings f) {
    interaction(
        c,
        f,
        InteractionGroup.TETRACYCLINE,
        INTERACTION_TETRACYCLINE,
        "SAFE-TETRA",
        "a tetracycline-class antibiotic");
    interaction(
        c,
        f,
        InteractionGroup.SYSTEMIC_RETINOID,
        INTERACTION_RETINOID,
        "SAFE-RETINOID",
        "another systemic retinoid");
    symptoms(c, f);
    pregnancyCheck(c, f);
    mood(c, f);
    triglycerides(c, f);
    liverEnzyme(c, f, Analyte.ALT);
    liverEnzyme(c, f, Analyte.AST);
  }

  /** SAFE-TETRA, SAFE-RETINOID: an active systemic interacting drug on the request date. */
  static void interaction(
      DecisionContext c,
      Findings f,
      InteractionGroup group,
      ReasonCode code,
      String rule,
      String what) {
    c.activeMedications(group).stream()
        .filter(m -> !c.reviews().clears(code, m.date()))
        .forEach(
            m ->
                f.add(
                    code,
                    rule,
                    m.name()
                        + " ("
                        + what
                        + ", recorded "
                        + m.date()
                        + ") is active on "
                        + c.date()
                        + "; together with isotretinoin it can raise pressure around the brain. Do not dispense until the prescriber stops it or reviews the combination."));
  }

  /** SAFE-SYMPTOM: any stop-now symptom reported during the course, before the first dose too. */
  static void symptoms(DecisionContext c, Findings f) {
    c.asOf(SymptomReport.class).stream()
        .filter(s -> s.code().level() == TriageLevel.STOP_NOW)
        .filter(s -> !c.reviews().clears(SYMPTOM_NEEDS_REVIEW, s.date()))
        .forEach(
            s ->
                f.add(
                    SYMPTOM_NEEDS_REVIEW,
                    "SAFE-SYMPTOM",
                    "The patient reported '"
                        + s.code().code()
                        + "' on "
                        + s.date()
                        + ", a stop-now symptom; the prescriber must review it before any further dispense."));
  }

  /**
   * SAFE-PREGCHECK: a patient who can get pregnant (or whose category is unknown) reported a missed
   * period or a contraception failure, and no negative pregnancy test dated on or after that report
   * is on file. A negative test clears it only in a setting that counts for the rule set's window
   * (ADR 0002); a prescriber review dated on or after the report clears it too.
   */
  static void pregnancyCheck(DecisionContext c, Findings f) {
    if (c.category().filter(k -> k == RiskCategory.CANNOT_GET_PREGNANT).isPresent()) {
      return;
    }
    List<PregnancyTest> negatives =
        c.asOf(PregnancyTest.class).stream()
            .filter(t -> t.negative() && c.testSettingCounts(t))
            .toList();
    c.asOf(SymptomReport.class).stream()
        .filter(s -> s.code().asksForPregnancyTest())
        .filter(s -> negatives.stream().noneMatch(t -> !t.date().isBefore(s.date())))
        .filter(s -> !c.reviews().clears(PREGNANCY_CHECK_NEEDED, s.date()))
        .reduce((a, b) -> b)
        .ifPresent(
            s ->
                f.add(
                    PREGNANCY_CHECK_NEEDED,
                    "SAFE-PREGCHECK",
                    "The patient reported '"
                        + s.code().code()
                        + "' on "
                        + s.date()
                        + "; fills are held until a negative pregnancy test collected on or after"
                        + " that date is on file, or the prescriber reviews it."));
  }

  /** SAFE-MOOD: the latest mood screen is a PHQ-9 with item 9 above 0 or a total of 20 or more. */
  static void mood(DecisionContext c, Findings f) {
    latestMoodScreen(c)
        .filter(HardStopRules::moodNeedsReview)
        .filter(m -> !c.reviews().clears(MOOD_NEEDS_REVIEW, m.date()))
        .ifPresent(
            m ->
                f.add(
                    MOOD_NEEDS_REVIEW,
                    "SAFE-MOOD",
                    "The PHQ-9 of "
                        + m.date()
                        + " (total "
                        + m.total()
                        + ", item 9 = "
                        + m.item9().orElse(0)
                        + ") needs the prescriber's review before any further dispense."));
  }

  static boolean moodNeedsReview(MoodScreen m) {
    return MoodReading.of(m).needsReview();
  }

  /**
   * The latest mood screen; on a same-date tie, the worst one (rules.md §3): one that needs review
   * over one that warns over one that does neither, then the higher item 9, then the higher total
   * (PHQ-2 scaled to PHQ-9's range), then PHQ-9 over PHQ-2 — a total order, so the choice never
   * depends on input order.
   */
  static Optional<MoodScreen> latestMoodScreen(DecisionContext c) {
    return latestMoodScreen(c.history(), c.date());
  }

  /** As {@link #latestMoodScreen(DecisionContext)}, for the history as of a date. */
  static Optional<MoodScreen> latestMoodScreen(CaseHistory history, LocalDate date) {
    return history.latestDay(date, MoodScreen.class).stream()
        .max(
            Comparator.comparingInt(HardStopRules::moodTier)
                .thenComparingInt(m -> m.item9().orElse(0))
                .thenComparingInt(
                    m ->
                        m.instrument() == MoodScreen.Instrument.PHQ9
                            ? m.total() * 6
                            : m.total() * 27)
                .thenComparing(m -> m.instrument() == MoodScreen.Instrument.PHQ9));
  }

  /** 2: SAFE-MOOD, 1: WARN-MOOD, 0: neither. */
  private static int moodTier(MoodScreen m) {
    return moodNeedsReview(m) ? 2 : WarningRules.moodPositive(m) ? 1 : 0;
  }

  /** SAFE-TG: the latest triglycerides at or above policy {@code tg.stopMgDl}. */
  static void triglycerides(DecisionContext c, Findings f) {
    LatestLab.of(c, Analyte.TRIGLYCERIDES)
        .filter(l -> l.atLeast(c.policy().tgStopMgDl()))
        .filter(l -> !c.reviews().clears(LAB_NEEDS_REVIEW, l.date()))
        .ifPresent(
            l ->
                f.add(
                    LAB_NEEDS_REVIEW,
                    "SAFE-TG",
                    String.format(
                        Locale.ROOT,
                        "Triglycerides of %s were %.0f mg/dL, at or above the stop level of %.0f mg/dL (pancreatitis risk); the prescriber must review before any further dispense.",
                        l.date(),
                        l.value(),
                        c.policy().tgStopMgDl())));
  }

  /** SAFE-ALT: the latest ALT or AST above the stop multiple of the upper reference limit. */
  static void liverEnzyme(DecisionContext c, Findings f, Analyte analyte) {
    double multiple = c.policy().altStopMultiple();
    LatestLab.of(c, analyte)
        .filter(l -> l.aboveStopMultiple(multiple))
        .filter(l -> !c.reviews().clears(LAB_NEEDS_REVIEW, l.date()))
        .ifPresent(
            l ->
                f.add(
                    LAB_NEEDS_REVIEW,
                    "SAFE-ALT",
                    String.format(
                        Locale.ROOT,
                        "%s of %s was %.0f U/L, above %s × the upper limit of %.0f U/L; the prescriber must review before any further dispense.",
                        WarningRules.labName(analyte.name()),
                        l.date(),
                        l.value(),
                        EveryPatientRules.trim(multiple),
                        l.limit())));
  }
}
