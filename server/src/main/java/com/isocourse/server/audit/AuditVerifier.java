package com.isocourse.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Walks the audit trail in id order and recomputes every hash. Plain JDBC, so {@code isocourse
 * audit verify} runs without starting the application.
 */
public final class AuditVerifier {
  private static final String GENESIS =
      "0000000000000000000000000000000000000000000000000000000000000000";

  private AuditVerifier() {}

  /** The verdict: rows checked and, when the chain is broken, the first bad row and why. */
  public record Verdict(long rowsChecked, Optional<Long> firstBrokenId, String reason) {
    public boolean intact() {
      return firstBrokenId.isEmpty();
    }
  }

  public static Verdict verify(Connection connection) throws SQLException {
    String prev = GENESIS;
    long expectedId = 1;
    long checked = 0;
    try (PreparedStatement st =
        connection.prepareStatement(
            "select id, at, actor_id, actor, action, patient_id, outcome, detail, prev_hash,"
                + " hash from audit_log order by id")) {
      st.setFetchSize(1000);
      connection.setAutoCommit(false);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          AuditEntry e =
              new AuditEntry(
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
          if (e.id() != expectedId) {
            return new Verdict(checked, Optional.of(expectedId), "row is missing");
          }
          if (!e.prevHash().equals(prev)) {
            return new Verdict(
                checked, Optional.of(e.id()), "does not point to the previous row's hash");
          }
          if (!e.expectedHash().equals(e.hash())) {
            return new Verdict(checked, Optional.of(e.id()), "content was changed");
          }
          prev = e.hash();
          expectedId++;
          checked++;
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return new Verdict(checked, Optional.empty(), "intact");
  }
}
