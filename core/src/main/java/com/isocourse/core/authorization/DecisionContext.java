package com.isocourse.core.authorization;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MedicationRecord;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.exact.Decimals;
import com.isocourse.core.interactions.InteractionGroup;
import com.isocourse.core.interactions.InteractionMatcher;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.pregnancy.PregnancyTestWindow;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts every rule of one decision reads, resolved once: the history as it stood on the request
 * date (rules.md §3: later facts are ignored), the prescription asked about, whether this is the
 * course's first dispense, and the current body weight.
 */
record DecisionContext(
    CaseHistory history,
    DispenseRequest request,
    RuleSetId ruleSet,
    boolean ruleSetNamed,
    Policy policy,
    List<Prescription> prescriptionVersions,
    boolean prescriptionCancelled,
    boolean firstDispense,
    Optional<WeightMeasured> currentWeight,
    ReviewClearance reviews,
    Map<Analyte, LatestLab> latestLabs) {

  static DecisionContext of(
      CaseHistory history,
      DispenseRequest request,
      RuleSetId ruleSet,
      boolean ruleSetNamed,
      Policy policy) {
    LocalDate date = request.date();
    List<Prescription> versions =
        history.asOf(date, Prescription.class).stream()
            .filter(p -> p.id().equals(request.prescriptionId()))
            .toList();
    List<Prescription> current =
        versions.isEmpty()
            ? List.of()
            : versions.stream()
                .filter(p -> p.date().equals(versions.get(versions.size() - 1).date()))
                .toList();
    boolean cancelled = versions.stream().anyMatch(Prescription::cancelled);
    boolean first = history.stream(date, Dispense.class).findAny().isEmpty();
    Optional<WeightMeasured> weight =
        history
            .currentWeight(date)
            .filter(w -> !w.date().isBefore(date.minusDays(policy.weightMaxAgeDays())));
    return new DecisionContext(
        history,
        request,
        ruleSet,
        ruleSetNamed,
        policy,
        current,
        cancelled,
        first,
        weight,
        new ReviewClearance(history, date),
        LatestLab.allOf(history.asOf(date, LabResult.class), policy));
  }

  LocalDate date() {
    return request.date();
  }

  Optional<RiskCategory> category() {
    return history.patient().riskCategory();
  }

  /**
   * The prescription asked about as written on its latest date. When it was restated on that date
   * each check reads {@link #prescriptionVersions()} and judges the version least favourable to
   * dispensing (rules.md §3, worst record wins); this one serves what all versions share: its id
   * and date.
   */
  Optional<Prescription> prescription() {
    return prescriptionVersions.isEmpty()
        ? Optional.empty()
        : Optional.of(prescriptionVersions.get(0));
  }

  /**
   * The days' supply of a prescription of this course (ALL-ONEFILL): of its versions dated on or
   * before the request, those of the latest date, the largest supply (worst record wins); empty
   * when the prescription is not in the history.
   */
  Optional<Integer> daysSupplyOf(String prescriptionId) {
    List<Prescription> versions =
        asOf(Prescription.class).stream().filter(p -> p.id().equals(prescriptionId)).toList();
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    LocalDate latest = versions.get(versions.size() - 1).date();
    return versions.stream()
        .filter(p -> p.date().equals(latest))
        .map(Prescription::daysSupply)
        .max(Integer::compare);
  }

  /** A version's product family: its own, else the course's, else conventional. */
  Formulation formulationOf(Prescription rx) {
    return rx.formulation()
        .or(() -> history.course().formulation())
        .orElse(Formulation.CONVENTIONAL);
  }

  /**
   * The version with the largest daily dose relative to its formulation's maximum (ALL-MAXDOSE,
   * NOTE-LOWDOSE): the least favourable to dispensing. Compared exactly: a/maxA vs b/maxB by
   * cross-multiplication.
   */
  Optional<Prescription> strongestVersion() {
    return prescriptionVersions.stream()
        .max(
            (a, b) ->
                Decimals.of(a.mgPerDay())
                    .multiply(Decimals.of(formulationOf(b).maxMgPerKgPerDay()))
                    .compareTo(
                        Decimals.of(b.mgPerDay())
                            .multiply(Decimals.of(formulationOf(a).maxMgPerKgPerDay()))));
  }

  /** The course target (§4): the course's own, else the policy default. */
  double targetMgPerKg() {
    return history.course().targetMgPerKg().orElse(policy.targetMgPerKg());
  }

  /**
   * Whether a pregnancy test's setting counts for the rule set's window (US26-HOME, §3.5 for 2021;
   * EU-TEST: medically supervised only). SAFE-PREGCHECK is cleared only by such a test.
   */
  boolean testSettingCounts(PregnancyTest t) {
    Optional<LocalDate> firstDose = history.course().firstDoseDate();
    return switch (ruleSet) {
      case US_IPLEDGE_2026 ->
          PregnancyTestWindow.counts2026(t, firstDose, history.patient().homeTestingAllowed());
      case US_IPLEDGE_2021 -> t.inMedicalSetting();
      case EU_PPP_2018 -> t.inMedicalSetting();
    };
  }

  /** Events of a type dated on or before the request date, oldest first. */
  <T extends CourseEvent> List<T> asOf(Class<T> type) {
    return history.asOf(date(), type);
  }

  /** "Within N days before the request": request − N ≤ day ≤ request (rules.md §3). */
  boolean withinDaysBefore(LocalDate day, int days) {
    return !day.isBefore(date().minusDays(days)) && !day.isAfter(date());
  }

  /**
   * "Before the first dose" (rules.md §3): on or before {@code firstDoseDate}, or on or before the
   * request date while the course has not started.
   */
  boolean beforeFirstDose(LocalDate day) {
    return history.course().firstDoseDate().map(f -> !day.isAfter(f)).orElse(true);
  }

  /**
   * The contraception records that count: the latest within 30 days before the request, with every
   * other record of that same date (rules.md §3: a record that fails the requirement counts over
   * one that meets it, so each of them is judged).
   */
  List<ContraceptionRecord> countingContraception() {
    return history.latestDay(date(), ContraceptionRecord.class).stream()
        .filter(r -> withinDaysBefore(r.date(), 30))
        .toList();
  }

  /**
   * Systemic medications of an interaction group active on the request date (SAFE-TETRA,
   * SAFE-RETINOID, WARN-VITA, WARN-SJW, WARN-BONE); local routes never match.
   */
  List<MedicationRecord> activeMedications(InteractionGroup group) {
    return asOf(MedicationRecord.class).stream()
        .filter(m -> m.activeOn(date()) && InteractionMatcher.groupsOf(m).contains(group))
        .toList();
  }
}
