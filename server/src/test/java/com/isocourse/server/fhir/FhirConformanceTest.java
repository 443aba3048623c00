package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

/**
 * Every resource the adapter emits, for every demo patient, validates against FHIR R4 core with
 * zero errors (offline: HAPI's validator with the core definitions; LOINC and RxNorm codes are only
 * warned about there), and every LOINC, RxNorm and SNOMED code emitted is one of rules.md §7's
 * ({@code fhir/allowed-codes.txt}). One validator for the whole class: its first call loads the
 * definitions (about 10 s).
 */
class FhirConformanceTest extends FhirTestSupport {
  private static final Set<String> CODED =
      Set.of(FhirCodes.LOINC, FhirCodes.RXNORM, FhirCodes.SNOMED);

  /** Demo patients and the prescriber who cares for them (README, demo logins). */
  static final Map<String, String> DEMO =
      Map.of(
          "Olivia", "dr.adams",
          "Maya", "dr.adams",
          "Liam", "dr.adams",
          "Noah", "dr.adams",
          "Jack", "dr.adams",
          "Ravi", "dr.adams",
          "Grace", "dr.adams",
          "Elena", "dr.baker",
          "Owen", "dr.baker");

  private static FhirValidator validator;

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      ValidationSupportChain chain =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(FHIR),
              new InMemoryTerminologyServerValidationSupport(FHIR),
              new CommonCodeSystemsTerminologyService(FHIR));
      validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }
    return validator;
  }

  @Test
  void everyEmittedResourceOfEveryDemoPatientIsValidR4WithOnlyTheProgramsCodes() throws Exception {
    Map<String, String> emitted = new LinkedHashMap<>();
    emitted.put("CapabilityStatement", expect(get(null, "/fhir/metadata"), 200).body());
    emitted.put("401", expect(get(null, "/fhir/Patient/1"), 401).body());
    emitted.put("404", expect(get("dr.adams", "/fhir/Patient/" + patientId("Elena")), 404).body());
    // the demo records no PHQ-9 and no other medication: one of each is written, so that its
    // QuestionnaireResponse and MedicationStatement are validated
    // (a course of doxycycline that ended before today: Olivia's decision stays as seeded)
    var doxycycline =
        MedicationStatementTest.taking(patientId("Olivia"), "Doxycycline", "3640", "2026-11-20");
    doxycycline.setStatus(
        org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus.COMPLETED);
    doxycycline
        .getEffectivePeriod()
        .setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2026-11-25"));
    expect(post("dr.adams", "/fhir/MedicationStatement", doxycycline), 201);
    expect(
        post("dr.adams", "/fhir/Observation", FhirReadTest.phq9(patientId("Olivia"), 2, 0)), 201);
    emitted.put("Organization", expect(get("dr.adams", "/fhir/Organization"), 200).body());
    emitted.put(
        "Organization by id",
        expect(
                get(
                    "paula.pharmacist",
                    "/fhir/Organization/"
                        + jdbc.sql("select min(id) from pharmacy").query(Long.class).single()),
                200)
            .body());
    for (var demo : DEMO.entrySet()) {
      long id = patientId(demo.getKey());
      String by = demo.getValue();
      String name = demo.getKey();
      emitted.put(name + " Patient", expect(get(by, "/fhir/Patient/" + id), 200).body());
      emitted.put(
          name + " Patient search",
          expect(get(by, "/fhir/Patient?identifier=" + programId(id)), 200).body());
      for (String type :
          List.of(
              "Observation",
              "MedicationRequest",
              "MedicationDispense",
              "DetectedIssue",
              "QuestionnaireResponse",
              "MedicationStatement")) {
        emitted.put(
            name + " " + type, expect(get(by, "/fhir/" + type + "?patient=" + id), 200).body());
      }
      long prescriber =
          jdbc.sql("select prescriber_id from patient where id = ?")
              .param(id)
              .query(Long.class)
              .single();
      emitted.put(
          name + " Practitioner", expect(get(by, "/fhir/Practitioner/" + prescriber), 200).body());
      emitted.put(
          name + " PractitionerRole",
          expect(get(by, "/fhir/PractitionerRole?practitioner=" + prescriber), 200).body());
      emitted.put(
          name + " $rems-etasu",
          expect(
                  post(
                      by,
                      RemsEtasuTest.ETASU,
                      RemsEtasuTest.byCaseNumber("case_number", programId(id))),
                  200)
              .body());
    }
    emitted.put(
        "AuditEvent search",
        expect(get("admin", "/fhir/AuditEvent?patient=" + patientId("Olivia")), 200).body());
    Set<String> allowed = allowedCodes();
    List<String> errors = new ArrayList<>();
    List<String> foreignCodes = new ArrayList<>();
    int resources = 0;
    for (var e : emitted.entrySet()) {
      IBaseResource resource = FHIR.newJsonParser().parseResource(e.getValue());
      resources += FHIR.newTerser().getAllEmbeddedResources(resource, true).size() + 1;
      for (SingleValidationMessage m : validator().validateWithResult(resource).getMessages()) {
        if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
          errors.add(e.getKey() + ": " + m.getLocationString() + " " + m.getMessage());
        }
      }
      for (Coding c : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Coding.class)) {
        if (CODED.contains(c.getSystem()) && !allowed.contains(c.getSystem() + "|" + c.getCode())) {
          foreignCodes.add(e.getKey() + ": " + c.getSystem() + "|" + c.getCode());
        }
      }
    }
    assertThat(emitted.get("Olivia QuestionnaireResponse"))
        .contains(QuestionnaireResponses.PHQ9, QuestionnaireResponses.COMPREHENSION);
    assertThat(emitted.get("Olivia MedicationStatement")).contains("Doxycycline");
    assertThat(emitted.get("AuditEvent search")).contains("\"resourceType\":\"AuditEvent\"");
    assertThat(errors).isEmpty();
    assertThat(foreignCodes).isEmpty();
    assertThat(resources).as("resources validated").isGreaterThan(50);
  }

  @Test
  void theValidatorSeesAnErrorWhereThereIsOne() {
    // an Observation without its required status, and a UCUM unit that is no unit
    org.hl7.fhir.r4.model.Observation broken = new org.hl7.fhir.r4.model.Observation();
    broken.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode("2571-8");
    broken.setValue(
        new org.hl7.fhir.r4.model.Quantity()
            .setValue(1)
            .setSystem(FhirCodes.UCUM)
            .setCode("mgg/dL"));
    List<String> errors =
        validator().validateWithResult(broken).getMessages().stream()
            .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR)
            .map(SingleValidationMessage::getMessage)
            .toList();
    assertThat(errors).anyMatch(m -> m.contains("status"));
  }

  private static Set<String> allowedCodes() throws IOException {
    try (InputStream in =
        FhirConformanceTest.class.getResourceAsStream("/fhir/allowed-codes.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toSet());
    }
  }
}
