package com.isocourse.core.escalation;

import com.isocourse.core.authorization.StopFacts;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.SymptomReport;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.symptoms.SymptomCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A course's severity tier on a date with the triggers that put it there, named in words: for a
 * stop, every fact behind every stop (safety stops first, then lab stops); otherwise the triggers
 * of the tier itself. A course on track has none.
 */
public record Escalation(SeverityTier tier, List<Trigger> triggers) {
  public Escalation {
    Objects.requireNonNull(tier, "tier");
    triggers = List.copyOf(triggers);
  }

  /** Nothing needs the prescriber. */
  public static final Escalation NONE = new Escalation(SeverityTier.NONE, List.of());

  /**
   * The escalation of a course from its decision on a date.
   *
   * @param findings the decision's reasons, missing facts and warnings, as the caller shows them (a
   *     summary leaves out "prescription not found" when there is no prescription)
   * @param due the course's due items on the date
   * @param history the history the decision was made on (to name the facts behind its stops)
   */
  public static Escalation assess(
      List<Finding> findings,
      List<DueItem> due,
      CaseHistory history,
      Policy policy,
      LocalDate date) {
    Set<ReasonCode> codes =
        findings.stream().map(Finding::code).collect(Collectors.toCollection(LinkedHashSet::new));
    SeverityTier tier = SeverityTier.of(codes, due, date);
    List<Trigger> triggers = new ArrayList<>();
    switch (tier) {
      case SAFETY_STOP, LAB_STOP -> triggers.addAll(stops(codes, history, policy, date));
      case ADMINISTRATIVE_BLOCK, OVERDUE ->
          codes.stream()
              .filter(c -> SeverityTier.of(c) == tier)
              .map(Trigger.Reason::new)
              .forEach(triggers::add);
      default -> {
        // due today, due this week and on track are named by their due items alone
      }
    }
    if (tier != SeverityTier.ADMINISTRATIVE_BLOCK) {
      due.stream()
          .map(d -> new Trigger.Due(d, date))
          .filter(t -> t.tier() == tier && tier != SeverityTier.NONE)
          .forEach(triggers::add);
    }
    if (tier == SeverityTier.OVERDUE && triggers.stream().anyMatch(t -> t instanceof Trigger.Due)) {
      // the overdue lab items already say which labs: no need for "monitoring labs overdue" too
      triggers.removeIf(t -> t instanceof Trigger.Reason);
    }
    return new Escalation(tier, triggers);
  }

  /** Every fact behind the stops among the codes, safety stops first, then lab stops. */
  private static List<Trigger> stops(
      Set<ReasonCode> codes, CaseHistory history, Policy policy, LocalDate date) {
    List<Trigger> out = new ArrayList<>();
    for (ReasonCode code :
        List.of(
            ReasonCode.SYMPTOM_NEEDS_REVIEW,
            ReasonCode.MOOD_NEEDS_REVIEW,
            ReasonCode.PREGNANCY_TEST_POSITIVE,
            ReasonCode.PREGNANCY_CHECK_NEEDED,
            ReasonCode.LAB_NEEDS_REVIEW)) {
      if (!codes.contains(code)) {
        continue;
      }
      List<Trigger.Stop> facts = facts(code, history, policy, date);
      if (facts.isEmpty()) {
        out.add(new Trigger.Reason(code)); // never unnamed, even if the fact cannot be found
      } else {
        out.addAll(facts);
      }
    }
    return out;
  }

