package com.isocourse.server.fhir;

import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.Prescription;
import com.isocourse.server.courses.PrescriptionRepository.PrescriptionRow;
import com.isocourse.server.patients.PatientRecord;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;

/**
 * An isotretinoin prescription as a MedicationRequest (rules.md §7): the RxNorm capsule code when
 * every line has one strength, the ingredient otherwise; one dosage per capsule line and time of
 * day; no refills, ever (ALL-ONEFILL: each fill is its own prescription), and the days supplied.
 */
final class MedicationRequests {
  private MedicationRequests() {}

  static MedicationRequest of(PrescriptionRow row, Prescription rx, PatientRecord patient) {
    MedicationRequest m = new MedicationRequest();
    m.setId(row.id());
    m.addIdentifier().setSystem(PRESCRIPTION_ID).setValue(row.id());
    m.setStatus(status(row));
    m.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    m.setSubject(PatientResources.reference(patient));
    m.setAuthoredOnElement(new org.hl7.fhir.r4.model.DateTimeType(row.writtenOn().toString()));
    var strengths = rx.capsules().stream().map(PrescribedCapsule::strengthMg).distinct().toList();
    String code =
        strengths.size() == 1 ? FhirCodes.capsuleCode(strengths.get(0)) : FhirCodes.ISOTRETINOIN;
    var medication = new org.hl7.fhir.r4.model.CodeableConcept();
    medication.addCoding().setSystem(FhirCodes.RXNORM).setCode(code);
    medication.setText(
        strengths.size() == 1
            ? "isotretinoin " + strengths.get(0) + " mg oral capsule"
            : "isotretinoin oral capsules");
    m.setMedication(medication);
    int sequence = 1;
    for (PrescribedCapsule line : rx.capsules()) {
      if (line.morning() > 0) {
        m.addDosageInstruction(dosage(sequence++, line, line.morning(), Timing.EventTiming.MORN));
      }
      if (line.evening() > 0) {
        m.addDosageInstruction(dosage(sequence++, line, line.evening(), Timing.EventTiming.EVE));
      }
    }
    var dispense = m.getDispenseRequest();
    dispense.setNumberOfRepeatsAllowed(0);
    dispense.setExpectedSupplyDuration(
        (Duration)
            new Duration()
                .setValue(rx.daysSupply())
                .setUnit("days")
                .setSystem(FhirCodes.UCUM)
                .setCode("d"));
    return m;
  }

  /** The prescription ids the program issues (rx-…). */
  static final String PRESCRIPTION_ID = "https://isocourse.example/prescription-id";

  private static Dosage dosage(
      int sequence, PrescribedCapsule line, int capsules, Timing.EventTiming when) {
    Dosage d = new Dosage();
    d.setSequence(sequence);
    d.setText(
        capsules
            + " × "
            + line.strengthMg()
            + " mg capsule"
            + (capsules == 1 ? "" : "s")
            + (when == Timing.EventTiming.MORN ? " in the morning" : " in the evening"));
    Timing timing = new Timing();
    timing.getRepeat().setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
    timing.getRepeat().addWhen(when);
    d.setTiming(timing);
    d.addDoseAndRate()
        .setDose(
            new Quantity()
                .setValue((long) capsules * line.strengthMg())
                .setUnit("mg")
                .setSystem(FhirCodes.UCUM)
                .setCode("mg"));
    return d;
  }

  private static MedicationRequest.MedicationRequestStatus status(PrescriptionRow row) {
    if (row.status().equals("CANCELLED")) {
      return MedicationRequest.MedicationRequestStatus.CANCELLED;
    }
    if (row.dispensed()) {
      return MedicationRequest.MedicationRequestStatus.COMPLETED;
    }
    return row.status().equals("ACTIVE")
        ? MedicationRequest.MedicationRequestStatus.ACTIVE
        : MedicationRequest.MedicationRequestStatus.STOPPED;
  }
}
