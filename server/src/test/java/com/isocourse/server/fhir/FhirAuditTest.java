package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FHIR requests share the API's audit (issue 12): an {@code $rems-etasu} check names its patient,
 * an anonymous refusal is recorded, and a read whose row cannot be written is a 503
 * OperationOutcome, never data without a trail.
 */
class FhirAuditTest extends FhirTestSupport {

  @AfterEach
  void repairTheAuditTrail() {
    jdbc.sql("drop trigger if exists test_fhir_audit_broken on audit_pending").update();
  }

  private long lastAuditId() {
    return auditSql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
  }

  @Test
  void anEtasuCheckNamesItsPatientAndAnAnonymousCallIsRecorded() throws Exception {
    long olivia = patientId("Olivia");
    long before = lastAuditId();
    expect(
        post(
            "paula.pharmacist",
            RemsEtasuTest.ETASU,
            RemsEtasuTest.byPatient(programId(olivia), birthDate(olivia))),
        200);
    expect(get(null, "/fhir/Observation?patient=" + olivia), 401);
    var rows =
        auditSql(
                "select actor || '|' || action || '|' || coalesce(patient_id::text, '-') || '|'"
                    + " || outcome from audit_log where id > ? order by id")
            .param(before)
            .query(String.class)
            .list();
    assertThat(rows)
        .contains(
            "paula.pharmacist|POST /fhir/GuidanceResponse/$rems-etasu|" + olivia + "|OK",
            "anonymous|GET /fhir/Observation|-|REFUSED");
  }

  @Test
  void aReadIsNotShownWithoutItsAuditRow() throws Exception {
    long olivia = patientId("Olivia");
    jdbc.sql(
            "create or replace function test_fhir_audit_broken() returns trigger language plpgsql"
                + " as $$ begin raise exception 'audit storage failed'; end; $$")
        .update();
    jdbc.sql(
            "create trigger test_fhir_audit_broken before insert on audit_pending"
                + " for each row execute function test_fhir_audit_broken()")
        .update();
    Answer a = expect(get("dr.adams", "/fhir/Observation?patient=" + olivia), 503);
    assertThat(a.body()).doesNotContain("2571-8").contains("transient");
  }
}
