package com.isocourse.server.fhir;

import com.isocourse.server.patients.PatientRecord;
import java.time.ZoneOffset;
import java.util.Date;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/** A stored patient as a FHIR Patient: program ID as identifier, name and birth date. */
final class PatientResources {
  private PatientResources() {}

  static Patient of(PatientRecord p) {
    Patient patient = new Patient();
    patient.setId(String.valueOf(p.id()));
    patient
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.OFFICIAL)
        .setSystem(FhirCodes.PROGRAM_ID)
        .setValue(p.programId());
    patient.addName().setText(p.displayName());
    patient.setBirthDateElement(new DateType(p.birthDate().toString()));
    patient.setActive(true);
    return patient;
  }

  /** A reference to the patient by logical id, with her program ID. */
  static Reference reference(PatientRecord p) {
    Reference r = new Reference("Patient/" + p.id());
    r.setDisplay(p.displayName());
    return r;
  }

  /** A clinical date (no time of day) as a FHIR date. */
  static Date date(java.time.LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
