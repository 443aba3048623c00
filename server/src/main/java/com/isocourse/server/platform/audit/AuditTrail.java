package com.isocourse.server.platform.audit;

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

  /** One row as the viewer shows it; {@code programId} is the named patient's program ID. */
  public record Row(
      long id,
      Instant at,
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
    StringBuilder sql =
        new StringBuilder(
            "select a.id, a.at, a.actor, a.action, a.patient_id, p.program_id, a.outcome, a.detail"
                + " from audit_log a left join patient p on p.id = a.patient_id where true");
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
    List<Row> rows =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        (Long) rs.getObject("patient_id"),
                        rs.getString("program_id"),
                        rs.getString("outcome"),
                        rs.getString("detail")))
            .list();
    if (rows.size() > f.limit()) {
      List<Row> page = rows.subList(0, f.limit());
      return new Page(List.copyOf(page), Optional.of(page.get(page.size() - 1).id()));
    }
    return new Page(List.copyOf(rows), Optional.empty());
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
