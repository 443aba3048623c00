package com.isocourse.server.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.security.UserRepository;
import com.isocourse.server.support.ApiTestSupport;
import com.isocourse.server.support.DemoClinic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail fails closed (issue 12): when the audit row cannot be written, a change is not
 * committed and a read is not shown — the caller gets a complete 503 problem — and once the trail
 * works again nothing is stuck. The audit table is "broken" by a test trigger that refuses every
 * insert into {@code audit_pending}, as a full disk or a revoked grant would.
 */
class FailClosedAuditTest extends ApiTestSupport {
  private static final List<String> SUPPLY =
      List.of("dispense_request", "dispense_authorization", "dispense");

  @Autowired UserRepository users;
  @Autowired DataSource dataSource;

  private void breakTheAuditTrail() {
    jdbc.sql(
            "create or replace function test_audit_broken() returns trigger language plpgsql as"
                + " $$ begin raise exception 'audit storage failed'; end; $$")
        .update();
    jdbc.sql(
            "create trigger test_audit_broken before insert on audit_pending"
                + " for each row execute function test_audit_broken()")
        .update();
  }

  @AfterEach
  void repairTheAuditTrail() {
    jdbc.sql("drop trigger if exists test_audit_broken on audit_pending").update();
  }

  private long auditRows() {
    return auditSql("select count(*) from audit_log").query(Long.class).single()
        + jdbc.sql("select count(*) from audit_pending").query(Long.class).single();
  }

  @Test
  void anAuthorizationIsNotCommittedWithoutItsAuditRowAndIsNotStuckAfterwards() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Failclosed Fiona");
    counsel("dr.adams", p.patientId());
    Map<String, Long> before = rowsOf(SUPPLY);
    long audited = auditRows();
    breakTheAuditTrail();

    JsonNode problem = askAuthorization("paula.pharmacist", "fail-closed-1", p, 503);

    assertThat(problem.get("type").asText()).endsWith("/audit-unavailable");
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(rowsOf(SUPPLY)).as("nothing of the authorization committed").isEqualTo(before);
    assertThat(auditRows()).isEqualTo(audited);

    repairTheAuditTrail();
    JsonNode answer = askAuthorization("paula.pharmacist", "fail-closed-2", p, 201);
    assertThat(answer.toString()).contains("AUTHORIZED");
    assertThat(
            auditSql(
                    "select count(*) from audit_log where patient_id = ? and action like"
                        + " 'POST /api/pharmacy/authorizations%' and detail like"
                        + " 'committed with the change%'")
                .param(p.patientId())
                .query(Long.class)
                .single())
        .as("the authorization's row was written in its own transaction")
        .isEqualTo(1);
  }

  @Test
  void aReadIsNotShownWithoutItsAuditRow() throws Exception {
    long jack = DemoClinic.patientId(jdbc, "Jack");
    breakTheAuditTrail();
    String body =
        mvc.perform(
                get("/api/patients/" + jack + "/course")
                    .header("Authorization", "Bearer " + tokenOf("dr.adams")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("audit-unavailable").doesNotContain("Jack");

    var page = mvc.perform(get("/prescriber/patients/" + jack).with(as("dr.adams"))).andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(503);
    assertThat(page.getResponse().getContentAsString())
        .contains("audit trail cannot be written")
        .doesNotContain("Jack");
  }

  @Test
  void aRefusalThatCannotBeAuditedIsA503NotASilentRefusal() throws Exception {
    breakTheAuditTrail();
    var r = mvc.perform(get("/api/patients")).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(503);
    assertThat(r.getResponse().getContentAsString()).contains("audit-unavailable");
  }

  @Test
  void anonymousCallsAndPageRefusalsAreAudited() throws Exception {
    long before = lastId();
    mvc.perform(get("/api/patients")).andReturn();
    mvc.perform(get("/prescriber").with(as("paula.pharmacist"))).andReturn();
    var rows =
        auditSql("select actor, action, outcome, detail from audit_log where id > ? order by id")
            .param(before)
            .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
            .list();
    assertThat(rows)
        .contains(
            "anonymous|GET /api/patients|REFUSED", "paula.pharmacist|GET /prescriber|REFUSED");
  }

  @Test
  void aWorklistReadNamesEveryPatientOnIt() throws Exception {
    long before = lastId();
    call("dr.adams", get("/api/patients"), null, 200);
    String detail =
        auditSql(
                "select detail from audit_log where id > ? and action = 'GET /api/patients'"
                    + " order by id desc limit 1")
            .param(before)
            .query(String.class)
            .single();
    List<Long> hers =
        jdbc.sql(
                "select p.id from patient p join app_user u on u.id = p.prescriber_id"
                    + " where u.username = 'dr.adams' order by p.id")
            .query(Long.class)
            .list();
    assertThat(hers).isNotEmpty();
    assertThat(detail)
        .contains("patients " + String.join(",", hers.stream().map(String::valueOf).toList()));
  }

  @Test
  void anAdminActNamesWhatItChanged() throws Exception {
    long pharmacy =
        jdbc.sql("insert into pharmacy (name) values ('Audit Test Pharmacy') returning id")
            .query(Long.class)
            .single();
    long before = lastId();
    call("admin", put("/api/admin/pharmacies/" + pharmacy + "/active"), "{\"active\":false}", 200);
    String detail =
        auditSql(
                "select detail from audit_log where id > ? and action like 'PUT"
                    + " /api/admin/pharmacies%' order by id desc limit 1")
            .param(before)
            .query(String.class)
            .single();
    assertThat(detail).contains("pharmacy " + pharmacy + " deactivated");
  }

  /**
   * ADR 0022: the answer leaves once its row is durable in {@code audit_pending}; it does not wait
   * for the chain. With the chain's head locked by another transaction (so nothing can be chained),
   * an audited read is answered at once, its row is already committed, and it is chained as soon as
   * the head is free. Before ADR 0022 this answer waited the whole {@link AuditLog#CHAIN_WAIT}.
   */
  @Test
  void anAnswerLeavesOnceItsRowIsDurableWithoutWaitingForTheChain() throws Exception {
    call("dr.adams", get("/api/patients"), null, 200); // the token exists before the chain is held
    long before = lastId();
    long pendingBefore = pendingReadsOfPatients();
    try (var holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      holder.createStatement().execute("select last_id from audit_head for update");
      long started = System.nanoTime();
      call("dr.adams", get("/api/patients"), null, 200);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).isLessThan(AuditLog.CHAIN_WAIT);
      assertThat(pendingReadsOfPatients()).isEqualTo(pendingBefore + 1);
      holder.rollback();
    }
    long chained =
        auditSql("select count(*) from audit_log where id > ? and action = 'GET /api/patients'")
            .param(before)
            .query(Long.class)
            .single();
    assertThat(chained).isEqualTo(1);
    assertThat(pendingReadsOfPatients()).isZero();
  }

  private long pendingReadsOfPatients() {
    return jdbc.sql(
            "select count(*) from audit_pending where actor = 'dr.adams'"
                + " and action = 'GET /api/patients'")
        .query(Long.class)
        .single();
  }

  private long lastId() {
    return auditSql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
  }
}
