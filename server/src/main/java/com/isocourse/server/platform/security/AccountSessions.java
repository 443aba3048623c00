package com.isocourse.server.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every way a user is signed in, at once: their web sessions (Spring Session JDBC rows, which
 * are indexed by principal name, the username) and their API tokens. Runs inside the caller's
 * transaction, so a deactivation, role change or password change and the end of the user's sessions
 * commit together or not at all; the next request of an ended session finds no session and is
 * refused (401 on the API, the sign-in page on the web), wherever it lands.
 */
@Service
public class AccountSessions {
  private final JdbcClient jdbc;

  public AccountSessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What was ended. */
  public record Ended(int sessions, int tokens) {}

  @Transactional(propagation = Propagation.MANDATORY)
  public Ended endAll(long userId, String username) {
    int sessions =
        jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
    int tokens =
        jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
            .param(userId)
            .update();
    return new Ended(sessions, tokens);
  }
}
