package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Reads of a demo course over FHIR, within the REST API's relationships, each one audited. */
class FhirReadTest extends FhirTestSupport {

  @Test
  void theCapabilityStatementIsPublicAndListsTheResourcesAndTheEtasuOperation() throws Exception {
    CapabilityStatement cs = expect(get(null, "/fhir/metadata"), 200).as(CapabilityStatement.class);
    List<String> types = cs.getRestFirstRep().getResource().stream().map(r -> r.getType()).toList();
    assertThat(types)
        .contains(
            "Patient",
            "Observation",
            "MedicationRequest",
            "MedicationDispense",
            "DetectedIssue",
            "GuidanceResponse",
            "Practitioner",
            "PractitionerRole",
            "Organization",
            "QuestionnaireResponse",
            "MedicationStatement");
    assertThat(cs.getRestFirstRep().getResource())
        .filteredOn(r -> r.getType().equals("MedicationStatement"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.getInteraction().stream().map(i -> i.getCode().toCode()))
                    .contains("read", "search-type", "create"));
    assertThat(get(null, "/fhir/metadata").body()).contains("rems-etasu");
  }

  @Test
  void aSearchParameterWithoutAValueIsA400NamingItNeverA500() throws Exception {
    for (String search :
        List.of(
            "/fhir/Patient?identifier=",
            "/fhir/Patient?identifier",
            "/fhir/Observation?patient=",
            "/fhir/MedicationRequest?patient=",
            "/fhir/DetectedIssue?patient=",
            "/fhir/MedicationDispense?patient=",
            "/fhir/QuestionnaireResponse?patient=",
            "/fhir/PractitionerRole?practitioner=")) {
      var answer = get("dr.adams", search);
      assertThat(answer.status()).as(search).isEqualTo(400);
      assertThat(answer.body()).as(search).contains("OperationOutcome").contains("has no value");
    }
  }

  @Test
  void withoutAValidBearerTokenEveryReadIsA401OperationOutcome() throws Exception {
    long olivia = patientId("Olivia");
    expect(get(null, "/fhir/Patient/" + olivia), 401);
    expect(get("ict_not-a-token", "/fhir/Patient/" + olivia), 401);
    expect(get(null, "/fhir/Observation?patient=" + olivia), 401);
  }

  @Test
  void thePrescriberReadsHerPatientByIdAndByProgramIdAndTheReadIsAuditedWithThePatient()
      throws Exception {
    long olivia = patientId("Olivia");
    long auditBefore = lastAuditId();
    Patient p = expect(get("dr.adams", "/fhir/Patient/" + olivia), 200).as(Patient.class);
    assertThat(p.getIdentifierFirstRep().getSystem()).isEqualTo(FhirCodes.PROGRAM_ID);
    assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo(programId(olivia));
    assertThat(p.getBirthDateElement().getValueAsString()).isEqualTo(birthDate(olivia));
    assertThat(
            auditSql(
                    "select count(*) from audit_log where id > ? and action = 'GET"
                        + " /fhir/Patient/{id}' and patient_id = ? and actor = 'dr.adams'"
                        + " and outcome = 'OK'")
                .param(auditBefore)
                .param(olivia)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    List<Resource> found =
        expect(
                get(
                    "dr.adams",
                    "/fhir/Patient?identifier=" + FhirCodes.PROGRAM_ID + "%7C" + programId(olivia)),
                200)
            .entries();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getIdElement().getIdPart()).isEqualTo(String.valueOf(olivia));
  }

  @Test
  void anotherPrescribersPatientIsNotFoundAndHerProgramIdFindsNobody() throws Exception {
    long elena = patientId("Elena");
    long auditBefore = lastAuditId();
    expect(get("dr.adams", "/fhir/Patient/" + elena), 404);
    expect(get("nina.designee", "/fhir/Observation?patient=" + elena), 404);
    expect(get("dr.adams", "/fhir/MedicationRequest?patient=Patient/" + elena), 404);
    expect(get("dr.adams", "/fhir/DetectedIssue?patient=" + elena), 404);
    assertThat(
            expect(get("dr.adams", "/fhir/Patient?identifier=" + programId(elena)), 200).entries())
        .isEmpty();
    assertThat(
            auditSql(
                    "select count(*) from audit_log where id > ? and patient_id = ? and outcome ="
                        + " 'NOT_FOUND' and action like 'GET /fhir/%'")
                .param(auditBefore)
                .param(elena)
                .query(Long.class)
                .single())
        .isEqualTo(4);
    expect(get("dr.baker", "/fhir/Patient/" + elena), 200);
  }

