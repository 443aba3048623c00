package com.isocourse.server.courses;

import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * What a prescriber (or the patient) sees of a course: cumulative dose, the projection to target,
 * what is due, and whether the next dispense would go through today and if not, why.
 *
 * @param readiness the engine's answer for the next dispense today (AUTHORIZED, DENIED,
 *     INDETERMINATE)
 * @param blockers blocking reasons of that answer
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
    List<PrescriptionView> prescriptions,
    List<EventView> history) {

  /** A prescription as listed in the summary. */
  public record PrescriptionView(
      String id, LocalDate writtenOn, String status, boolean dispensed, Object prescription) {}

  /** One history entry with who recorded it. */
  public record EventView(int seq, String type, Object event, long recordedBy, String recordedAt) {}
}
