package com.isocourse.core.authorization;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MedicationRecord;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.interactions.InteractionGroup;
import com.isocourse.core.interactions.InteractionMatcher;
import com.isocourse.core.labs.Analyte;
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
    Optional<Prescription> prescription,
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
    Optional<Prescription> rx =
        versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    boolean cancelled = versions.stream().anyMatch(Prescription::cancelled);
    boolean first = history.stream(date, Dispense.class).findAny().isEmpty();
    Optional<WeightMeasured> weight =
        history
            .latest(date, WeightMeasured.class)
            .filter(w -> !w.date().isBefore(date.minusDays(policy.weightMaxAgeDays())));
    return new DecisionContext(
        history,
        request,
        ruleSet,
        ruleSetNamed,
        policy,
        rx,
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

  /** The prescribed product family: the prescription's, else the course's, else conventional. */
  Formulation prescribedFormulation() {
    return prescription
        .flatMap(Prescription::formulation)
        .or(() -> history.course().formulation())
        .orElse(Formulation.CONVENTIONAL);
  }

  /** The course target (§4): the course's own, else the policy default. */
  double targetMgPerKg() {
    return history.course().targetMgPerKg().orElse(policy.targetMgPerKg());
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

  /** The contraception record that counts: the latest within 30 days before the request. */
  Optional<ContraceptionRecord> countingContraception() {
    List<ContraceptionRecord> recent =
        asOf(ContraceptionRecord.class).stream()
            .filter(r -> withinDaysBefore(r.date(), 30))
            .toList();
    return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(recent.size() - 1));
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
