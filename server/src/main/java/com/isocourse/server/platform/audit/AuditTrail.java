package com.isocourse.server.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the audit trail (issue 14 item 2, the admin's audit viewer): rows filtered by user,
 * patient, kind and day, newest first, in pages of at most {@value #MAX_PAGE} rows (keyset on the
 * row id, so a page never shifts while new rows are chained), and a check of the whole keyed chain
 * from the page ({@link AuditVerifier}, the same walk as {@code isocourse audit verify}). Rows
 * still waiting in {@code audit_pending} are chained first, so the trail shown includes the
 * caller's own last acts.
 */
@Component
public class AuditTrail {
  /** Rows per page at most. */
  public static final int MAX_PAGE = 200;

  /** The most rows one search by patient and time returns (FHIR AuditEvent), newest first. */
  public static final int MAX_ROWS = 500;

  private static final String SELECT =
      "select a.id, a.at, a.actor_id, a.actor, a.action, a.patient_id, p.program_id, a.outcome,"
          + " a.detail from audit_log a left join patient p on p.id = a.patient_id";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final AuditLog log;

  public AuditTrail(JdbcClient jdbc, DataSource dataSource, AuditLog log) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.log = log;
  }

  /** What a row records, by the kind of act. */
  public enum Kind {
    /** Every row. */
    ALL,
    /** Changes: POST, PUT, PATCH and DELETE requests. */
    CHANGES,
    /** Reads: GET requests. */
    READS,
    /** Sign-in and sign-out attempts. */
    SIGN_IN,
    /** Refusals: anything answered "refused" or "not found". */
    REFUSALS
  }

  /**
   * A search. Every part is optional; the days are UTC calendar days, both inclusive.
   *
   * @param actor a username, matched without regard to case
   * @param patientId the patient the rows name
   * @param beforeId only rows older than this id (the next page)
   */
  public record Filter(
      Optional<String> actor,
      Optional<Long> patientId,
      Kind kind,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<Long> beforeId,
      int limit) {
    public Filter {
      if (limit < 1 || limit > MAX_PAGE) {
        throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE);
      }
    }
  }

  /**
   * One row as an admin reads it (the hashes stay with the verifier); {@code programId} is the
   * named patient's program ID.
   */
  public record Row(
      long id,
      Instant at,
      Long actorId,
      String actor,
      String action,
      Long patientId,
      String programId,
      String outcome,
      String detail) {}

  /** A page of rows, newest first; {@code nextBeforeId} is set when older rows match too. */
  public record Page(List<Row> rows, Optional<Long> nextBeforeId) {}

  public Page search(Filter f) {
    log.awaitPendingChained();
    StringBuilder sql = new StringBuilder(SELECT).append(" where true");
    List<Object> params = new ArrayList<>();
    f.actor()
        .ifPresent(
            a -> {
              sql.append(" and lower(a.actor) = lower(?)");
              params.add(a);
            });
    f.patientId()
        .ifPresent(
            id -> {
              sql.append(" and a.patient_id = ?");
              params.add(id);
            });
    switch (f.kind()) {
      case ALL -> {}
      case CHANGES ->
          sql.append(
              " and (a.action like 'POST %' or a.action like 'PUT %' or a.action like 'PATCH %'"
                  + " or a.action like 'DELETE %')");
      case READS -> sql.append(" and a.action like 'GET %'");
      case SIGN_IN -> sql.append(" and a.action in ('LOGIN', 'LOGOUT')");
      case REFUSALS -> sql.append(" and a.outcome in ('REFUSED', 'NOT_FOUND')");
    }
    f.from()
        .ifPresent(
            d -> {
              sql.append(" and a.at >= ?");
              params.add(Timestamp.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
            });
    f.to()
        .ifPresent(
            d -> {
              sql.append(" and a.at < ?");
              params.add(Timestamp.from(d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            });
    f.beforeId()
        .ifPresent(
            id -> {
              sql.append(" and a.id < ?");
              params.add(id);
            });
    sql.append(" order by a.id desc limit ?");
    params.add(f.limit() + 1);
    List<Row> rows = jdbc.sql(sql.toString()).params(params).query(AuditTrail::row).list();
    if (rows.size() > f.limit()) {
      List<Row> page = rows.subList(0, f.limit());
      return new Page(List.copyOf(page), Optional.of(page.get(page.size() - 1).id()));
    }
    return new Page(List.copyOf(rows), Optional.empty());
  }

  /** One row by id (FHIR AuditEvent read). */
  public Optional<Row> find(long id) {
    log.awaitPendingChained();
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AuditTrail::row).optional();
  }

  /**
   * The newest rows (at most {@value #MAX_ROWS}) about the patient, recorded at or after {@code
   * from} and at or before {@code to}; an absent bound does not filter (FHIR AuditEvent search).
   */
  public List<Row> about(Optional<Long> patientId, Optional<Instant> from, Optional<Instant> to) {
    log.awaitPendingChained();
    StringBuilder sql = new StringBuilder(SELECT).append(" where true");
    List<Object> params = new ArrayList<>();
    patientId.ifPresent(
        p -> {
          sql.append(" and a.patient_id = ?");
          params.add(p);
        });
    from.ifPresent(
        f -> {
          sql.append(" and a.at >= ?");
          params.add(Timestamp.from(f));
        });
    to.ifPresent(
        t -> {
          sql.append(" and a.at <= ?");
          params.add(Timestamp.from(t));
        });
    sql.append(" order by a.id desc limit ").append(MAX_ROWS);
    return jdbc.sql(sql.toString()).params(params).query(AuditTrail::row).list();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant(),
        rs.getObject("actor_id", Long.class),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getObject("patient_id", Long.class),
        rs.getString("program_id"),
        rs.getString("outcome"),
        rs.getString("detail"));
  }

  /**
   * Walks the whole chain with this server's key (every row's keyed hash, the links, the head), in
   * one snapshot, after chaining what is pending.
   */
  public AuditVerifier.Verdict verify() {
    log.awaitPendingChained();
    try (var connection = dataSource.getConnection()) {
      return AuditVerifier.verify(connection, log.key());
    } catch (SQLException e) {
      throw new AuditUnavailableException(e);
    }
  }
}
