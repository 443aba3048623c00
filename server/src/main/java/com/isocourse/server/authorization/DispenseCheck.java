package com.isocourse.server.authorization;

import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.authorization.RequirementChecklist;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pharmacy's question asked as a check (REMS {@code $rems-etasu}): the same engine input and
 * the same decision as {@link PharmacyAuthorizations#request}, for the asking pharmacy when a
 * pharmacist asks, but nothing is stored and no authorization is issued. The prescription is the
 * one named, or the course's next undispensed one as the course summary chooses it ({@code (next)}
 * when there is none, which the engine answers "prescription not found").
 */
@Service
public class DispenseCheck {
  private final CaseFiles files;
  private final PrescriptionRepository prescriptions;
  private final JdbcClient jdbc;
  private final Clock clock;

  public DispenseCheck(
      CaseFiles files, PrescriptionRepository prescriptions, JdbcClient jdbc, Clock clock) {
    this.files = files;
    this.prescriptions = prescriptions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * What was decided, about which prescription, on which day, and every requirement the decision
   * checked for this patient (core's {@link RequirementChecklist}, ADR 0017).
   */
  public record Checked(
      PatientRecord patient,
      String prescriptionId,
      LocalDate date,
      DispenseDecision decision,
      RequirementChecklist checklist) {}

  @Transactional(readOnly = true)
  public Checked check(CurrentUser caller, PatientRecord patient, Optional<String> prescriptionId) {
    CaseFile file = files.load(patient);
    String rx =
        prescriptionId.orElseGet(
            () ->
                CourseSummaries.nextPrescription(
                    prescriptions.forCourse(file.course().id()).stream()
                        .map(PrescriptionRepository.PrescriptionRow::state)
                        .toList()));
    LocalDate today = LocalDate.now(clock);
    Boolean pharmacyActive =
        switch (caller) {
          case CurrentUser.Pharmacist p ->
              jdbc.sql("select coalesce((select active from pharmacy where id = ?), false)")
                  .param(p.pharmacyId())
                  .query(Boolean.class)
                  .single();
          case CurrentUser.Admin a -> null;
          case CurrentUser.Prescriber p -> null;
          case CurrentUser.Designee d -> null;
          case CurrentUser.PatientUser p -> null;
        };
    DispenseCase s =
        files.dispenseCase(
            file,
            new DispenseRequest(rx, today, Optional.empty()),
            Optional.ofNullable(pharmacyActive));
    DispenseDecision decision = s.decide();
    return new Checked(
        patient, rx, today, decision, RequirementChecklist.of(s.history(), s.request(), decision));
  }
}