  private static List<Trigger.Stop> facts(
      ReasonCode code, CaseHistory history, Policy policy, LocalDate date) {
    return switch (code) {
      case SYMPTOM_NEEDS_REVIEW ->
          StopFacts.stopNowSymptoms(history, date).stream()
              // suicidal thoughts first, then the most recent report first
              .sorted(
                  Comparator.comparing(
                          (SymptomReport s) -> s.code() != SymptomCode.SUICIDAL_THOUGHTS)
                      .thenComparing(SymptomReport::date, Comparator.reverseOrder()))
              .map(s -> (Trigger.Stop) new Trigger.StopNowSymptom(s.code(), s.date()))
              .distinct()
              .toList();
      case MOOD_NEEDS_REVIEW ->
          StopFacts.moodScreenNeedingReview(history, date).stream().map(Escalation::mood).toList();
      case PREGNANCY_TEST_POSITIVE ->
          StopFacts.positiveTest(history, date).stream()
              .map(t -> (Trigger.Stop) new Trigger.PositivePregnancyTest(t.date()))
              .toList();
      case PREGNANCY_CHECK_NEEDED ->
          StopFacts.pregnancyCheckReport(history, date).stream()
              .map(s -> (Trigger.Stop) new Trigger.PregnancyCheck(s.code(), s.date()))
              .toList();
      case LAB_NEEDS_REVIEW ->
          StopFacts.stopLevelLabs(history, policy, date).stream().map(Escalation::lab).toList();
      // every other code names no stop fact; listed so a new code fails the build here
      case PATIENT_NOT_ENROLLED,
          PRESCRIBER_NOT_CERTIFIED,
          PHARMACY_NOT_ACTIVE,
          PRESCRIPTION_NOT_FOUND,
          PRESCRIPTION_ALREADY_DISPENSED,
          PRESCRIPTION_CANCELLED,
          QUANTITY_EXCEEDS_PRESCRIPTION,
          SUPPLY_OVER_30_DAYS,
          REFILLS_NOT_ALLOWED,
          PATIENT_TOO_YOUNG,
          FORMULATION_MISMATCH,
          DOSE_ABOVE_MAXIMUM,
          RETREATMENT_TOO_SOON,
          DISPENSE_TOO_SOON,
          WEIGHT_MISSING,
          RISK_CATEGORY_MISSING,
          BIRTH_DATE_MISSING,
          PRESCRIBER_STATUS_MISSING,
          PHARMACY_STATUS_MISSING,
          INTERACTION_TETRACYCLINE,
          INTERACTION_RETINOID,
          PRETREATMENT_TESTS_INCOMPLETE,
          CONTRACEPTION_LEAD_IN_TOO_SHORT,
          PREGNANCY_TEST_OUTSIDE_WINDOW,
          PREGNANCY_TEST_MISSING,
          PREGNANCY_TEST_SETTING_NOT_ALLOWED,
          CONTRACEPTION_NOT_DOCUMENTED,
          CONTRACEPTION_INSUFFICIENT,
          COMPREHENSION_NOT_COMPLETED,
          COUNSELING_NOT_CONFIRMED,
          PRESCRIPTION_WINDOW_EXPIRED,
          LOCKOUT_19_DAY,
          ACKNOWLEDGEMENT_MISSING,
          TG_ELEVATED,
          ALT_ELEVATED,
          CHOLESTEROL_ELEVATED,
          INTERACTION_VITAMIN_A,
          INTERACTION_ST_JOHNS_WORT,
          INTERACTION_BONE,
          MOOD_SCREEN_POSITIVE,
          SYMPTOM_CALL_PRESCRIBER,
          LABS_OVERDUE,
          CUMULATIVE_TARGET_REACHED,
          RULESET_CHANGED,
          LOW_DOSE_REGIMEN,
          HIGH_CUMULATIVE_TARGET ->
          List.of();
    };
  }

  /**
   * The stop a newly recorded fact raises on its own ({@link StopFacts#raisedBy}), as a trigger:
   * what the prescriber is alerted to when the fact is recorded.
   *
   * @param history the course's history with the fact in it
   */
  public static Optional<Trigger.Stop> raisedBy(
      CourseEvent fact, CaseHistory history, Policy policy) {
    return StopFacts.raisedBy(fact, history, policy)
        .map(
            code ->
                switch (fact) {
                  case SymptomReport s when code == ReasonCode.PREGNANCY_CHECK_NEEDED ->
                      new Trigger.PregnancyCheck(s.code(), s.date());
                  case SymptomReport s -> new Trigger.StopNowSymptom(s.code(), s.date());
                  case MoodScreen m -> mood(m);
                  case LabResult r -> lab(StopFacts.lab(r, policy).orElseThrow());
                  default -> new Trigger.PositivePregnancyTest(fact.date());
                });
  }

  private static Trigger.Stop mood(MoodScreen m) {
    return new Trigger.MoodScreenStop(m.date(), m.total(), m.item9().orElse(0));
  }

  private static Trigger.Stop lab(StopFacts.Lab l) {
    return new Trigger.StopLevelLab(l.analyte(), l.date(), l.value(), l.upperLimit());
  }

  /** The triggers in words, joined with "; " (empty when on track). */
  public String words() {
    return triggers.stream().map(Trigger::words).collect(Collectors.joining("; "));
  }

  /** The earliest date among the triggers: how long the oldest of them has waited. */
  public Optional<LocalDate> since() {
    return triggers.stream()
        .map(Trigger::date)
        .flatMap(Optional::stream)
        .min(Comparator.naturalOrder());
  }
}
