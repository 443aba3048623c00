package com.isocourse.server.smart;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The machine clients and the client-assertion ids already used (table V11). */
@Repository
public class MachineClientRepository {
  private static final String COLUMNS =
      "client_id, name, acts_as_user_id, jwks::text, scopes, created_at, revoked_at";
  private final JdbcClient jdbc;

  public MachineClientRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void create(MachineClient c, long createdBy) {
    jdbc.sql(
            "insert into machine_client (client_id, name, acts_as_user_id, jwks, scopes,"
                + " created_by) values (?, ?, ?, ?::jsonb, ?, ?)")
        .params(
            c.clientId(),
            c.name(),
            c.actsAsUserId(),
            c.jwks(),
            String.join(" ", c.scopes()),
            createdBy)
        .update();
  }

  public Optional<MachineClient> find(String clientId) {
    return jdbc.sql("select " + COLUMNS + " from machine_client where client_id = ?")
        .param(clientId)
        .query(MachineClientRepository::row)
        .optional();
  }

  public List<MachineClient> findAll() {
    return jdbc.sql("select " + COLUMNS + " from machine_client order by created_at, client_id")
        .query(MachineClientRepository::row)
        .list();
  }

  /** Revokes an active client; false when there is no such active client. */
  public boolean revoke(String clientId) {
    return jdbc.sql(
                "update machine_client set revoked_at = now() where client_id = ? and revoked_at"
                    + " is null")
            .param(clientId)
            .update()
        == 1;
  }

  /**
   * Remembers an assertion's jti until it expires; false when the client already used it (a
   * replay). Forgets the expired ones first.
   */
  public boolean useJti(String clientId, String jti, Instant expiresAt) {
    jdbc.sql("delete from client_assertion_jti where expires_at < now() - interval '1 minute'")
        .update();
    return jdbc.sql(
                "insert into client_assertion_jti (client_id, jti, expires_at) values (?, ?, ?)"
                    + " on conflict do nothing")
            .params(clientId, jti, Timestamp.from(expiresAt))
            .update()
        == 1;
  }

  private static MachineClient row(ResultSet rs, int n) throws SQLException {
    Timestamp revoked = rs.getTimestamp(7);
    return new MachineClient(
        rs.getString(1),
        rs.getString(2),
        rs.getLong(3),
        rs.getString(4),
        Arrays.stream(rs.getString(5).split(" ")).filter(s -> !s.isBlank()).toList(),
        rs.getTimestamp(6).toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
