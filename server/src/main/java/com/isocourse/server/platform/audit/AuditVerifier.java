package com.isocourse.server.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Walks the audit trail in id order, recomputes every keyed hash ({@link AuditKey}) and checks that
 * the newest row is the one {@code audit_head} records (written in the same transaction as every
 * append), so removing the newest rows or truncating the table is caught too. Plain JDBC in one
 * repeatable-read snapshot, so {@code isocourse audit verify} runs beside a live server without
 * stopping it. Rows from before the chain was keyed verify by plain SHA-256, only as a prefix of
 * the chain: an unkeyed row after a keyed one is a forgery (docs/adr/0007).
 */
public final class AuditVerifier {
  private static final String GENESIS =
      "0000000000000000000000000000000000000000000000000000000000000000";

  private AuditVerifier() {}

  /**
   * The verdict: rows checked, how many of them are unkeyed legacy rows and, when the chain is
   * broken, the first bad row and why.
   */
  public record Verdict(
      long rowsChecked, long unkeyedRows, Optional<Long> firstBrokenId, String reason) {
    public boolean intact() {
      return firstBrokenId.isEmpty();
    }
  }

  public static Verdict verify(Connection connection, AuditKey key) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      return walk(connection, key);
    } finally {
      connection.rollback();
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    }
  }

  private static Verdict walk(Connection connection, AuditKey key) throws SQLException {
    String prev = GENESIS;
    long expectedId = 1;
    long checked = 0;
    long unkeyed = 0;
    boolean keyedSeen = false;
    try (PreparedStatement st =
        connection.prepareStatement(
            "select id, at, actor_id, actor, action, patient_id, outcome, detail, prev_hash,"
                + " hash from audit_log order by id")) {
      st.setFetchSize(1000);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          AuditEntry e = entry(rs);
          if (e.id() != expectedId) {
            return new Verdict(checked, unkeyed, Optional.of(expectedId), "row is missing");
          }
          if (!e.prevHash().equals(prev)) {
            return new Verdict(
                checked, unkeyed, Optional.of(e.id()), "does not point to the previous row's hash");
          }
          if (e.expectedHash(key).equals(e.hash())) {
            keyedSeen = true;
          } else if (!keyedSeen && e.expectedLegacyHash().equals(e.hash())) {
            unkeyed++;
          } else {
            return new Verdict(
                checked,
                unkeyed,
                Optional.of(e.id()),
                keyedSeen && e.expectedLegacyHash().equals(e.hash())
                    ? "unkeyed row after keyed rows: rewritten without the audit key"
                    : "content was changed (or the audit key is not the one that wrote it)");
          }
          prev = e.hash();
          expectedId++;
          checked++;
        }
      }
    }
    return checkHead(connection, checked, unkeyed, expectedId - 1, prev);
  }

  /** The newest row must be the head: a deleted tail or a truncated table leaves the head ahead. */
  private static Verdict checkHead(
      Connection connection, long checked, long unkeyed, long lastId, String lastHash)
      throws SQLException {
    try (PreparedStatement st =
            connection.prepareStatement("select last_id, last_hash from audit_head");
        ResultSet rs = st.executeQuery()) {
      if (!rs.next()) {
        return new Verdict(checked, unkeyed, Optional.of(lastId + 1), "the chain head is missing");
      }
      long headId = rs.getLong(1);
      String headHash = rs.getString(2);
      if (headId > lastId) {
        return new Verdict(
            checked,
            unkeyed,
            Optional.of(lastId + 1),
            "row is missing: the newest rows were removed (the head records row " + headId + ")");
      }
      if (headId != lastId || !headHash.equals(lastHash)) {
        return new Verdict(
            checked,
            unkeyed,
            Optional.of(headId + 1),
            "the chain head (row " + headId + ") does not match the newest row");
      }
    }
    return new Verdict(checked, unkeyed, Optional.empty(), "intact");
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant(),
        rs.getObject("actor_id", Long.class),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getObject("patient_id", Long.class),
        rs.getString("outcome"),
        rs.getString("detail"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
