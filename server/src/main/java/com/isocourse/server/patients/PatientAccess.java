package com.isocourse.server.patients;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The relationship check: a prescriber reaches only their own patients, a designee only their
 * prescriber's, a patient only themselves. Anything else is "not found", so a denial never reveals
 * that the record exists. The patient is named in the audit row either way.
 */
@Component
public class PatientAccess {
  private final PatientRepository patients;

  public PatientAccess(PatientRepository patients) {
    this.patients = patients;
  }

  /** The patient, if this prescriber or designee cares for them. */
  public PatientRecord caredFor(CurrentUser user, long patientId, AuditFacts touched) {
    touched.patient(patientId);
    return patients
        .findById(patientId)
        .filter(p -> user.prescriberScope().map(s -> s == p.prescriberId()).orElse(false))
        .orElseThrow(() -> new NotFoundException("patient"));
  }

  /** The signed-in patient's own record. */
  public PatientRecord self(CurrentUser user, AuditFacts touched) {
    long own =
        switch (user) {
          case CurrentUser.PatientUser p -> p.patientId();
          case CurrentUser.Admin a -> throw new NotFoundException("patient");
          case CurrentUser.Prescriber p -> throw new NotFoundException("patient");
          case CurrentUser.Designee d -> throw new NotFoundException("patient");
          case CurrentUser.Pharmacist p -> throw new NotFoundException("patient");
        };
    touched.patient(own);
    return patients.findById(own).orElseThrow(() -> new NotFoundException("patient"));
  }
}
