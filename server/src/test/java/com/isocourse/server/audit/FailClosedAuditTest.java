package com.isocourse.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * No audit, no change: when the audit row of a change cannot be written, the change is not
 * committed and the client gets a complete 503 problem. The failure is made by a test-only trigger
 * that refuses audit rows of one route.
 */
class FailClosedAuditTest extends ApiTestSupport {
  @Test
  void aFactWhoseAuditRowCannotBeWrittenIsNotRecorded() throws Exception {
    long patientId =
        enroll("dr.adams", "Fiona Failclosed", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    long eventsBefore = eventsOf(patientId);
    long auditBefore = rows("audit_log");
    jdbc.sql(
            "create function refuse_audit_of_facts() returns trigger language plpgsql as $$"
                + " begin if new.action like 'POST /api/patients/{patientId}/events%' then"
                + " raise exception 'audit refused by the test'; end if; return new; end $$")
        .update();
    jdbc.sql(
            "create trigger audit_refuses_facts before insert on audit_log"
                + " for each row execute function refuse_audit_of_facts()")
        .update();
    JsonNode problem;
    try {
      problem =
          call(
              "dr.adams",
              post("/api/patients/" + patientId + "/events"),
              "{\"type\":\"weight\",\"date\":\"2026-12-01\",\"kg\":61.5}",
              503);
    } finally {
      jdbc.sql("drop trigger audit_refuses_facts on audit_log").update();
      jdbc.sql("drop function refuse_audit_of_facts()").update();
    }
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("type").asText()).endsWith("audit-unavailable");
    assertThat(problem.get("detail").asText()).contains("nothing was recorded");
    assertThat(eventsOf(patientId)).as("the fact was rolled back").isEqualTo(eventsBefore);
    assertThat(rows("audit_log")).isEqualTo(auditBefore);

    record("dr.adams", patientId, "{\"type\":\"weight\",\"date\":\"2026-12-01\",\"kg\":61.5}");
    assertThat(eventsOf(patientId)).isEqualTo(eventsBefore + 1);
    var row =
        jdbc.sql(
                "select action, outcome, patient_id, detail from audit_log order by id desc limit 1")
            .query(
                (rs, n) ->
                    new String[] {
                      rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                    })
            .single();
    assertThat(row[0]).isEqualTo("POST /api/patients/{patientId}/events");
    assertThat(row[1]).isEqualTo("OK");
    assertThat(row[2]).isEqualTo(Long.toString(patientId));
    assertThat(row[3]).contains("committed with the change");
  }

  private long eventsOf(long patientId) {
    return jdbc.sql("select count(*) from course_event where patient_id = ?")
        .param(patientId)
        .query(Long.class)
        .single();
  }
}
