package com.isocourse.server.platform.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code idempotent_request} rows in plain SQL. */
@Repository
class IdempotentRequests {
  private final JdbcClient jdbc;

  IdempotentRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored request: what it was sent to and with, and its (sealed) answer. */
  record Row(String endpoint, String fingerprint, int status, byte[] answer, String location) {}

  /**
   * Claims the user's key for this request: true when the row is now this transaction's. A row of a
   * transaction still in flight makes this statement wait for it; once that one commits the claim
   * fails (the row is there to replay), once it rolls back the claim succeeds.
   */
  boolean claim(long userId, String keyId, String endpoint, String fingerprint) {
    return jdbc.sql(
                "insert into idempotent_request (user_id, key_hash, endpoint, fingerprint, status)"
                    + " values (?, ?, ?, ?, 0) on conflict (user_id, key_hash) do nothing")
            .params(userId, keyId, endpoint, fingerprint)
            .update()
        == 1;
  }

  /** Stores the answer of a claimed request, in the transaction that claimed it. */
  void answer(long userId, String keyId, int status, byte[] sealedAnswer, String location) {
    jdbc.sql(
            "update idempotent_request set status = ?, answer = ?, location = ?"
                + " where user_id = ? and key_hash = ?")
        .params(status, sealedAnswer, location, userId, keyId)
        .update();
  }

  Optional<Row> find(long userId, String keyId) {
    return jdbc.sql(
            "select endpoint, fingerprint, status, answer, location from idempotent_request"
                + " where user_id = ? and key_hash = ?")
        .params(userId, keyId)
        .query(
            (rs, n) ->
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getBytes(4),
                    rs.getString(5)))
        .optional();
  }
}
