package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.GuidanceResponse.GuidanceResponseStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * A lab written over FHIR goes through the REST API's validation and changes the decision that
 * {@code $rems-etasu} answers: the round trip of issue 15.
 */
class ObservationRoundTripTest extends FhirTestSupport {
  static Observation lab(long patientId, String loinc, double value, String ucum, String date) {
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode(loinc);
    o.setSubject(new Reference("Patient/" + patientId));
    o.setEffective(new DateTimeType(date));
    o.setValue(
        new Quantity().setValue(BigDecimal.valueOf(value)).setSystem(FhirCodes.UCUM).setCode(ucum));
    return o;
  }

  private GuidanceResponseStatus etasu(long patientId) throws Exception {
    Parameters out =
        expect(
                post(
                    "dr.adams",
                    RemsEtasuTest.ETASU,
                    RemsEtasuTest.byCaseNumber("case_number", programId(patientId))),
                200)
            .as(Parameters.class);
    return RemsEtasuTest.answer(out).getStatus();
  }

  @Test
  void aStopLevelLabWrittenOverFhirTurnsTheEtasuAnswerToDataRequired() throws Exception {
    long id = newAuthorizedPatient();
    assertThat(etasu(id)).isEqualTo(GuidanceResponseStatus.SUCCESS);

    // SAFE-TG: triglycerides at or above 880 mg/dL stop the fill until the prescriber reviews
    Answer created =
        expect(
            post("dr.adams", "/fhir/Observation", lab(id, "2571-8", 10.5, "mmol/L", TODAY)), 201);
    assertThat(etasu(id)).isEqualTo(GuidanceResponseStatus.DATAREQUIRED);
    assertThat(
            expect(get("dr.adams", "/fhir/DetectedIssue?patient=" + id), 200).entries().stream()
                .map(org.hl7.fhir.r4.model.DetectedIssue.class::cast)
                .map(d -> d.getCode().getCodingFirstRep().getCode()))
        .contains("LAB_NEEDS_REVIEW");
    assertThat(
            expect(get("dr.adams", "/fhir/Observation?patient=" + id), 200).entries().stream()
                .map(Observation.class::cast)
                .map(o -> o.getCode().getCodingFirstRep().getCode()))
        .contains("2571-8", "1742-6", FhirCodes.WEIGHT);
    Observation read =
        expect(get("dr.adams", "/fhir/Observation/" + created.id()), 200).as(Observation.class);
    assertThat(read.getCode().getCodingFirstRep().getCode()).isEqualTo("2571-8");
    assertThat(read.getValueQuantity().getCode()).isEqualTo("mmol/L");
    expect(get("dr.baker", "/fhir/Observation/" + created.id()), 404);
  }

  @Test
  void aPregnancyTestAndAPhq9WrittenOverFhirReadBackAsWritten() throws Exception {
    long olivia = newAuthorizedPatient(); // a patient of this test's own: demo cases stay as seeded
    Observation test = lab(olivia, FhirCodes.HCG_URINE, 0, "1", TODAY);
    test.setValue(
        new org.hl7.fhir.r4.model.CodeableConcept()
            .addCoding(
                new org.hl7.fhir.r4.model.Coding(
                    FhirCodes.SNOMED, FhirCodes.NEGATIVE, "Negative")));
    test.getMethod().addCoding().setSystem(ObservationResources.TEST_SETTING).setCode("home");
    Answer t = expect(post("dr.adams", "/fhir/Observation", test), 201);
    Observation readTest =
        expect(get("dr.adams", "/fhir/Observation/" + t.id()), 200).as(Observation.class);
    assertThat(readTest.getCode().getCodingFirstRep().getCode()).isEqualTo(FhirCodes.HCG_URINE);
    assertThat(readTest.getValueCodeableConcept().getCodingFirstRep().getCode())
        .isEqualTo(FhirCodes.NEGATIVE);

    Observation phq9 = lab(olivia, FhirCodes.PHQ9_TOTAL, 0, "1", TODAY);
    phq9.setValue(new org.hl7.fhir.r4.model.IntegerType(4));
    var item9 = phq9.addComponent();
    item9.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode(FhirCodes.PHQ9_ITEM9);
    item9.setValue(new org.hl7.fhir.r4.model.IntegerType(7));
    OperationOutcome tooHigh =
        expect(post("dr.adams", "/fhir/Observation", phq9), 422).as(OperationOutcome.class);
    assertThat(tooHigh.getIssue())
        .extracting(i -> i.getExpression().get(0).getValue())
        .contains("Observation.component[0].valueInteger");
    // a score given as a quantity is taken as written, never truncated: item 9 of 0.5 is not 0
    item9.setValue(new org.hl7.fhir.r4.model.Quantity().setValue(new BigDecimal("0.5")));
    OperationOutcome half =
        expect(post("dr.adams", "/fhir/Observation", phq9), 422).as(OperationOutcome.class);
    assertThat(half.getIssue())
        .extracting(i -> i.getExpression().get(0).getValue())
        .contains("Observation.component[0].valueInteger");
    item9.setValue(new org.hl7.fhir.r4.model.IntegerType(0));
    Answer m = expect(post("dr.adams", "/fhir/Observation", phq9), 201);
    Observation readPhq9 =
        expect(get("dr.adams", "/fhir/Observation/" + m.id()), 200).as(Observation.class);
    assertThat(readPhq9.getValueIntegerType().getValue()).isEqualTo(4);
    assertThat(readPhq9.getComponentFirstRep().getValueIntegerType().getValue()).isZero();
  }

