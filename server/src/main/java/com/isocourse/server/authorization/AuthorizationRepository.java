package com.isocourse.server.authorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dispense requests, authorizations and dispenses in plain SQL. */
@Repository
public class AuthorizationRepository {
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public AuthorizationRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A stored request with the facts needed to check who may see it. */
  public record StoredRequest(
      AuthorizationView view, long pharmacyId, String idempotencyKey, Long authorizationId) {}

  private static final String SELECT =
      "select r.id, r.prescription_id, p.program_id, r.request_date, r.history_version,"
          + " r.decision_json, r.pharmacy_id, r.idempotency_key, a.id as auth_id, a.code,"
          + " a.do_not_dispense_after, a.status from dispense_request r"
          + " join patient p on p.id = r.patient_id"
          + " left join dispense_authorization a on a.id = r.authorization_id";

  public Optional<StoredRequest> byKey(String key) {
    return jdbc.sql(SELECT + " where r.idempotency_key = ?").param(key).query(this::row).optional();
  }

  public Optional<StoredRequest> byId(long id) {
    return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::row).optional();
  }

  /** The live (issued or claimed) authorization of a prescription, if any. */
  public Optional<Long> liveAuthorization(String prescriptionId) {
    return jdbc.sql("select id from dispense_authorization where active_prescription_id = ?")
        .param(prescriptionId)
        .query(Long.class)
        .optional();
  }

  public int authorizationCount(String prescriptionId) {
    return jdbc.sql("select count(*) from dispense_authorization where prescription_id = ?")
        .param(prescriptionId)
        .query(Integer.class)
        .single();
  }

  /** Issues an authorization; returns it as a {@link #byId} read would show it. */
  public AuthorizationView.Authorization insertAuthorization(
      String prescriptionId, long patientId, long pharmacyId, String code, LocalDate until) {
    long id =
        jdbc.sql(
                "insert into dispense_authorization (prescription_id, active_prescription_id,"
                    + " patient_id, pharmacy_id, code, do_not_dispense_after, status)"
                    + " values (?, ?, ?, ?, ?, ?, 'ISSUED') returning id")
            .params(prescriptionId, prescriptionId, patientId, pharmacyId, code, until)
            .query(Long.class)
            .single();
    return new AuthorizationView.Authorization(id, code, until, "ISSUED");
  }

  public long insertRequest(
      String key,
      String prescriptionId,
      long patientId,
      long pharmacyId,
      long requestedBy,
      LocalDate date,
      String requestJson,
      String decision,
      String decisionJson,
      String ruleSet,
      int version,
      Long authorizationId) {
    return jdbc.sql(
            "insert into dispense_request (idempotency_key, prescription_id, patient_id,"
                + " pharmacy_id, requested_by, request_date, request_json, decision, decision_json,"
                + " rule_set, history_version, authorization_id) values (?, ?, ?, ?, ?, ?,"
                + " cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?) returning id")
        .params(
            key,
            prescriptionId,
            patientId,
            pharmacyId,
            requestedBy,
            date,
            requestJson,
            decision,
            decisionJson,
            ruleSet,
            version,
            authorizationId)
        .query(Long.class)
        .single();
  }

  /** An authorization locked for a state change. */
  public record LockedAuthorization(
      long id,
      String prescriptionId,
      long patientId,
      long pharmacyId,
      LocalDate doNotDispenseAfter,
      String status) {}

  public Optional<LockedAuthorization> lock(long authorizationId) {
    return jdbc.sql(
            "select id, prescription_id, patient_id, pharmacy_id, do_not_dispense_after, status"
                + " from dispense_authorization where id = ? for update")
        .param(authorizationId)
        .query(
            (rs, n) ->
                new LockedAuthorization(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6)))
        .optional();
  }

  public void claim(long authorizationId) {
    jdbc.sql(
            "update dispense_authorization set status = 'CLAIMED', changed_at = now() where id = ?")
        .param(authorizationId)
        .update();
  }

  public void reverse(long authorizationId) {
    jdbc.sql(
            "update dispense_authorization set status = 'REVERSED', active_prescription_id = null,"
                + " changed_at = now() where id = ?")
        .param(authorizationId)
        .update();
  }

  public void insertDispense(
      long authorizationId,
      String prescriptionId,
      long patientId,
      LocalDate on,
      String capsulesJson,
      long by) {
    jdbc.sql(
            "insert into dispense (authorization_id, prescription_id, patient_id, dispensed_on,"
                + " capsules, recorded_by) values (?, ?, ?, ?, cast(? as jsonb), ?)")
        .params(authorizationId, prescriptionId, patientId, on, capsulesJson, by)
        .update();
  }

  public boolean pharmacyActive(long pharmacyId) {
    return jdbc.sql("select active from pharmacy where id = ?")
        .param(pharmacyId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private StoredRequest row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Long authId = rs.getObject("auth_id", Long.class);
    AuthorizationView.Authorization auth =
        authId == null
            ? null
            : new AuthorizationView.Authorization(
                authId,
                rs.getString("code"),
                rs.getObject("do_not_dispense_after", LocalDate.class),
                rs.getString("status"));
    try {
      AuthorizationView view =
          new AuthorizationView(
              rs.getLong("id"),
              rs.getString("prescription_id"),
              rs.getString("program_id"),
              rs.getObject("request_date", LocalDate.class),
              rs.getInt("history_version"),
              json.readTree(rs.getString("decision_json")),
              auth,
              false);
      return new StoredRequest(
          view, rs.getLong("pharmacy_id"), rs.getString("idempotency_key"), authId);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
