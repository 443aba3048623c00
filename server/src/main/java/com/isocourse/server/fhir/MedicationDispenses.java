package com.isocourse.server.fhir;

import com.isocourse.server.authorization.DispenseHistory.DispenseRow;
import com.isocourse.server.authorization.DispenseHistory.Line;
import com.isocourse.server.patients.PatientRecord;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A recorded dispense as a MedicationDispense: what the pharmacy handed over (one line per strength
 * with its count, the RxNorm capsule code when all lines have one strength as for the
 * MedicationRequest, rules.md §7), the date, the prescription it filled (ALL-ONEFILL: one fill per
 * prescription) and the REMS authorization it claimed, as an identifier.
 */
final class MedicationDispenses {
  private MedicationDispenses() {}

  /** The program's dispense ids. */
  static final String DISPENSE_ID = "https://isocourse.example/dispense-id";

  /** The authorization codes the program issues to pharmacies (SCRIPT REMSAuthorizationNumber). */
  static final String AUTHORIZATION_CODE = "https://isocourse.example/authorization-code";

  static MedicationDispense of(DispenseRow row, PatientRecord patient) {
    MedicationDispense m = new MedicationDispense();
    m.setId(String.valueOf(row.id()));
    m.addIdentifier().setSystem(DISPENSE_ID).setValue(String.valueOf(row.id()));
    m.addIdentifier()
        .setSystem(AUTHORIZATION_CODE)
        .setValue(row.authorizationCode())
        .getType()
        .setText(
            "REMS authorization claimed (do not dispense after " + row.doNotDispenseAfter() + ")");
    m.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
    var strengths = row.lines().stream().map(Line::strengthMg).distinct().toList();
    CodeableConcept medication = new CodeableConcept();
    medication
        .addCoding()
        .setSystem(FhirCodes.RXNORM)
        .setCode(
            strengths.size() == 1
                ? FhirCodes.capsuleCode(strengths.get(0))
                : FhirCodes.ISOTRETINOIN);
    medication.setText(
        strengths.size() == 1
            ? "isotretinoin " + strengths.get(0) + " mg oral capsule"
            : "isotretinoin oral capsules");
    m.setMedication(medication);
    m.setSubject(PatientResources.reference(patient));
    m.addPerformer()
        .setActor(new Reference("Organization/" + row.pharmacyId()).setDisplay(row.pharmacyName()));
    m.addAuthorizingPrescription(new Reference("MedicationRequest/" + row.prescriptionId()));
    m.setQuantity(capsules(row.lines().stream().mapToInt(Line::count).sum()));
    if (row.daysSupply() > 0) {
      m.setDaysSupply(
          new Quantity()
              .setValue(row.daysSupply())
              .setUnit("days")
              .setSystem(FhirCodes.UCUM)
              .setCode("d"));
    }
    m.setWhenHandedOverElement(new DateTimeType(row.dispensedOn().toString()));
    for (Line line : row.lines()) {
      m.addNote()
          .setText(
              line.count()
                  + " × "
                  + line.strengthMg()
                  + " mg capsule"
                  + (line.count() == 1 ? "" : "s")
                  + (line.formulation() == null ? "" : " (" + line.formulation() + ")"));
    }
    return m;
  }

  private static Quantity capsules(int count) {
    return new Quantity()
        .setValue(count)
        .setUnit("capsules")
        .setSystem(FhirCodes.UCUM)
        .setCode("{capsule}");
  }
}