  @Test
  void anImplausibleLabIsRefusedNamingTheElementAndNothingIsWritten() throws Exception {
    long olivia = patientId("Olivia");
    long events = count();
    OperationOutcome wrongUnit =
        expect(
                post("dr.adams", "/fhir/Observation", lab(olivia, "1742-6", 20, "mg/dL", TODAY)),
                422)
            .as(OperationOutcome.class);
    assertThat(wrongUnit.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("Observation.valueQuantity.code");
    OperationOutcome future =
        expect(
                post(
                    "dr.adams",
                    "/fhir/Observation",
                    lab(olivia, "2571-8", 110, "mg/dL", "2027-01-05")),
                422)
            .as(OperationOutcome.class);
    assertThat(future.getIssue())
        .extracting(i -> i.getExpression().get(0).getValue())
        .contains("Observation.effectiveDateTime");
    Observation noValue = lab(olivia, "2571-8", 110, "mg/dL", TODAY);
    noValue.setValue(null);
    expect(post("dr.adams", "/fhir/Observation", noValue), 422);
    // exact thresholds (ADR 0024): a value a double cannot hold is refused, not read as 880
    Observation tooPrecise = lab(olivia, "2571-8", 0, "mg/dL", TODAY);
    tooPrecise.getValueQuantity().setValue(new BigDecimal("879.99999999999999"));
    OperationOutcome refused =
        expect(post("dr.adams", "/fhir/Observation", tooPrecise), 422).as(OperationOutcome.class);
    assertThat(refused.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("Observation.valueQuantity.value");
    assertThat(refused.getIssueFirstRep().getDiagnostics()).contains("at most 15");
    // a field given twice is ambiguous (HAPI would keep the last value): refused before any reader
    String twice =
        FHIR.newJsonParser()
            .encodeResourceToString(lab(olivia, "2571-8", 950, "mg/dL", TODAY))
            .replace("\"value\":950", "\"value\":950,\"value\":110");
    assertThat(twice).contains("\"value\":110");
    Answer ambiguous =
        send("dr.adams", "POST", "/fhir/Observation", twice, "application/fhir+json");
    assertThat(ambiguous.status()).isEqualTo(400);
    assertThat(ambiguous.body()).contains("is given more than once");
    assertThat(count()).isEqualTo(events);
  }

  @Test
  void onlyTheOwnPrescriberOrDesigneeWritesAFact() throws Exception {
    long elena = patientId("Elena");
    long olivia = patientId("Olivia");
    long events = count();
    expect(post("dr.adams", "/fhir/Observation", lab(elena, "2571-8", 110, "mg/dL", TODAY)), 404);
    expect(
        post("paula.pharmacist", "/fhir/Observation", lab(olivia, "2571-8", 110, "mg/dL", TODAY)),
        403);
    expect(post(null, "/fhir/Observation", lab(olivia, "2571-8", 110, "mg/dL", TODAY)), 401);
    assertThat(count()).isEqualTo(events);
  }

  private long count() {
    return jdbc.sql("select count(*) from course_event").query(Long.class).single();
  }
}
