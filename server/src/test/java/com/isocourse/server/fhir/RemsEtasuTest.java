package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.GuidanceResponse.GuidanceResponseStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * {@code $rems-etasu} answers from the pharmacy API's decision: success only for AUTHORIZED,
 * data-required with one nested response per unmet requirement otherwise, strict patient identity,
 * and nothing stored.
 */
class RemsEtasuTest extends FhirTestSupport {
  static final String ETASU = "/fhir/GuidanceResponse/$rems-etasu";

  static Parameters byCaseNumber(String name, String programId) {
    Parameters p = new Parameters();
    p.addParameter().setName(name).setValue(new StringType(programId));
    return p;
  }

  static Parameters byPatient(String programId, String birthDate) {
    Patient patient = new Patient();
    patient.addIdentifier(new Identifier().setSystem(FhirCodes.PROGRAM_ID).setValue(programId));
    if (birthDate != null) {
      patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(birthDate));
    }
    Parameters p = new Parameters();
    p.addParameter().setName("patient").setResource(patient);
    return p;
  }

  static GuidanceResponse answer(Parameters out) {
    return (GuidanceResponse) out.getParameter("rems-etasu").getResource();
  }

  static List<GuidanceResponse> requirements(GuidanceResponse answer) {
    return answer.getContained().stream()
        .filter(Parameters.class::isInstance)
        .map(Parameters.class::cast)
        .flatMap(p -> p.getParameter().stream())
        .map(p -> (GuidanceResponse) p.getResource())
        .toList();
  }

  @Test
  void anAuthorizedCourseIsSuccessWithItsCodeAndLastDispenseDateAndNothingIsStored()
      throws Exception {
    long olivia = patientId("Olivia");
    long requestsBefore = count("dispense_request") + count("dispense_authorization");
    Parameters out =
        expect(post("dr.adams", ETASU, byCaseNumber("case_number", programId(olivia))), 200)
            .as(Parameters.class);
    GuidanceResponse answer = answer(out);
    assertThat(answer.getStatus()).isEqualTo(GuidanceResponseStatus.SUCCESS);
    List<GuidanceResponse> met = requirements(answer);
    assertThat(met)
        .isNotEmpty()
        .allMatch(r -> r.getStatus() == GuidanceResponseStatus.SUCCESS)
        .allMatch(r -> r.getReasonCode().size() == 1);
    assertThat(met).extracting(RemsEtasuTest::ruleId).contains("ALL-ENROLL", "ALL-WEIGHT");
    GuidanceResponse weight =
        met.stream().filter(r -> ruleId(r).equals("ALL-WEIGHT")).findFirst().orElseThrow();
    assertThat(weight.getNoteFirstRep().getText()).contains("Fact dated ").contains("Holds until ");
    assertThat(out.getParameter("authorization-code")).isNotNull();
    assertThat(out.getParameter("do-not-dispense-after").getValue().primitiveValue())
        .isGreaterThanOrEqualTo(TODAY);
    assertThat(out.getParameter("case_number").getValue().primitiveValue())
        .isEqualTo(programId(olivia));

    Parameters asked =
        expect(
                post("paula.pharmacist", ETASU, byPatient(programId(olivia), birthDate(olivia))),
                200)
            .as(Parameters.class);
    assertThat(answer(asked).getStatus()).isEqualTo(GuidanceResponseStatus.SUCCESS);
    assertThat(count("dispense_request") + count("dispense_authorization"))
        .isEqualTo(requestsBefore);
  }

  @Test
  void aDeniedCourseIsDataRequiredWithOneNestedResponsePerRequirement() throws Exception {
    long maya = patientId("Maya");
    Parameters out =
        expect(post("dr.adams", ETASU, byCaseNumber("caseNumber", programId(maya))), 200)
            .as(Parameters.class);
    GuidanceResponse answer = answer(out);
    assertThat(answer.getStatus()).isEqualTo(GuidanceResponseStatus.DATAREQUIRED);
    assertThat(answer.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("DENIED");
    assertThat(out.getParameter("authorization-code")).isNull();
    List<GuidanceResponse> all = requirements(answer);
    List<GuidanceResponse> unmet =
        all.stream().filter(r -> r.getStatus() == GuidanceResponseStatus.DATAREQUIRED).toList();
    assertThat(unmet).isNotEmpty();
    assertThat(all).anyMatch(r -> r.getStatus() == GuidanceResponseStatus.SUCCESS);
    for (GuidanceResponse r : unmet) {
      List<String> systems =
          r.getReasonCode().stream().map(c -> c.getCodingFirstRep().getSystem()).toList();
      assertThat(systems).contains(FhirCodes.REASON_CODE);
      assertThat(systems.subList(systems.size() - 2, systems.size()))
          .containsExactly(FhirCodes.RULE_ID, FhirCodes.ACTING_PARTY);
      assertThat(r.getNoteFirstRep().getText()).isNotBlank();
    }
    // every blocking reason of the decision is on a data-required requirement
    List<String> unmetCodes =
        unmet.stream()
            .flatMap(r -> r.getReasonCode().stream())
            .map(CodeableConcept::getCodingFirstRep)
            .filter(c -> c.getSystem().equals(FhirCodes.REASON_CODE))
            .map(c -> c.getCode())
            .toList();
    assertThat(all)
        .filteredOn(r -> r.getStatus() == GuidanceResponseStatus.SUCCESS)
        .extracting(RemsEtasuTest::ruleId)
        .doesNotContainAnyElementsOf(unmet.stream().map(RemsEtasuTest::ruleId).toList());
    assertThat(unmetCodes).isNotEmpty();
  }

  @Test
  void aPatientNamedAmbiguouslyOrNotAtAllIsNotFoundNeverGuessed() throws Exception {
    long olivia = patientId("Olivia");
    long maya = patientId("Maya");
    expect(post("dr.adams", ETASU, byCaseNumber("case_number", "IC-000000")), 404);
    Parameters both = byPatient(programId(olivia), null);
    both.addParameter().setName("case_number").setValue(new StringType(programId(maya)));
    expect(post("dr.adams", ETASU, both), 404);
    Parameters nameOnly = new Parameters();
    Patient p = new Patient();
    p.addName().setText("Olivia");
    p.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(birthDate(olivia)));
    nameOnly.addParameter().setName("patient").setResource(p);
    expect(post("dr.adams", ETASU, nameOnly), 404);
  }

  @Test
  void onlyTheOwnPrescriberAndAPharmacyWhoKnowsTheBirthDateMayAsk() throws Exception {
    long olivia = patientId("Olivia");
    long elena = patientId("Elena");
    expect(post("dr.adams", ETASU, byCaseNumber("case_number", programId(elena))), 404);
    expect(post("paula.pharmacist", ETASU, byPatient(programId(olivia), "1990-01-01")), 404);
    expect(post("paula.pharmacist", ETASU, byCaseNumber("case_number", programId(olivia))), 422);
    expect(post("admin", ETASU, byCaseNumber("case_number", programId(olivia))), 403);
    expect(post(null, ETASU, byCaseNumber("case_number", programId(olivia))), 401);
    String patient = com.isocourse.server.support.DemoClinic.username(jdbc, olivia);
    expect(post(patient, ETASU, byCaseNumber("case_number", programId(olivia))), 403);
  }

  @Test
  void theMedicationNamesThePrescriptionAskedAbout() throws Exception {
    long olivia = patientId("Olivia");
    Parameters known = byCaseNumber("case_number", programId(olivia));
    org.hl7.fhir.r4.model.MedicationRequest rx = new org.hl7.fhir.r4.model.MedicationRequest();
    rx.setId("rx-" + olivia + "-1");
    known.addParameter().setName("medication").setResource(rx);
    Parameters out = expect(post("dr.adams", ETASU, known), 200).as(Parameters.class);
    assertThat(out.getParameter("prescription").getValue().primitiveValue())
        .isEqualTo("rx-" + olivia + "-1");

    Parameters unknown = byCaseNumber("case_number", programId(olivia));
    org.hl7.fhir.r4.model.MedicationRequest other = new org.hl7.fhir.r4.model.MedicationRequest();
    other.addIdentifier().setSystem(MedicationRequests.PRESCRIPTION_ID).setValue("rx-no-such");
    unknown.addParameter().setName("medication").setResource(other);
    GuidanceResponse answer =
        answer(expect(post("dr.adams", ETASU, unknown), 200).as(Parameters.class));
    assertThat(answer.getStatus()).isEqualTo(GuidanceResponseStatus.DATAREQUIRED);
    assertThat(requirements(answer))
        .flatExtracting(GuidanceResponse::getReasonCode)
        .extracting(CodeableConcept::getText)
        .contains("PRESCRIPTION_NOT_FOUND");
  }

  static String ruleId(GuidanceResponse r) {
    return r.getReasonCode().stream()
        .map(CodeableConcept::getCodingFirstRep)
        .filter(c -> c.getSystem().equals(FhirCodes.RULE_ID))
        .map(c -> c.getCode())
        .findFirst()
        .orElseThrow();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