  @Test
  void aPharmacistAndAnAdminReadNoClinicalRecordAndAPatientOnlyHerself() throws Exception {
    long olivia = patientId("Olivia");
    long maya = patientId("Maya");
    expect(get("paula.pharmacist", "/fhir/Patient/" + olivia), 403);
    expect(get("paula.pharmacist", "/fhir/Observation?patient=" + olivia), 403);
    expect(get("admin", "/fhir/Patient/" + olivia), 403);
    String oliviaUser = com.isocourse.server.support.DemoClinic.username(jdbc, olivia);
    expect(get(oliviaUser, "/fhir/Patient/" + olivia), 200);
    expect(get(oliviaUser, "/fhir/Observation?patient=" + olivia), 200);
    expect(get(oliviaUser, "/fhir/Patient/" + maya), 404);
  }

  @Test
  void theCourseReadsAsObservationsMedicationRequestsAndDetectedIssues() throws Exception {
    long olivia = patientId("Olivia");
    List<Observation> observations =
        expect(get("dr.adams", "/fhir/Observation?patient=" + olivia), 200).entries().stream()
            .map(Observation.class::cast)
            .toList();
    assertThat(observations)
        .extracting(o -> o.getCode().getCodingFirstRep().getCode())
        .contains(FhirCodes.WEIGHT, "2571-8");
    Observation weight =
        observations.stream()
            .filter(o -> FhirCodes.WEIGHT.equals(o.getCode().getCodingFirstRep().getCode()))
            .findFirst()
            .orElseThrow();
    assertThat(weight.getValueQuantity().getCode()).isEqualTo("kg");
    assertThat(weight.getValueQuantity().getSystem()).isEqualTo(FhirCodes.UCUM);

    List<MedicationRequest> rx =
        expect(get("dr.adams", "/fhir/MedicationRequest?patient=" + olivia), 200).entries().stream()
            .map(MedicationRequest.class::cast)
            .toList();
    assertThat(rx).isNotEmpty();
    for (MedicationRequest m : rx) {
      assertThat(m.getDispenseRequest().getNumberOfRepeatsAllowed()).isZero();
      assertThat(m.getDispenseRequest().getExpectedSupplyDuration().getCode()).isEqualTo("d");
      assertThat(m.getMedicationCodeableConcept().getCodingFirstRep().getSystem())
          .isEqualTo(FhirCodes.RXNORM);
      assertThat(m.getMedicationCodeableConcept().getCodingFirstRep().getCode())
          .isIn("6064", "197843", "197844", "403930", "197845");
      assertThat(m.getDosageInstruction()).isNotEmpty();
      assertThat(
              expect(
                      get("dr.adams", "/fhir/MedicationRequest/" + m.getIdElement().getIdPart()),
                      200)
                  .as(MedicationRequest.class)
                  .getSubject()
                  .getReference())
          .isEqualTo("Patient/" + olivia);
      expect(get("dr.baker", "/fhir/MedicationRequest/" + m.getIdElement().getIdPart()), 404);
    }
    expect(get("dr.adams", "/fhir/MedicationRequest/rx-0-0"), 404);

    long maya = patientId("Maya");
    List<DetectedIssue> issues =
        expect(get("dr.adams", "/fhir/DetectedIssue?patient=" + maya), 200).entries().stream()
            .map(DetectedIssue.class::cast)
            .toList();
    assertThat(issues).isNotEmpty();
    assertThat(issues.get(0).getCode().getCodingFirstRep().getSystem())
        .isEqualTo(FhirCodes.REASON_CODE);
    assertThat(issues.get(0).getDetail()).startsWith("Rule ");
    assertThat(
            expect(get("dr.adams", "/fhir/DetectedIssue?patient=" + olivia), 200)
                .as(Bundle.class)
                .getEntry())
        .isEmpty();
  }

