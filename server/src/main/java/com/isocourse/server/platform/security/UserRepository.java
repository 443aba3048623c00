package com.isocourse.server.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their roles and relationships, in plain SQL. */
@Repository
public class UserRepository {
  private static final String COLUMNS =
      "id, username, role, display_name, acts_for_id, pharmacy_id, patient_id, password_hash,"
          + " active, failed_logins, locked_until";

  private final JdbcClient jdbc;

  public UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserAccount> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
        .param(username)
        .query(UserRepository::account)
        .optional();
  }

  public Optional<UserAccount> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from app_user where id = ?")
        .param(id)
        .query(UserRepository::account)
        .optional();
  }

  /**
   * The user holding the unrevoked API token with this hash, in one query (token_hash is unique).
   */
  public Optional<UserAccount> findByTokenHash(String tokenHash) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from app_user where id = (select user_id from api_token"
                + " where token_hash = ? and revoked_at is null)")
        .param(tokenHash)
        .query(UserRepository::account)
        .optional();
  }

  public List<UserAccount> findAll() {
    return jdbc.sql("select " + COLUMNS + " from app_user order by id")
        .query(UserRepository::account)
        .list();
  }

  /** Creates a user and returns its id. */
  public long create(
      String username,
      String passwordHash,
      Role role,
      String displayName,
      Long actsForId,
      Long pharmacyId,
      Long patientId) {
    return jdbc.sql(
            "insert into app_user (username, password_hash, role, display_name, acts_for_id,"
                + " pharmacy_id, patient_id) values (?, ?, ?, ?, ?, ?, ?) returning id")
        .params(username, passwordHash, role.name(), displayName, actsForId, pharmacyId, patientId)
        .query(Long.class)
        .single();
  }

  public void recordFailedLogin(long id, int failures, Instant lockedUntil) {
    jdbc.sql("update app_user set failed_logins = ?, locked_until = ? where id = ?")
        .params(failures, lockedUntil == null ? null : Timestamp.from(lockedUntil), id)
        .update();
  }

  public void clearFailedLogins(long id) {
    jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = ?")
        .param(id)
        .update();
  }

  public boolean setActive(long id, boolean active) {
    return jdbc.sql("update app_user set active = ? where id = ?").params(active, id).update() == 1;
  }

  public boolean setPassword(long id, String passwordHash) {
    return jdbc.sql(
                "update app_user set password_hash = ?, failed_logins = 0, locked_until = null"
                    + " where id = ?")
            .params(passwordHash, id)
            .update()
        == 1;
  }

  public long count() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single();
  }

  static UserAccount account(ResultSet rs, int row) throws SQLException {
    CurrentUser user =
        CurrentUser.of(
            rs.getLong("id"),
            rs.getString("username"),
            Role.valueOf(rs.getString("role")),
            rs.getString("display_name"),
            rs.getObject("acts_for_id", Long.class),
            rs.getObject("pharmacy_id", Long.class),
            rs.getObject("patient_id", Long.class));
    Timestamp locked = rs.getTimestamp("locked_until");
    return new UserAccount(
        user,
        rs.getString("password_hash"),
        rs.getBoolean("active"),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant());
  }
}
