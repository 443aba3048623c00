package com.isocourse.server.courses;

import com.isocourse.core.authorization.CourseReadiness;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.RequirementChecklist;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.dosing.DoseProjection;
import com.isocourse.core.escalation.Escalation;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Builds the course summary by asking the engine, never by re-deciding: the readiness is the
 * dispense decision for the next undispensed prescription today (or, with none, for a dispense in
 * general, leaving out "prescription not found"), and the projection is the planner's. A completed
 * course shows only what stays due after it (core's {@code PostCourseTests}).
 */
@Service
public class CourseSummaries {
  static final String NO_PRESCRIPTION = "(next)";

  private final CaseFiles files;
  private final PrescriptionRepository prescriptions;
  private final Clock clock;

  public CourseSummaries(CaseFiles files, PrescriptionRepository prescriptions, Clock clock) {
    this.files = files;
    this.prescriptions = prescriptions;
    this.clock = clock;
  }

  public CourseSummary summarize(CaseFile file) {
    return summarize(file, prescriptions.forCourse(file.course().id()), files.policyOverrides());
  }

  /**
   * The summary from the case file, the course's prescriptions ({@link
   * PrescriptionRepository#forCourse} order) and the clinic's policy overrides, already loaded: CPU
   * only, for summarizing many cases loaded together.
   */
  public CourseSummary summarize(
      CaseFile file,
      List<PrescriptionRepository.PrescriptionRow> rx,
      Map<String, String> policyOverrides) {
    String next =
        nextPrescription(rx.stream().map(PrescriptionRepository.PrescriptionRow::state).toList());
    return summarize(file, next, rx, policyOverrides, LocalDate.now(clock), true);
  }

  /**
   * The worklist's summary: the same decision, due items and readiness, without the dose projection
   * and the prescription and history views, which a worklist line never shows and which cost a
   * fifth of its time. It is computed from its arguments and the case file only (the next
   * prescription as {@link #nextPrescription} chose it, and today given, not read from the clock),
   * so the worklist can keep it for as long as they are unchanged.
   */
  public CourseSummary worklistLine(
      CaseFile file,
      String nextPrescription,
      Map<String, String> policyOverrides,
      LocalDate today) {
    return summarize(file, nextPrescription, List.of(), policyOverrides, today, false);
  }

  /**
   * The prescription the summary's readiness is about: the latest active one not yet dispensed, of
   * the course's prescriptions in {@link PrescriptionRepository#forCourse} order; {@code "(next)"}
   * when there is none (the decision for a dispense in general).
   */
  public static String nextPrescription(List<PrescriptionRepository.PrescriptionState> rx) {
    return rx.stream()
        .filter(r -> r.status().equals("ACTIVE") && !r.dispensed())
        .reduce((a, b) -> b)
        .map(PrescriptionRepository.PrescriptionState::id)
        .orElse(NO_PRESCRIPTION);
  }

  private CourseSummary summarize(
      CaseFile file,
      String next,
      List<PrescriptionRepository.PrescriptionRow> rx,
      Map<String, String> policyOverrides,
      LocalDate today,
      boolean details) {
    DispenseCase s = files.nextFill(file, next, today, policyOverrides);
    DispenseDecision d = s.decide();
    // Readiness is core's reading of the decision (the same on every channel).
    CourseReadiness ready =
        CourseReadiness.of(
            d, file.course().status() == CourseStatus.ACTIVE, !next.equals(NO_PRESCRIPTION));
    List<Finding> blockers = ready.blockers();
    String readiness = ready.readiness().name();
    List<DueItem> due = CourseDue.of(file, s.history(), today, d::due);
    Escalation escalation =
        Escalation.assess(escalating(file, blockers, d), due, s.history(), d.policy(), today);
    Optional<CumulativeDose> cumulative = d.cumulative();
    return new CourseSummary(
        file.patient().id(),
        file.patient().programId(),
        file.patient().displayName(),
        file.patient().jurisdiction(),
        file.patient().riskCategory(),
        file.course().status().name(),
        file.course().formulation(),
        file.course().firstDoseDate(),
        file.course().targetMgPerKg(),
        file.course().plannedMgPerKgPerDay(),
        today,
        d.ruleSet().code(),
        cumulative.orElse(null),
        details && file.course().status() == CourseStatus.ACTIVE
            ? projection(file, s, today, cumulative).orElse(null)
            : null,
        due,
        readiness,
        blockers,
        d.warnings(),
        d.missing(),
        details ? RequirementChecklist.of(s.history(), s.request(), d).requirements() : List.of(),
        details ? prescriptionViews(rx) : List.of(),
        details ? history(file) : List.of(),
        CourseSummary.EscalationView.of(escalation));
  }

  /**
   * What the escalation tier reads of the decision: the blockers as shown, the missing facts and
   * the warnings while the course is active; nothing once it is completed (no fill is asked for,
   * only the post-course tests are due).
   */
  private static List<Finding> escalating(
      CaseFile file, List<Finding> blockers, DispenseDecision d) {
    if (file.course().status() != CourseStatus.ACTIVE) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>(blockers);
    out.addAll(d.missing());
    out.addAll(d.warnings());
    return out;
  }

  private static List<CourseSummary.PrescriptionView> prescriptionViews(
      List<PrescriptionRepository.PrescriptionRow> rx) {
    return rx.stream()
        .map(
            r ->
                new CourseSummary.PrescriptionView(
                    r.id(), r.writtenOn(), r.status(), r.dispensed(), r.payload()))
        .toList();
  }

  private static List<CourseSummary.EventView> history(CaseFile file) {
    return file.events().stream()
        .sorted(Comparator.comparingInt(StoredEvent::seq))
        .map(
            e ->
                new CourseSummary.EventView(
                    e.seq(), e.type(), e.payload(), e.recordedBy(), e.recordedAt().toString()))
        .toList();
  }

  /** The planner's projection from today with the latest weight and the dose taken so far. */
  private Optional<DosePlan> projection(
      CaseFile file, DispenseCase s, LocalDate today, Optional<CumulativeDose> cumulative) {
    CourseRecord c = file.course();
    if (c.formulation() == null || c.plannedMgPerKgPerDay() == null) {
      return Optional.empty();
    }
    return s.history()
        .currentWeight(today)
        .flatMap(
            w ->
                DoseProjection.project(
                    Formulation.fromCode(c.formulation()).orElseThrow(),
                    w.weight(),
                    c.plannedMgPerKgPerDay(),
                    c.targetMgPerKg() != null ? c.targetMgPerKg() : s.policy().targetMgPerKg(),
                    // missed or returned doses logged before any dispense must not go below zero
                    Math.max(0.0, cumulative.map(CumulativeDose::mg).orElse(0.0)),
                    today,
                    s.policy().maxCapsulesPerDose()));
  }
}
