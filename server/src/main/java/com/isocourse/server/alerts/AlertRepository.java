package com.isocourse.server.alerts;

import com.isocourse.core.escalation.Trigger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code alert} table (V6__alerts.sql), in plain SQL. */
@Repository
class AlertRepository {
  private static final String SELECT =
      "select a.id, a.patient_id, p.program_id, p.display_name, a.tier, a.code, a.trigger_text,"
          + " a.fact_date, a.raised_at, a.reports, a.last_reported_at, a.acknowledged_by,"
          + " u.display_name as acknowledged_by_name, a.acknowledged_at"
          + " from alert a join patient p on p.id = a.patient_id"
          + " left join app_user u on u.id = a.acknowledged_by";

  /** Open alerts first, safety stops before lab stops, then the newest. */
  private static final String ORDER =
      " order by (a.acknowledged_at is null) desc,"
          + " case a.tier when 'SAFETY_STOP' then 0 else 1 end,"
          + " a.raised_at desc, a.id desc";

  private final JdbcClient jdbc;

  AlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Raises an alert for the fact, or, when an alert for the same fact is still open, counts this
   * report on it; returns the alert's id either way.
   */
  long raise(long patientId, long courseId, long prescriberId, long eventId, Trigger.Stop trigger) {
    return jdbc.sql(
            "insert into alert (patient_id, course_id, prescriber_id, tier, code, trigger_key,"
                + " trigger_text, fact_date, event_id, latest_event_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (patient_id, course_id, trigger_key) where acknowledged_at is null"
                + " do update set latest_event_id = excluded.latest_event_id,"
                + " reports = alert.reports + 1, last_reported_at = now()"
                + " returning id")
        .params(
            patientId,
            courseId,
            prescriberId,
            trigger.tier().name(),
            trigger.code().name(),
            trigger.key(),
            trigger.words(),
            trigger.on(),
            eventId,
            eventId)
        .query(Long.class)
        .single();
  }

  /** The prescriber's alerts: the open ones, or all of them (open first), at most {@code limit}. */
  List<Alert> ofPrescriber(long prescriberId, boolean openOnly, int limit) {
    return jdbc.sql(
            SELECT
                + " where a.prescriber_id = ?"
                + (openOnly ? " and a.acknowledged_at is null" : "")
                + ORDER
                + " limit ?")
        .params(prescriberId, limit)
        .query(AlertRepository::row)
        .list();
  }

  /** The prescriber's open alerts about one patient. */
  List<Alert> openOfPatient(long prescriberId, long patientId) {
    return jdbc.sql(
            SELECT
                + " where a.prescriber_id = ? and a.patient_id = ? and a.acknowledged_at is null"
                + ORDER)
        .params(prescriberId, patientId)
        .query(AlertRepository::row)
        .list();
  }

  /** The alert, if it is one of the prescriber's. */
  Optional<Alert> find(long id, long prescriberId) {
    return jdbc.sql(SELECT + " where a.id = ? and a.prescriber_id = ?")
        .params(id, prescriberId)
        .query(AlertRepository::row)
        .optional();
  }

  /** Marks the prescriber's open alert acknowledged by the user now; false when none was open. */
  boolean acknowledge(long id, long prescriberId, long userId) {
    return jdbc.sql(
                "update alert set acknowledged_by = ?, acknowledged_at = now()"
                    + " where id = ? and prescriber_id = ? and acknowledged_at is null")
            .params(userId, id, prescriberId)
            .update()
        == 1;
  }

  long openCount(long prescriberId) {
    return jdbc.sql(
            "select count(*) from alert where prescriber_id = ? and acknowledged_at is null")
        .param(prescriberId)
        .query(Long.class)
        .single();
  }

  /** Whether recording this event raised an alert, or counted on an open one. */
  boolean raisedOrCountedBy(long eventId) {
    return jdbc.sql("select exists (select 1 from alert where latest_event_id = ? or event_id = ?)")
        .params(eventId, eventId)
        .query(Boolean.class)
        .single();
  }

  private static Alert row(ResultSet rs, int n) throws SQLException {
    long ackBy = rs.getLong("acknowledged_by");
    boolean acknowledged = !rs.wasNull();
    java.sql.Timestamp ackAt = rs.getTimestamp("acknowledged_at");
    return new Alert(
        rs.getLong("id"),
        rs.getLong("patient_id"),
        rs.getString("program_id"),
        rs.getString("display_name"),
        rs.getString("tier"),
        rs.getString("code"),
        rs.getString("trigger_text"),
        rs.getObject("fact_date", java.time.LocalDate.class),
        rs.getTimestamp("raised_at").toInstant(),
        rs.getInt("reports"),
        rs.getTimestamp("last_reported_at").toInstant(),
        acknowledged ? ackBy : null,
        acknowledged ? rs.getString("acknowledged_by_name") : null,
        ackAt == null ? null : ackAt.toInstant());
  }
}
