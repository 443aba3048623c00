package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.server.support.DemoClinic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The REST API's access matrix ({@code AccessMatrixTest}) on {@code /fhir}: every route × every
 * role, plus another prescriber's patient. No token is 401, a role that may not is 403, a record
 * outside the relationship is 404 — each as an OperationOutcome.
 */
class FhirAccessMatrixTest extends FhirTestSupport {
  private static final List<String> ROLES =
      List.of("anonymous", "admin", "dr.adams", "nina.designee", "paula.pharmacist", "patient");

  private interface Call {
    Answer as(String user) throws Exception;
  }

  @Test
  void everyCellOfTheFhirAccessMatrixHolds() throws Exception {
    long own = patientId("Olivia");
    long other = patientId("Elena");
    String patientUser = DemoClinic.username(jdbc, own);
    String born = birthDate(own);
    Map<String, Call> calls = new LinkedHashMap<>();
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    //                                   anon admin presc desig pharm patient
    calls.put("metadata", u -> get(u, "/fhir/metadata"));
    expected.put("metadata", List.of(200, 200, 200, 200, 200, 200));
    calls.put("own patient", u -> get(u, "/fhir/Patient/" + own));
    expected.put("own patient", List.of(401, 403, 200, 200, 403, 200));
    calls.put("other prescriber's patient", u -> get(u, "/fhir/Patient/" + other));
    expected.put("other prescriber's patient", List.of(401, 403, 404, 404, 403, 404));
    calls.put("observations", u -> get(u, "/fhir/Observation?patient=" + own));
    expected.put("observations", List.of(401, 403, 200, 200, 403, 200));
    calls.put("prescriptions", u -> get(u, "/fhir/MedicationRequest?patient=" + own));
    expected.put("prescriptions", List.of(401, 403, 200, 200, 403, 200));
    long noah = patientId("Noah");
    String dispense =
        jdbc.sql("select min(id)::text from dispense where patient_id = ?")
            .param(noah)
            .query(String.class)
            .single();
    calls.put("dispenses", u -> get(u, "/fhir/MedicationDispense?patient=" + own));
    expected.put("dispenses", List.of(401, 403, 200, 200, 403, 200));
    calls.put(
        "other prescriber's dispenses", u -> get(u, "/fhir/MedicationDispense?patient=" + other));
    expected.put("other prescriber's dispenses", List.of(401, 403, 404, 404, 403, 404));
    calls.put("a dispense by id", u -> get(u, "/fhir/MedicationDispense/" + dispense));
    expected.put("a dispense by id", List.of(401, 403, 200, 200, 403, 404));
    long adams =
        jdbc.sql("select prescriber_id from patient where id = ?")
            .param(own)
            .query(Long.class)
            .single();
    long baker =
        jdbc.sql("select prescriber_id from patient where id = ?")
            .param(other)
            .query(Long.class)
            .single();
    calls.put("own prescriber", u -> get(u, "/fhir/Practitioner/" + adams));
    expected.put("own prescriber", List.of(401, 403, 200, 200, 403, 200));
    calls.put("other prescriber", u -> get(u, "/fhir/Practitioner/" + baker));
    expected.put("other prescriber", List.of(401, 403, 404, 404, 403, 404));
    calls.put("own prescriber's role", u -> get(u, "/fhir/PractitionerRole?practitioner=" + adams));
    expected.put("own prescriber's role", List.of(401, 403, 200, 200, 403, 200));
    calls.put(
        "other prescriber's role", u -> get(u, "/fhir/PractitionerRole?practitioner=" + baker));
    expected.put("other prescriber's role", List.of(401, 403, 404, 404, 403, 404));
    calls.put("pharmacies", u -> get(u, "/fhir/Organization"));
    expected.put("pharmacies", List.of(401, 403, 200, 200, 200, 200));
    calls.put("questionnaire responses", u -> get(u, "/fhir/QuestionnaireResponse?patient=" + own));
    expected.put("questionnaire responses", List.of(401, 403, 200, 200, 403, 200));
    calls.put(
        "other's questionnaire responses",
        u -> get(u, "/fhir/QuestionnaireResponse?patient=" + other));
    expected.put("other's questionnaire responses", List.of(401, 403, 404, 404, 403, 404));
    calls.put("detected issues", u -> get(u, "/fhir/DetectedIssue?patient=" + own));
    expected.put("detected issues", List.of(401, 403, 200, 200, 403, 200));
    calls.put(
        "write (invalid)",
        u -> post(u, "/fhir/Observation", new org.hl7.fhir.r4.model.Observation()));
    expected.put("write (invalid)", List.of(401, 403, 422, 422, 403, 403));
    calls.put(
        "write on other's patient",
        u ->
            post(
                u,
                "/fhir/Observation",
                ObservationRoundTripTest.lab(other, "2571-8", 110, "mg/dL", TODAY)));
    expected.put("write on other's patient", List.of(401, 403, 404, 404, 403, 403));
    calls.put("audit events", u -> get(u, "/fhir/AuditEvent?patient=" + own));
    expected.put("audit events", List.of(401, 200, 403, 403, 403, 403));
    calls.put("medications", u -> get(u, "/fhir/MedicationStatement?patient=" + own));
    expected.put("medications", List.of(401, 403, 200, 200, 403, 200));
    calls.put("other's medications", u -> get(u, "/fhir/MedicationStatement?patient=" + other));
    expected.put("other's medications", List.of(401, 403, 404, 404, 403, 404));
    calls.put(
        "medication write (invalid)",
        u -> post(u, "/fhir/MedicationStatement", new org.hl7.fhir.r4.model.MedicationStatement()));
    expected.put("medication write (invalid)", List.of(401, 403, 422, 422, 403, 403));
    calls.put(
        "$rems-etasu",
        u -> post(u, RemsEtasuTest.ETASU, RemsEtasuTest.byPatient(programId(own), born)));
    expected.put("$rems-etasu", List.of(401, 403, 200, 200, 200, 403));
    calls.put(
        "$rems-etasu, other's patient",
        u -> post(u, RemsEtasuTest.ETASU, RemsEtasuTest.byPatient(programId(other), null)));
    expected.put("$rems-etasu, other's patient", List.of(401, 403, 404, 404, 422, 403));

    List<String> wrong = new ArrayList<>();
    for (var e : calls.entrySet()) {
      for (int i = 0; i < ROLES.size(); i++) {
        String role = ROLES.get(i);
        String user = role.equals("anonymous") ? null : role.equals("patient") ? patientUser : role;
        Answer a = e.getValue().as(user);
        int want = expected.get(e.getKey()).get(i);
        if (a.status() != want) {
          wrong.add(e.getKey() + " as " + role + ": " + a.status() + " (expected " + want + ")");
        } else if (want >= 400 && !a.body().contains("\"resourceType\":\"OperationOutcome\"")) {
          wrong.add(e.getKey() + " as " + role + ": not an OperationOutcome");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
