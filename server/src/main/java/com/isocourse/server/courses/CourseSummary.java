package com.isocourse.server.courses;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.isocourse.core.authorization.Requirement;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.escalation.Escalation;
import com.isocourse.core.escalation.Trigger;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a prescriber (or the patient) sees of a course: cumulative dose, the projection to target,
 * what is due, and whether the next dispense would go through today and if not, why.
 *
 * @param readiness the engine's answer for the next dispense today (AUTHORIZED, DENIED,
 *     INDETERMINATE)
 * @param blockers blocking reasons of that answer
 * @param requirements every requirement that answer checked, met or not (core's checklist, ADR
 *     0017; on the patient's page only, empty in lists)
 * @param escalation how urgently the course needs the prescriber, and why (core {@code Escalation})
 */
public record CourseSummary(
    long patientId,
    String programId,
    String displayName,
    String jurisdiction,
    String riskCategory,
    String status,
    String formulation,
    LocalDate firstDoseDate,
    Double targetMgPerKg,
    Double plannedMgPerKgPerDay,
    LocalDate today,
    String ruleSet,
    CumulativeDose cumulative,
    DosePlan projection,
    List<DueItem> due,
    String readiness,
    List<Finding> blockers,
    List<Finding> warnings,
    List<Finding> missing,
    List<Requirement> requirements,
    List<PrescriptionView> prescriptions,
    List<EventView> history,
    EscalationView escalation) {

  /** A prescription as listed in the summary. */
  public record PrescriptionView(
      String id, LocalDate writtenOn, String status, boolean dispensed, Object prescription) {}

  /**
   * The course's severity tier and the triggers behind it in words (core {@code Escalation}).
   *
   * @param tier SAFETY_STOP, LAB_STOP, ADMINISTRATIVE_BLOCK, OVERDUE, DUE_TODAY, DUE_THIS_WEEK or
   *     NONE
   * @param triggers what put the course in its tier, e.g. "Suicidal thoughts reported 2026-11-30"
   * @param since the earliest date among the triggers (null when none has a date)
   * @param source core's escalation these words say, not serialized: the patient API says it again
   *     in a Spanish-reading patient's words (ADR 0018), which the strings cannot be turned into
   */
  public record EscalationView(
      String tier,
      String tierLabel,
      List<String> triggers,
      LocalDate since,
      @JsonIgnore Escalation source) {
    public EscalationView {
      triggers = List.copyOf(triggers);
      Objects.requireNonNull(source, "source");
    }

    public static EscalationView of(Escalation e) {
      return new EscalationView(
          e.tier().name(),
          e.tier().label(),
          e.triggers().stream().map(Trigger::words).toList(),
          e.since().orElse(null),
          e);
    }
  }

  /** One history entry with who recorded it. */
  public record EventView(int seq, String type, Object event, long recordedBy, String recordedAt) {}
}
