package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * US Core's profiles cannot be downloaded here, so the constraints of US Core Patient and US Core
 * Observation (laboratory result, body weight, survey) that apply to what the adapter emits are
 * checked by hand, for every demo patient. No profile is claimed in {@code meta.profile}: this
 * proves the shape, not conformance to a published package.
 *
 * <ul>
 *   <li>Patient: {@code identifier} 1..* each with {@code system} and {@code value}; {@code name}
 *       1..* each with {@code family} or {@code given}, or a data-absent-reason (us-core-6); {@code
 *       gender} 1..1.
 *   <li>Observation: {@code status} 1..1, {@code category} 1..* with the observation-category
 *       system (laboratory, vital-signs or survey), {@code code} 1..1 with a LOINC coding, {@code
 *       subject} 1..1 referencing a Patient, {@code effective[x]} present and precise to the day; a
 *       value or a data-absent-reason; a body weight (29463-7) is vital-signs in kg.
 * </ul>
 */
class UsCoreConstraintsTest extends FhirTestSupport {
  static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  @Test
  void everyEmittedPatientAndObservationHoldsTheUsCoreConstraintsThatApply() throws Exception {
    List<String> broken = new ArrayList<>();
    int observations = 0;
    for (var demo : FhirConformanceTest.DEMO.entrySet()) {
      long id = patientId(demo.getKey());
      Patient p = expect(get(demo.getValue(), "/fhir/Patient/" + id), 200).as(Patient.class);
      patient(demo.getKey(), p, broken);
      for (var r : expect(get(demo.getValue(), "/fhir/Observation?patient=" + id), 200).entries()) {
        observation(demo.getKey(), (Observation) r, broken);
        observations++;
      }
    }
    assertThat(broken).isEmpty();
    assertThat(observations).as("observations checked").isGreaterThan(20);
  }

  @Test
  void theCheckFindsABrokenPatientAndObservation() {
    List<String> broken = new ArrayList<>();
    Patient p = new Patient();
    p.addName().setText("Only A Text");
    patient("made up", p, broken);
    observation("made up", new Observation(), broken);
    assertThat(broken)
        .anyMatch(b -> b.contains("identifier"))
        .anyMatch(b -> b.contains("us-core-6"))
        .anyMatch(b -> b.contains("gender"))
        .anyMatch(b -> b.contains("status"))
        .anyMatch(b -> b.contains("category"))
        .anyMatch(b -> b.contains("subject"))
        .anyMatch(b -> b.contains("effective"));
  }

  static void patient(String who, Patient p, List<String> broken) {
    if (p.getIdentifier().isEmpty()) {
      broken.add(who + ": Patient.identifier 1..*");
    }
    for (Identifier i : p.getIdentifier()) {
      if (!i.hasSystem() || !i.hasValue()) {
        broken.add(who + ": Patient.identifier needs system and value");
      }
    }
    if (p.getName().isEmpty()) {
      broken.add(who + ": Patient.name 1..*");
    }
    for (HumanName n : p.getName()) {
      boolean parts = n.hasFamily() || n.hasGiven();
      boolean absent =
          n.getExtension().stream().map(Extension::getUrl).anyMatch(DATA_ABSENT_REASON::equals);
      if (parts == absent) {
        broken.add(who + ": Patient.name us-core-6 (family or given, xor a data-absent-reason)");
      }
    }
    if (!p.hasGender()) {
      broken.add(who + ": Patient.gender 1..1");
    }
  }

  static void observation(String who, Observation o, List<String> broken) {
    String at = who + " Observation/" + o.getIdElement().getIdPart() + ": ";
    if (!o.hasStatus()) {
      broken.add(at + "status 1..1");
    }
    List<String> categories =
        o.getCategory().stream()
            .flatMap(c -> c.getCoding().stream())
            .filter(c -> FhirCodes.OBSERVATION_CATEGORY.equals(c.getSystem()))
            .map(Coding::getCode)
            .toList();
    if (categories.isEmpty()
        || !List.of("laboratory", "vital-signs", "survey").containsAll(categories)) {
      broken.add(at + "category 1..* from observation-category " + categories);
    }
    boolean loinc =
        o.getCode().getCoding().stream().anyMatch(c -> FhirCodes.LOINC.equals(c.getSystem()));
    boolean programFact =
        o.getCode().getCoding().stream()
            .anyMatch(c -> ObservationResources.FACT.equals(c.getSystem()));
    if (!o.hasCode() || !(loinc || programFact)) {
      broken.add(at + "code 1..1 with a LOINC coding (or the program's own fact code, ADR 0013)");
    }
    if (!o.hasSubject() || !o.getSubject().getReference().startsWith("Patient/")) {
      broken.add(at + "subject 1..1 referencing a Patient");
    }
    if (!o.hasEffectiveDateTimeType()
        || o.getEffectiveDateTimeType().getValueAsString() == null
        || o.getEffectiveDateTimeType().getValueAsString().length() < 10) {
      broken.add(at + "effective[x] present and precise to the day");
    }
    if (!o.hasValue() && !o.hasDataAbsentReason()) {
      broken.add(at + "a value or a dataAbsentReason");
    }
    if (o.getCode().getCoding().stream().anyMatch(c -> FhirCodes.WEIGHT.equals(c.getCode()))) {
      if (!categories.contains("vital-signs")
          || !o.hasValueQuantity()
          || !"kg".equals(o.getValueQuantity().getCode())
          || !FhirCodes.UCUM.equals(o.getValueQuantity().getSystem())) {
        broken.add(at + "body weight: vital-signs, valueQuantity in UCUM kg");
      }
    }
  }
}
