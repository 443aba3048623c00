package com.isocourse.server.authorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dispense requests, authorizations and dispenses in plain SQL. */
@Repository
class AuthorizationRepository {
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

  public Optional<StoredRequest> byId(long id) {
    return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::row).optional();
  }

  /**
   * What an authorization request must know before deciding, as one read.
   *
   * @param earlierRequestId the request already made with this idempotency key, if any
   * @param liveAuthorizationId the prescription's live (issued or claimed) authorization, if any
   * @param patientLiveAuthorization the patient's live authorization for any prescription: issued,
   *     not dispensed, reversed or expired (ALL-ONEFILL: one supply at a time), as "id for
   *     prescription"; null when there is none
   * @param authorizations how many authorizations the prescription has had (live or reversed)
   * @param pharmacyActive the asking pharmacy is registered and active
   * @param prescriberCertified the patient's prescriber is certified; null without a prescriber row
   */
  public record BeforeDeciding(
      Long earlierRequestId,
      Long liveAuthorizationId,
      String patientLiveAuthorization,
      int authorizations,
      boolean pharmacyActive,
      Boolean prescriberCertified) {}

  /**
   * Reads the idempotency key's earlier request, the prescription's live authorization and
   * authorization count, the pharmacy's status and the prescriber's certification in one statement.
   * Call it only once the prescription row is locked: under READ COMMITTED the statement then sees
   * everything committed by a transaction that held the lock before.
   */
  public BeforeDeciding beforeDeciding(
      String key,
      String prescriptionId,
      long patientId,
      LocalDate today,
      long pharmacyId,
      long prescriberId) {
    return jdbc.sql(
            "select (select id from dispense_request where idempotency_key = ?),"
                + " (select id from dispense_authorization where active_prescription_id = ?),"
                + " (select id || ' for ' || prescription_id from dispense_authorization"
                + " where patient_id = ? and status = 'ISSUED' and do_not_dispense_after >= ?"
                + " order by id limit 1),"
                + " (select count(*) from dispense_authorization where prescription_id = ?),"
                + " coalesce((select active from pharmacy where id = ?), false),"
                + " (select certified from prescriber where user_id = ?)")
        .params(key, prescriptionId, patientId, today, prescriptionId, pharmacyId, prescriberId)
        .query(
            (rs, n) ->
                new BeforeDeciding(
                    rs.getObject(1, Long.class),
                    rs.getObject(2, Long.class),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getBoolean(5),
                    rs.getObject(6, Boolean.class)))
        .single();
  }

  /**
   * Marks the patient's issued authorizations whose last dispense date has passed as EXPIRED: no
   * longer live, so they hold neither the prescription nor the patient's one supply (the partial
   * unique index {@code one_live_authorization_per_patient} admits one ISSUED row per patient).
   */
  public void expireStale(long patientId, LocalDate today) {
    jdbc.sql(
            "update dispense_authorization set status = 'EXPIRED', active_prescription_id = null,"
                + " changed_at = now() where patient_id = ? and status = 'ISSUED'"
                + " and do_not_dispense_after < ?")
        .params(patientId, today)
        .update();
  }

  /** A dispense request as it is to be stored. */
  public record NewRequest(
      String idempotencyKey,
      String prescriptionId,
      long patientId,
      long pharmacyId,
      long requestedBy,
      LocalDate date,
      String requestJson,
      String decision,
      String decisionJson,
      String ruleSet,
      int historyVersion) {}

  /** The authorization to issue with a request: its code and last dispense date. */
  public record NewAuthorization(String code, LocalDate doNotDispenseAfter) {}

  /**
   * A stored request's id and, when one was issued, its authorization as {@link #byId} shows it.
   */
  public record Inserted(long requestId, AuthorizationView.Authorization authorization) {}

  /**
   * Stores a request and, when {@code issue} is not null, the authorization it issues, in one
   * statement. The authorization counts as live for its prescription, so the unique constraint on
   * {@code active_prescription_id} refuses a second one and nothing of the statement is stored.
   */
  public Inserted insertRequest(NewRequest r, NewAuthorization issue) {
    return jdbc.sql(
            "with issued as (insert into dispense_authorization (prescription_id,"
                + " active_prescription_id, patient_id, pharmacy_id, code, do_not_dispense_after,"
                + " status) select ?, ?, ?, ?, ?, ?, 'ISSUED' where ? returning id)"
                + " insert into dispense_request (idempotency_key, prescription_id, patient_id,"
                + " pharmacy_id, requested_by, request_date, request_json, decision, decision_json,"
                + " rule_set, history_version, authorization_id) values (?, ?, ?, ?, ?, ?,"
                + " cast(? as jsonb), ?, cast(? as jsonb), ?, ?, (select id from issued))"
                + " returning id, authorization_id")
        .params(
            r.prescriptionId(),
            r.prescriptionId(),
            r.patientId(),
            r.pharmacyId(),
            issue == null ? null : issue.code(),
            issue == null ? null : issue.doNotDispenseAfter(),
            issue != null,
            r.idempotencyKey(),
            r.prescriptionId(),
            r.patientId(),
            r.pharmacyId(),
            r.requestedBy(),
            r.date(),
            r.requestJson(),
            r.decision(),
            r.decisionJson(),
            r.ruleSet(),
            r.historyVersion())
        .query(
            (rs, n) -> {
              Long authorizationId = rs.getObject(2, Long.class);
              return new Inserted(
                  rs.getLong(1),
                  authorizationId == null
                      ? null
                      : new AuthorizationView.Authorization(
                          authorizationId, issue.code(), issue.doNotDispenseAfter(), "ISSUED"));
            })
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
