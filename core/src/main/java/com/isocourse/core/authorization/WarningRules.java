package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.*;
import static com.isocourse.core.rulesets.RuleDescription.rule;

import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.SymptomReport;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.exact.Decimals;
import com.isocourse.core.interactions.InteractionGroup;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.monitoring.LabSchedule;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetChooser;
import com.isocourse.core.rulesets.RuleSetId;
import com.isocourse.core.selfreport.MoodReading;
import com.isocourse.core.symptoms.TriageLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Warnings and notes (rules.md §3.3): shown to pharmacist and prescriber, never blocking. */
final class WarningRules {
  /** The warnings and notes of §3.3, as {@code isocourse rules} lists them. */
  static final List<RuleDescription> RULES =
      List.of(
          rule("WARN-TG", "Warning: latest triglycerides 500 mg/dL or more.", TG_ELEVATED),
          rule("WARN-ALT", "Warning: latest ALT/AST above the upper limit.", ALT_ELEVATED),
          rule(
              "WARN-CHOL",
              "Warning: latest total cholesterol above 300 mg/dL.",
              CHOLESTEROL_ELEVATED),
          rule("WARN-VITA", "Warning: active vitamin A supplement.", INTERACTION_VITAMIN_A),
          rule("WARN-SJW", "Warning: active St John's wort.", INTERACTION_ST_JOHNS_WORT),
          rule(
              "WARN-BONE",
              "Warning: active phenytoin or systemic corticosteroid.",
              INTERACTION_BONE),
          rule(
              "WARN-MOOD",
              "Warning: PHQ-9 10–19 with item 9 = 0, or PHQ-2 3 or more.",
              MOOD_SCREEN_POSITIVE),
          rule(
              "WARN-SYMPTOM",
              "Warning: call-prescriber symptom since the latest dispense.",
              SYMPTOM_CALL_PRESCRIBER),
          rule("WARN-LABS", "Warning: monitoring labs overdue (§5).", LABS_OVERDUE),
          rule(
              "WARN-TARGET",
              "Warning: cumulative dose at or above the course target.",
              CUMULATIVE_TARGET_REACHED),
          rule(
              "WARN-RULESET",
              "Warning: rule set changed since the latest dispense.",
              RULESET_CHANGED),
          rule(
              "NOTE-LOWDOSE",
              "Note: prescribed dose below 0.5 mg/kg/day (micronized 0.4).",
              LOW_DOSE_REGIMEN),
          rule("NOTE-HIGHTARGET", "Note: course target above 150 mg/kg.", HIGH_CUMULATIVE_TARGET));

  private WarningRules() {}

  static void apply(DecisionContext c, Optional<CumulativeDose> cumulative, Findings f) {
    labs(c, f);
    interaction(
        c,
        f,
        InteractionGroup.VITAMIN_A,
        INTERACTION_VITAMIN_A,
        "a vitamin A supplement (adds to isotretinoin's toxicity)");
    interaction(
        c,
        f,
        InteractionGroup.ST_JOHNS_WORT,
        INTERACTION_ST_JOHNS_WORT,
        "St John's wort (hormonal contraception may fail)");
    interaction(
        c, f, InteractionGroup.BONE_RISK, INTERACTION_BONE, "a drug that adds to bone loss");
    mood(c, f);
    symptoms(c, f);
    labsOverdue(c, f);
    cumulative
        .filter(CumulativeDose::targetReached)
        .ifPresent(
            d ->
                f.add(
                    CUMULATIVE_TARGET_REACHED,
                    "WARN-TARGET",
                    String.format(
                        Locale.ROOT,
                        "The cumulative dose is %.1f mg/kg, at or above the course target of %s mg/kg; the prescriber should decide whether to end the course.",
                        d.equivalentMgPerKg(),
                        EveryPatientRules.trim(d.targetMgPerKg()))));
    ruleSetChanged(c, f);
    notes(c, f);
  }

  /** WARN-TG, WARN-ALT, WARN-CHOL on the latest result of each lab. */
  static void labs(DecisionContext c, Findings f) {
    LatestLab.of(c, Analyte.TRIGLYCERIDES)
        .filter(l -> l.atLeast(500) && !l.atLeast(c.policy().tgStopMgDl()))
        .ifPresent(
            l ->
                f.add(
                    TG_ELEVATED,
                    "WARN-TG",
                    String.format(
                        Locale.ROOT,
                        "Triglycerides of %s were %.0f mg/dL (500 or more); the prescriber should repeat the test and review diet and dose.",
                        l.date(),
                        l.value())));
    for (Analyte a : List.of(Analyte.ALT, Analyte.AST)) {
      LatestLab.of(c, a)
          .filter(l -> l.aboveUpperLimit() && !l.aboveStopMultiple(c.policy().altStopMultiple()))
          .ifPresent(
              l ->
                  f.add(
                      ALT_ELEVATED,
                      "WARN-ALT",
                      String.format(
                          Locale.ROOT,
                          "%s of %s was %.0f U/L, above the upper limit of %.0f U/L; the prescriber should recheck liver tests.",
                          labName(a.name()),
                          l.date(),
                          l.value(),
                          l.limit())));
    }
    LatestLab.of(c, Analyte.TOTAL_CHOLESTEROL)
        .filter(l -> l.above(300))
        .ifPresent(
            l ->
                f.add(
                    CHOLESTEROL_ELEVATED,
                    "WARN-CHOL",
                    String.format(
                        Locale.ROOT,
                        "Total cholesterol of %s was %.0f mg/dL (above 300); the prescriber should review the lipid panel.",
                        l.date(),
                        l.value())));
  }

