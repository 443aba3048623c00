package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.GuidanceResponse.GuidanceResponseStatus;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * A MedicationStatement written over FHIR is the REST API's {@code medication} event: the same
 * validation, the same access and the same effect on the decision (SAFE-TETRA blocks, WARN-VITA
 * warns), read back by id and by patient.
 */
class MedicationStatementTest extends FhirTestSupport {

  static MedicationStatement taking(long patientId, String name, String rxnorm, String start) {
    MedicationStatement s = new MedicationStatement();
    s.setStatus(MedicationStatementStatus.ACTIVE);
    CodeableConcept m = new CodeableConcept().setText(name);
    if (rxnorm != null) {
      m.addCoding().setSystem(FhirCodes.RXNORM).setCode(rxnorm);
    }
    s.setMedication(m);
    s.setSubject(new Reference("Patient/" + patientId));
    s.setEffective(new Period().setStartElement(new DateTimeType(start)));
    s.setDateAssertedElement(new DateTimeType(start));
    s.addDosage().setRoute(new CodeableConcept().setText("oral"));
    return s;
  }

  private List<GuidanceResponse> requirements(long patientId) throws Exception {
    Parameters out =
        expect(
                post(
                    "dr.adams",
                    RemsEtasuTest.ETASU,
                    RemsEtasuTest.byCaseNumber("case_number", programId(patientId))),
                200)
            .as(Parameters.class);
    return RemsEtasuTest.requirements(RemsEtasuTest.answer(out));
  }

  private static List<String> unmetCodes(List<GuidanceResponse> requirements) {
    return requirements.stream()
        .filter(r -> r.getStatus() == GuidanceResponseStatus.DATAREQUIRED)
        .flatMap(r -> r.getReasonCode().stream())
        .map(CodeableConcept::getCodingFirstRep)
        .filter(c -> c.getSystem().equals(FhirCodes.REASON_CODE))
        .map(c -> c.getCode())
        .toList();
  }

  private long events(long patientId) {
    return jdbc.sql("select count(*) from course_event where patient_id = ?")
        .param(patientId)
        .query(Long.class)
        .single();
  }

  @Test
  void aTetracyclineWrittenOverFhirBlocksTheFillAsTheRestApiDoes() throws Exception {
    long overFhir = newAuthorizedPatient();
    long overRest = newAuthorizedPatient();
    assertThat(unmetCodes(requirements(overFhir))).isEmpty();

    Answer created =
        expect(
            post(
                "dr.adams",
                "/fhir/MedicationStatement",
                taking(overFhir, "Doxycycline 100 mg", "3640", TODAY)),
            201);
    api(
        "POST",
        "/api/patients/" + overRest + "/events",
        """
        {"type":"medication","date":"%s","name":"Doxycycline 100 mg","rxnorm":"3640",
         "route":"oral","start":"%s"}
        """
            .formatted(TODAY, TODAY),
        201);

    List<String> fhir = unmetCodes(requirements(overFhir));
    assertThat(fhir).containsExactly("INTERACTION_TETRACYCLINE");
    assertThat(fhir).isEqualTo(unmetCodes(requirements(overRest)));
    assertThat(requirements(overFhir))
        .filteredOn(r -> RemsEtasuTest.ruleId(r).equals("SAFE-TETRA"))
        .singleElement()
        .extracting(GuidanceResponse::getStatus)
        .isEqualTo(GuidanceResponseStatus.DATAREQUIRED);

    MedicationStatement read =
        expect(get("dr.adams", "/fhir/MedicationStatement/" + created.id()), 200)
            .as(MedicationStatement.class);
    assertThat(read.getMedicationCodeableConcept().getText()).isEqualTo("Doxycycline 100 mg");
    assertThat(read.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("3640");
    assertThat(read.getStatus()).isEqualTo(MedicationStatementStatus.ACTIVE);
    assertThat(read.getDosageFirstRep().getRoute().getText()).isEqualTo("oral");
    assertThat(
            expect(get("dr.adams", "/fhir/MedicationStatement?patient=" + overFhir), 200).entries())
        .hasSize(1);
  }

  @Test
  void vitaminAWrittenOverFhirWarnsAndBlocksNothing() throws Exception {
    long id = newAuthorizedPatient();
    expect(
        post(
            "dr.adams", "/fhir/MedicationStatement", taking(id, "Vitamin A 10000 IU", null, TODAY)),
        201);
    assertThat(unmetCodes(requirements(id))).isEmpty();
    assertThat(api("GET", "/api/patients/" + id + "/course", null, 200).toString())
        .contains("INTERACTION_VITAMIN_A");
  }

  @Test
  void badInputNamesTheElementAndWritesNothing() throws Exception {
    long id = newAuthorizedPatient();
    long before = events(id);
    MedicationStatement noName = taking(id, "x", "3640", TODAY); // a code, but no name
    noName.getMedicationCodeableConcept().setText(null);
    noName.setStatus(MedicationStatementStatus.ENTEREDINERROR);
    OperationOutcome oo =
        expect(post("dr.adams", "/fhir/MedicationStatement", noName), 422)
            .as(OperationOutcome.class);
    assertThat(oo.getIssue())
        .flatExtracting(i -> i.getExpression().stream().map(e -> e.getValue()).toList())
        .containsExactlyInAnyOrder(
            "MedicationStatement.medicationCodeableConcept.text", "MedicationStatement.status");

    MedicationStatement endsBeforeStart = taking(id, "Minocycline", null, TODAY);
    endsBeforeStart.getEffectivePeriod().setEndElement(new DateTimeType("2026-11-01"));
    OperationOutcome recorder =
        expect(post("dr.adams", "/fhir/MedicationStatement", endsBeforeStart), 422)
            .as(OperationOutcome.class);
    assertThat(recorder.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("MedicationStatement.effectivePeriod.end");
    assertThat(events(id)).isEqualTo(before);
  }

  @Test
  void onlyThePatientsOwnPrescriberWritesAndNobodyElseReads() throws Exception {
    long id = newAuthorizedPatient();
    long before = events(id);
    MedicationStatement s = taking(id, "Minocycline", "6980", TODAY);
    expect(post("dr.baker", "/fhir/MedicationStatement", s), 404);
    expect(post("paula.pharmacist", "/fhir/MedicationStatement", s), 403);
    expect(post("admin", "/fhir/MedicationStatement", s), 403);
    expect(post(null, "/fhir/MedicationStatement", s), 401);
    assertThat(events(id)).isEqualTo(before);
    Answer created = expect(post("dr.adams", "/fhir/MedicationStatement", s), 201);
    expect(get("dr.baker", "/fhir/MedicationStatement/" + created.id()), 404);
    expect(get("dr.baker", "/fhir/MedicationStatement?patient=" + id), 404);
    expect(get("paula.pharmacist", "/fhir/MedicationStatement?patient=" + id), 403);
    var rows =
        auditSql(
                "select actor || '|' || action || '|' || coalesce(patient_id::text, '-') || '|'"
                    + " || outcome from audit_log where patient_id = ? order by id")
            .param(id)
            .query(String.class)
            .list();
    assertThat(rows)
        .contains(
            "dr.adams|POST /fhir/MedicationStatement|" + id + "|OK",
            "dr.baker|POST /fhir/MedicationStatement|" + id + "|NOT_FOUND");
  }
}
