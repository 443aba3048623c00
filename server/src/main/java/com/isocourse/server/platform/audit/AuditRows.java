package com.isocourse.server.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for an admin (FHIR AuditEvent): one row by id, or the latest rows about a
 * patient and/or within a time range. Read-only; the chain itself is checked by {@link
 * AuditVerifier}.
 */
@Repository
public class AuditRows {
  /** The most rows one search returns, newest first. */
  public static final int MAX_ROWS = 500;

  private final JdbcClient jdbc;

  public AuditRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One audit row as an admin reads it (the hashes stay with the verifier). */
  public record Row(
      long id,
      Instant at,
      Long actorId,
      String actor,
      String action,
      Long patientId,
      String outcome,
      String detail) {}

  @Transactional(readOnly = true)
  public Optional<Row> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(AuditRows::row).optional();
  }

  /**
   * The newest rows (at most {@link #MAX_ROWS}) about the patient, recorded at or after {@code
   * from} and at or before {@code to}; an absent bound does not filter.
   */
  @Transactional(readOnly = true)
  public List<Row> search(Optional<Long> patientId, Optional<Instant> from, Optional<Instant> to) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where true");
    List<Object> params = new ArrayList<>();
    patientId.ifPresent(
        p -> {
          sql.append(" and patient_id = ?");
          params.add(p);
        });
    from.ifPresent(
        f -> {
          sql.append(" and at >= ?");
          params.add(Timestamp.from(f));
        });
    to.ifPresent(
        t -> {
          sql.append(" and at <= ?");
          params.add(Timestamp.from(t));
        });
    sql.append(" order by id desc limit ").append(MAX_ROWS);
    return jdbc.sql(sql.toString()).params(params).query(AuditRows::row).list();
  }

  private static final String SELECT =
      "select id, at, actor_id, actor, action, patient_id, outcome, detail from audit_log";

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant(),
        rs.getObject("actor_id", Long.class),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getObject("patient_id", Long.class),
        rs.getString("outcome"),
        rs.getString("detail"));
  }
}
