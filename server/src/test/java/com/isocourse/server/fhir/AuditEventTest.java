package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;

/** The audit trail over FHIR: AuditEvents for an admin alone, by id, patient and date. */
class AuditEventTest extends FhirTestSupport {

  private List<AuditEvent> search(String query) throws Exception {
    return expect(get("admin", "/fhir/AuditEvent?" + query), 200).entries().stream()
        .map(AuditEvent.class::cast)
        .toList();
  }

  @Test
  void anAdminFindsAPatientsRowsByPatientAndDateAndReadsOneById() throws Exception {
    long olivia = patientId("Olivia");
    expect(
        post(
            "paula.pharmacist",
            RemsEtasuTest.ETASU,
            RemsEtasuTest.byPatient(programId(olivia), birthDate(olivia))),
        200);
    List<AuditEvent> rows = search("patient=" + olivia);
    assertThat(rows)
        .isNotEmpty()
        .allMatch(e -> e.getEntityFirstRep().getWhat().getReference().equals("Patient/" + olivia));
    AuditEvent etasu =
        rows.stream()
            .filter(
                e ->
                    e.getSubtypeFirstRep()
                        .getCode()
                        .equals("POST /fhir/GuidanceResponse/$rems-etasu"))
            .findFirst()
            .orElseThrow();
    assertThat(etasu.getAgentFirstRep().getWho().getDisplay()).isEqualTo("paula.pharmacist");
    assertThat(etasu.getAgentFirstRep().getRequestor()).isTrue();
    assertThat(etasu.getAction()).isEqualTo(AuditEvent.AuditEventAction.E);
    assertThat(etasu.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);

    AuditEvent read =
        expect(get("admin", "/fhir/AuditEvent/" + etasu.getIdElement().getIdPart()), 200)
            .as(AuditEvent.class);
    assertThat(read.getSubtypeFirstRep().getCode()).isEqualTo(etasu.getSubtypeFirstRep().getCode());
    expect(get("admin", "/fhir/AuditEvent/999999999"), 404);

    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    assertThat(search("patient=" + olivia + "&date=ge" + yesterday)).isNotEmpty();
    assertThat(search("patient=" + olivia + "&date=lt2000-01-01")).isEmpty();

    // reading the trail is audited too, naming the patient searched for
    assertThat(
            auditSql(
                    "select count(*) from audit_log where actor = 'admin'"
                        + " and action = 'GET /fhir/AuditEvent' and patient_id = ?")
                .param(olivia)
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void nobodyButAnAdminReadsTheTrail() throws Exception {
    long olivia = patientId("Olivia");
    String patient = com.isocourse.server.support.DemoClinic.username(jdbc, olivia);
    for (String user : List.of("dr.adams", "nina.designee", "paula.pharmacist", patient)) {
      expect(get(user, "/fhir/AuditEvent?patient=" + olivia), 403);
      expect(get(user, "/fhir/AuditEvent/1"), 403);
    }
    expect(get(null, "/fhir/AuditEvent?patient=" + olivia), 401);
  }
}
