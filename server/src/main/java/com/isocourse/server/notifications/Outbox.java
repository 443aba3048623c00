package com.isocourse.server.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification} outbox (V12), in plain SQL. Every state change is one statement guarded
 * by the state it expects, so two instances can never both send or both mark a row.
 */
@Repository
class Outbox {
  /** The longest error text kept on a row. */
  static final int MAX_ERROR = 500;

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the message unless one with its key exists; true when it was added. */
  boolean enqueue(OutgoingMessage m) {
    return jdbc.sql(
                "insert into notification (dedupe_key, patient_id, user_id, channel, recipient,"
                    + " language, kind, subject, body) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (dedupe_key) do nothing")
            .params(
                m.dedupeKey(),
                m.patientId(),
                m.userId(),
                m.channel().name(),
                m.recipient(),
                m.language(),
                m.kind(),
                m.subject(),
                m.body())
            .update()
        == 1;
  }

  /**
   * Claims up to {@code limit} due messages for the sender until now + lease: pending rows whose
   * next attempt is due, and rows whose previous claim's lease ran out (that sender died or hung).
   * SKIP LOCKED: a row another sender is claiming right now is left to it, never claimed twice.
   */
  List<ClaimedMessage> claim(String sender, Duration lease, int limit) {
    return jdbc.sql(
            "update notification n set status = 'SENDING', claimed_by = ?,"
                + " claimed_until = now() + make_interval(secs => ?), attempts = n.attempts + 1"
                + " where n.id in (select id from notification"
                + "   where (status = 'PENDING' and next_attempt_at <= now())"
                + "      or (status = 'SENDING' and claimed_until < now())"
                + "   order by id limit ? for update skip locked)"
                + " returning n.id, n.dedupe_key, n.channel, n.recipient, n.subject, n.body,"
                + " n.attempts")
        .params(sender, lease.toMillis() / 1000.0, limit)
        .query(
            (rs, i) ->
                new ClaimedMessage(
                    rs.getLong(1),
                    rs.getString(2),
                    Channel.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7)))
        .list();
  }

  /** Marks the sender's claimed message sent; false when its claim was lost (lease ran out). */
  boolean markSent(long id, String sender) {
    return jdbc.sql(
                "update notification set status = 'SENT', sent_at = now(), claimed_by = null,"
                    + " claimed_until = null, last_error = null"
                    + " where id = ? and status = 'SENDING' and claimed_by = ?")
            .params(id, sender)
            .update()
        == 1;
  }

  /**
   * Records a failed attempt: the message waits {@code retryAfter} for its next attempt, or is
   * FAILED when it has had {@code maxAttempts}; the error is kept either way.
   */
  boolean markFailed(long id, String sender, String error, int maxAttempts, Duration retryAfter) {
    String text = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    return jdbc.sql(
                "update notification set status = case when attempts >= ? then 'FAILED'"
                    + " else 'PENDING' end, next_attempt_at = now() + make_interval(secs => ?),"
                    + " claimed_by = null, claimed_until = null, last_error = ?"
                    + " where id = ? and status = 'SENDING' and claimed_by = ?")
            .params(maxAttempts, retryAfter.toMillis() / 1000.0, text, id, sender)
            .update()
        == 1;
  }

  /** The newest messages, at most {@code limit}. */
  public List<OutboxEntry> newest(int limit) {
    return jdbc.sql(
            "select id, patient_id, kind, channel, recipient, language, subject, body, status, attempts,"
                + " created_at, sent_at, next_attempt_at, last_error from notification"
                + " order by created_at desc, id desc limit ?")
        .param(limit)
        .query(Outbox::entry)
        .list();
  }

  /** How many messages are in each state (every state listed, zero included). */
  public Map<String, Long> countsByStatus() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String s : List.of("PENDING", "SENDING", "SENT", "FAILED")) {
      counts.put(s, 0L);
    }
    jdbc.sql("select status, count(*) from notification group by status")
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private static OutboxEntry entry(ResultSet rs, int n) throws SQLException {
    return new OutboxEntry(
        rs.getLong("id"),
        rs.getObject("patient_id", Long.class),
        rs.getString("kind"),
        rs.getString("channel"),
        rs.getString("recipient"),
        rs.getString("language"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("status"),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")),
        instant(rs.getTimestamp("next_attempt_at")),
        rs.getString("last_error"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