  @Test
  void theStoredDispensesReadAsMedicationDispensesWithTheAuthorizationTheyClaimed()
      throws Exception {
    long noah = patientId("Noah");
    long auditBefore = lastAuditId();
    List<MedicationDispense> dispenses =
        expect(get("dr.adams", "/fhir/MedicationDispense?patient=" + noah), 200).entries().stream()
            .map(MedicationDispense.class::cast)
            .toList();
    assertThat(dispenses).hasSize(1);
    MedicationDispense d = dispenses.get(0);
    var stored =
        jdbc.sql(
                "select d.id, d.prescription_id, d.dispensed_on::text, a.code from dispense d"
                    + " join dispense_authorization a on a.id = d.authorization_id"
                    + " where d.patient_id = ?")
            .param(noah)
            .query(
                (rs, n) ->
                    List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .single();
    assertThat(d.getIdElement().getIdPart()).isEqualTo(stored.get(0));
    assertThat(d.getStatus()).isEqualTo(MedicationDispense.MedicationDispenseStatus.COMPLETED);
    assertThat(d.getSubject().getReference()).isEqualTo("Patient/" + noah);
    assertThat(d.getAuthorizingPrescriptionFirstRep().getReference())
        .isEqualTo("MedicationRequest/" + stored.get(1));
    assertThat(d.getWhenHandedOverElement().getValueAsString()).isEqualTo(stored.get(2));
    assertThat(d.getIdentifier())
        .anyMatch(
            i ->
                i.getSystem().equals(MedicationDispenses.AUTHORIZATION_CODE)
                    && i.getValue().equals(stored.get(3)));
    // the demo handed over 60 × 40 mg: RxNorm 197845, as the MedicationRequest codes it
    assertThat(d.getMedicationCodeableConcept().getCodingFirstRep().getSystem())
        .isEqualTo(FhirCodes.RXNORM);
    assertThat(d.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("197845");
    assertThat(d.getQuantity().getValue().intValue()).isEqualTo(60);
    assertThat(d.getNoteFirstRep().getText()).isEqualTo("60 × 40 mg capsules (conventional)");
    assertThat(d.getDaysSupply().getValue().intValue()).isEqualTo(30);
    assertThat(
            expect(get("dr.adams", "/fhir/MedicationDispense/" + stored.get(0)), 200)
                .as(MedicationDispense.class)
                .getAuthorizingPrescriptionFirstRep()
                .getReference())
        .isEqualTo("MedicationRequest/" + stored.get(1));
    assertThat(
            auditSql(
                    "select count(*) from audit_log where id > ? and patient_id = ? and outcome ="
                        + " 'OK' and action like 'GET /fhir/MedicationDispense%'")
                .param(auditBefore)
                .param(noah)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    // another prescriber, a pharmacy, an unknown or malformed id: nothing
    expect(get("dr.baker", "/fhir/MedicationDispense/" + stored.get(0)), 404);
    expect(get("paula.pharmacist", "/fhir/MedicationDispense/" + stored.get(0)), 403);
    expect(get("dr.adams", "/fhir/MedicationDispense/999999"), 404);
    expect(get("dr.adams", "/fhir/MedicationDispense/x-1"), 404);
    assertThat(
            expect(get("dr.adams", "/fhir/MedicationDispense?patient=" + patientId("Olivia")), 200)
                .entries())
        .isEmpty();
  }

  @Test
  void thePrescriberIsAPractitionerOnlyForHerselfHerDesigneeAndHerPatients() throws Exception {
    long adams = userId("dr.adams");
    long baker = userId("dr.baker");
    String oliviaUser = com.isocourse.server.support.DemoClinic.username(jdbc, patientId("Olivia"));
    for (String reader : List.of("dr.adams", "nina.designee", oliviaUser)) {
      Practitioner p =
          expect(get(reader, "/fhir/Practitioner/" + adams), 200).as(Practitioner.class);
      assertThat(p.getNameFirstRep().getText()).isEqualTo("Dr. Ada Adams");
      assertThat(p.getActive()).isTrue();
      List<Resource> roles =
          expect(get(reader, "/fhir/PractitionerRole?practitioner=Practitioner/" + adams), 200)
              .entries();
      assertThat(roles).hasSize(1);
      PractitionerRole role = (PractitionerRole) roles.get(0);
      assertThat(role.getPractitioner().getReference()).isEqualTo("Practitioner/" + adams);
      assertThat(role.getActive()).isTrue();
      assertThat(role.getCodeFirstRep().getCodingFirstRep().getCode())
          .isEqualTo("certified-prescriber");
      expect(get(reader, "/fhir/PractitionerRole/" + adams), 200);
      // another clinic's prescriber is not found, by id or by search
      expect(get(reader, "/fhir/Practitioner/" + baker), 404);
      expect(get(reader, "/fhir/PractitionerRole?practitioner=" + baker), 404);
    }
    // a user who is no prescriber is no practitioner, even her own designee account
    expect(get("nina.designee", "/fhir/Practitioner/" + userId("nina.designee")), 404);
    expect(get("dr.adams", "/fhir/Practitioner/x"), 404);
    expect(get("paula.pharmacist", "/fhir/Practitioner/" + adams), 403);
    expect(get("dr.baker", "/fhir/Practitioner/" + baker), 200);
    assertThat(get("dr.adams", "/fhir/Practitioner/" + adams).body()).doesNotContain("dr.adams");
  }

  @Test
  void everyClinicalUserListsAndReadsThePharmacies() throws Exception {
    long olivia = patientId("Olivia");
    String oliviaUser = com.isocourse.server.support.DemoClinic.username(jdbc, olivia);
    List<String> stored =
        jdbc.sql("select name from pharmacy order by id").query(String.class).list();
    for (String reader : List.of("dr.adams", "nina.designee", "paula.pharmacist", oliviaUser)) {
      List<Organization> all =
          expect(get(reader, "/fhir/Organization"), 200).entries().stream()
              .map(Organization.class::cast)
              .toList();
      assertThat(all).extracting(Organization::getName).containsExactlyElementsOf(stored);
      String id = all.get(0).getIdElement().getIdPart();
      assertThat(
              expect(get(reader, "/fhir/Organization/" + id), 200).as(Organization.class).getName())
          .isEqualTo(stored.get(0));
    }
    expect(get(null, "/fhir/Organization"), 401);
    expect(get("admin", "/fhir/Organization"), 403);
    expect(get("dr.adams", "/fhir/Organization/999999"), 404);
  }

  @Test
  void phq9ScreensAndComprehensionResultsReadAsQuestionnaireResponses() throws Exception {
    long olivia = patientId("Olivia");
    Answer written = expect(post("dr.adams", "/fhir/Observation", phq9(olivia, 3, 0)), 201);
    List<QuestionnaireResponse> answered =
        expect(get("nina.designee", "/fhir/QuestionnaireResponse?patient=" + olivia), 200)
            .entries()
            .stream()
            .map(QuestionnaireResponse.class::cast)
            .toList();
    QuestionnaireResponse phq9 =
        answered.stream()
            .filter(r -> r.getIdElement().getIdPart().equals(written.id()))
            .findFirst()
            .orElseThrow();
    assertThat(phq9.getQuestionnaire()).isEqualTo(QuestionnaireResponses.PHQ9);
    assertThat(phq9.getStatus())
        .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    assertThat(phq9.getSubject().getReference()).isEqualTo("Patient/" + olivia);
    assertThat(phq9.getAuthoredElement().getValueAsString()).isEqualTo(TODAY);
    assertThat(phq9.getItem()).extracting(i -> i.getLinkId()).containsExactly("total", "item-9");
    assertThat(phq9.getItem().get(0).getAnswerFirstRep().getValueIntegerType().getValue())
        .isEqualTo(3);
    assertThat(phq9.getItem().get(1).getAnswerFirstRep().getValueIntegerType().getValue()).isZero();
    // the demo's comprehension result: passed
    QuestionnaireResponse quiz =
        answered.stream()
            .filter(r -> r.getQuestionnaire().equals(QuestionnaireResponses.COMPREHENSION))
            .findFirst()
            .orElseThrow();
    assertThat(quiz.getItemFirstRep().getLinkId()).isEqualTo("passed");
    assertThat(quiz.getItemFirstRep().getAnswerFirstRep().getValueBooleanType().booleanValue())
        .isTrue();
    // Noah (not of childbearing potential) has no comprehension quiz and no screen
    assertThat(
            expect(get("dr.adams", "/fhir/QuestionnaireResponse?patient=" + patientId("Noah")), 200)
                .entries())
        .isEmpty();
    expect(get("dr.baker", "/fhir/QuestionnaireResponse?patient=" + olivia), 404);
    expect(get("paula.pharmacist", "/fhir/QuestionnaireResponse?patient=" + olivia), 403);
  }

  /** A PHQ-9 as the FHIR write takes it: the total with item 9 as a component. */
  static Observation phq9(long patientId, int total, int item9) {
    Observation o = ObservationRoundTripTest.lab(patientId, FhirCodes.PHQ9_TOTAL, 0, "1", TODAY);
    o.setValue(new org.hl7.fhir.r4.model.IntegerType(total));
    var c = o.addComponent();
    c.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode(FhirCodes.PHQ9_ITEM9);
    c.setValue(new org.hl7.fhir.r4.model.IntegerType(item9));
    return o;
  }

  private long userId(String username) {
    return jdbc.sql("select id from app_user where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private long lastAuditId() {
    return auditSql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
  }
}
