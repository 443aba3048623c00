package com.isocourse.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password, throttling guessing: after {@value #MAX_FAILURES} failures in a
 * row an account is locked for 15 minutes, and a locked account answers "locked" without checking
 * the password. Unknown usernames cost the same hash work as known ones.
 */
@Service
public class LoginService {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private final UserRepository users;
  private final PasswordEncoder encoder;

  /** Lockouts run on real time even when the clinical date is pinned. */
  private final Clock realTime = Clock.systemUTC();

  private final String dummyHash;

  public LoginService(UserRepository users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
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
      return new Result.Rejected();
    }
    UserAccount account = found.get();
    Instant now = Instant.now(realTime);
    if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
      return new Result.Locked(account.lockedUntil());
    }
    if (!account.active() || !encoder.matches(password, account.passwordHash())) {
      int failures = account.failedLogins() + 1;
      Instant lockUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
      users.recordFailedLogin(account.user().id(), lockUntil == null ? failures : 0, lockUntil);
      return lockUntil == null ? new Result.Rejected() : new Result.Locked(lockUntil);
    }
    users.clearFailedLogins(account.user().id());
    return new Result.SignedIn(account.user());
  }
}
