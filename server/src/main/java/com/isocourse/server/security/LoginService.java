package com.isocourse.server.security;

import com.isocourse.server.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password, throttling guessing: after {@value #MAX_FAILURES} failures in a
 * row an account is locked for 15 minutes, and a locked account answers "locked" without checking
 * the password. Unknown usernames cost the same hash work as known ones. Every attempt and every
 * sign-out is written to the audit trail (who, outcome; never the password), whichever door it came
 * through (API or web form).
 */
@Service
public class LoginService {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  static final String LOGIN = "LOGIN";
  static final String LOGOUT = "LOGOUT";

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;

  /** Lockouts run on real time even when the clinical date is pinned. */
  private final Clock realTime = Clock.systemUTC();

  private final String dummyHash;

  public LoginService(UserRepository users, PasswordEncoder encoder, AuditLog audit) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.dummyHash = encoder.encode("not-a-real-password");
  }

  /** The outcome of one attempt. */
  public sealed interface Result {
    record SignedIn(CurrentUser user) implements Result {}

    record Rejected() implements Result {}

    record Locked(Instant until) implements Result {}
  }

  public Result login(String username, String password) {
    Optional<UserAccount> found = users.findByUsername(username);
    if (found.isEmpty()) {
      encoder.matches(password, dummyHash);
      // the typed name is not recorded: it may be a password typed into the wrong field
      audit.append(null, "(unknown user)", LOGIN, null, "REFUSED", "no such user");
      return new Result.Rejected();
    }
    UserAccount account = found.get();
    CurrentUser user = account.user();
    Instant now = Instant.now(realTime);
    if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
      audit.append(user.id(), user.username(), LOGIN, null, "REFUSED", "account locked");
      return new Result.Locked(account.lockedUntil());
    }
    if (!account.active() || !encoder.matches(password, account.passwordHash())) {
      int failures = account.failedLogins() + 1;
      Instant lockUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
      users.recordFailedLogin(user.id(), lockUntil == null ? failures : 0, lockUntil);
      audit.append(
          user.id(),
          user.username(),
          LOGIN,
          null,
          "REFUSED",
          (account.active() ? "wrong password" : "account inactive")
              + (lockUntil == null ? "" : "; account locked"));
      return lockUntil == null ? new Result.Rejected() : new Result.Locked(lockUntil);
    }
    users.clearFailedLogins(user.id());
    audit.append(user.id(), user.username(), LOGIN, null, "OK", "signed in");
    return new Result.SignedIn(user);
  }

  /** Records a sign-out in the audit trail. */
  public void loggedOut(CurrentUser user) {
    audit.append(user.id(), user.username(), LOGOUT, null, "OK", "signed out");
  }
}