  static void interaction(
      DecisionContext c, Findings f, InteractionGroup group, ReasonCode code, String what) {
    c.activeMedications(group)
        .forEach(
            m ->
                f.add(
                    code,
                    code.defaultRule(),
                    m.name() + " is active: " + what + ". Tell the prescriber and the patient."));
  }

  /** WARN-MOOD: PHQ-9 total 10–19 with item 9 = 0, or PHQ-2 total 3 or more. */
  static void mood(DecisionContext c, Findings f) {
    HardStopRules.latestMoodScreen(c)
        .filter(WarningRules::moodPositive)
        .ifPresent(
            m ->
                f.add(
                    MOOD_SCREEN_POSITIVE,
                    "WARN-MOOD",
                    "The "
                        + m.instrument().code()
                        + " of "
                        + m.date()
                        + " scored "
                        + m.total()
                        + "; the prescriber should follow up on the patient's mood."));
  }

  /** WARN-MOOD: a PHQ-9 of 10–19 with item 9 = 0, or a PHQ-2 of 3 or more. */
  static boolean moodPositive(MoodScreen m) {
    return MoodReading.of(m) == MoodReading.POSITIVE;
  }

  /** WARN-SYMPTOM: call-prescriber symptoms after the latest dispense (or during the course). */
  static void symptoms(DecisionContext c, Findings f) {
    LocalDate after =
        c.asOf(Dispense.class).stream()
            .map(Dispense::date)
            .max(LocalDate::compareTo)
            .orElse(LocalDate.MIN);
    List<SymptomReport> calls =
        c.asOf(SymptomReport.class).stream()
            .filter(s -> s.code().level() == TriageLevel.CALL_PRESCRIBER && s.date().isAfter(after))
            .toList();
    if (!calls.isEmpty()) {
      String list =
          calls.stream()
              .map(s -> s.code().code() + " (" + s.date() + ")")
              .collect(Collectors.joining(", "));
      f.add(
          SYMPTOM_CALL_PRESCRIBER,
          "WARN-SYMPTOM",
          "The patient reported " + list + "; the prescriber should contact the patient.");
    }
  }

  /** WARN-LABS: a lab required by the monitoring schedule (§5) is overdue. */
  static void labsOverdue(DecisionContext c, Findings f) {
    List<DueItem> overdue =
        LabSchedule.overdueLabs(c.history(), c.date(), c.policy(), c.firstDispense());
    if (!overdue.isEmpty()) {
      String list =
          overdue.stream()
              .map(d -> labName(d.item()) + " (due " + d.date() + ")")
              .collect(Collectors.joining(", "));
      f.add(
          LABS_OVERDUE,
          "WARN-LABS",
          "Monitoring labs are overdue: " + list + "; the prescriber should order them.");
    }
  }

  /** The lab's name as a pharmacist reads it: "ALT", "AST", "triglycerides". */
  static String labName(String item) {
    return item.equals("ALT") || item.equals("AST")
        ? item
        : item.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * WARN-RULESET: the date-chosen rule set differs from the one in force at the latest dispense.
   */
  static void ruleSetChanged(DecisionContext c, Findings f) {
    if (c.ruleSetNamed()) {
      return;
    }
    c.asOf(Dispense.class).stream()
        .map(Dispense::date)
        .max(LocalDate::compareTo)
        .ifPresent(
            last -> {
              RuleSetId then = RuleSetChooser.byDate(c.history().jurisdiction(), last, c.policy());
              if (then != c.ruleSet()) {
                f.add(
                    RULESET_CHANGED,
                    "WARN-RULESET",
                    "The last dispense ("
                        + last
                        + ") was under "
                        + then.code()
                        + "; this one is decided under "
                        + c.ruleSet().code()
                        + ". Check the new requirements.");
              }
            });
  }

  /**
   * Notes: LOW_DOSE_REGIMEN (the prescribed dose below 0.5 mg/kg/day, micronized 0.4, compared
   * exactly as mg/day < limit × kg; a restated prescription is read on the same version as
   * ALL-MAXDOSE) and HIGH_CUMULATIVE_TARGET.
   */
  static void notes(DecisionContext c, Findings f) {
    c.strongestVersion()
        .ifPresent(
            rx ->
                c.currentWeight()
                    .ifPresent(
                        w -> {
                          BigDecimal kg = Decimals.of(w.weight().kg());
                          BigDecimal mgPerDay = Decimals.of(rx.mgPerDay());
                          BigDecimal limit =
                              Decimals.of(c.formulationOf(rx).lowDoseBelowMgPerKgPerDay());
                          if (Decimals.above(limit.multiply(kg), mgPerDay)) {
                            f.add(
                                LOW_DOSE_REGIMEN,
                                "NOTE-LOWDOSE",
                                String.format(
                                    Locale.ROOT,
                                    "The prescribed dose is %.2f mg/kg/day, a low-dose regimen (the prescriber's choice).",
                                    Decimals.divide(mgPerDay, kg)));
                          }
                        }));
    if (c.targetMgPerKg() > 150) {
      f.add(
          HIGH_CUMULATIVE_TARGET,
          "NOTE-HIGHTARGET",
          "The course target of "
              + EveryPatientRules.trim(c.targetMgPerKg())
              + " mg/kg is above the usual 120–150 mg/kg.");
    }
  }
}
