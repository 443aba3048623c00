package com.isocourse.server.fhir;

import com.isocourse.server.patients.PatientRecord;
import java.time.ZoneOffset;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * A stored patient as a FHIR Patient: program ID as identifier, name (as text; its parts declared
 * absent), gender unknown (not recorded) and birth date. US Core's Patient constraints are checked
 * by hand in {@code UsCoreConstraintsTest}; no profile is claimed.
 */
final class PatientResources {
  static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  private PatientResources() {}

  static Patient of(PatientRecord p) {
    Patient patient = new Patient();
    patient.setId(String.valueOf(p.id()));
    patient
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.OFFICIAL)
        .setSystem(FhirCodes.PROGRAM_ID)
        .setValue(p.programId());
    // The program records a display name, not its parts: the parts are declared absent rather
    // than guessed (US Core us-core-6), and no administrative gender is recorded (the risk
    // category is not one): unknown.
    HumanName name = patient.addName().setText(p.displayName());
    name.addExtension(DATA_ABSENT_REASON, new CodeType("unknown"));
    patient.setGender(Enumerations.AdministrativeGender.UNKNOWN);
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
