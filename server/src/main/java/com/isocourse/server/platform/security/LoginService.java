package com.isocourse.server.platform.security;

import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.metrics.OpsMetrics;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password, throttling guessing ({@link LoginThrottle}): per account and
 * client address with an exponential back-off, and an account-wide ceiling that locks for a few
 * minutes at most. A locked account answers "locked" without checking the password, and every
 * refused attempt is counted atomically, so parallel guesses cannot outrun the count. Unknown
 * usernames cost the same hash work as known ones. Every attempt and every sign-out is written to
 * the audit trail (who, outcome; never the password), whichever door it came through (API or web
 * form).
 */
@Service
public class LoginService {
  static final String LOGIN = "LOGIN";
  static final String LOGOUT = "LOGOUT";

  private final UserRepository users;
  private final LoginThrottle throttle;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final OpsMetrics metrics;

  private final String dummyHash;

  public LoginService(
      UserRepository users,
      LoginThrottle throttle,
      PasswordEncoder encoder,
      AuditLog audit,
      OpsMetrics metrics) {
    this.users = users;
    this.throttle = throttle;
    this.encoder = encoder;
    this.audit = audit;
    this.metrics = metrics;
    this.dummyHash = encoder.encode("not-a-real-password");
  }

  /** The outcome of one attempt. */
  public sealed interface Result {
    record SignedIn(CurrentUser user) implements Result {}

    record Rejected() implements Result {}

    record Locked(Instant until) implements Result {}
  }

  /** One sign-in attempt from a client address (the proxy's forwarded one when behind a proxy). */
  public Result login(String username, String password, String clientAddress) {
    Result result = attempt(username, password, clientAddress);
    switch (result) {
      case Result.SignedIn s -> {}
      case Result.Rejected r -> metrics.signInFailed("rejected");
      case Result.Locked l -> metrics.signInFailed("locked");
    }
    return result;
  }

  private Result attempt(String username, String password, String clientAddress) {
    String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    Optional<UserAccount> found = users.findByUsername(username);
    if (found.isEmpty()) {
      encoder.matches(password, dummyHash);
      // the typed name is not recorded: it may be a password typed into the wrong field
      audit.record(null, "(unknown user)", LOGIN, null, "REFUSED", "no such user");
      return new Result.Rejected();
    }
    UserAccount account = found.get();
    CurrentUser user = account.user();
    if (throttle.lockedUntil(user.id(), address).isPresent()) {
      Optional<Instant> until = throttle.recordFailure(user.id(), address);
      audit.record(user.id(), user.username(), LOGIN, null, "REFUSED", "account locked");
      return new Result.Locked(until.orElseGet(Instant::now));
    }
    if (!account.active() || !encoder.matches(password, account.passwordHash())) {
      Optional<Instant> lock = throttle.recordFailure(user.id(), address);
      audit.record(
          user.id(),
          user.username(),
          LOGIN,
          null,
          "REFUSED",
          (account.active() ? "wrong password" : "account inactive")
              + (lock.isEmpty() ? "" : "; account locked"));
      return lock.<Result>map(Result.Locked::new).orElseGet(Result.Rejected::new);
    }
    Optional<Instant> lockedMeanwhile = throttle.signedIn(user.id(), address);
    if (lockedMeanwhile.isPresent()) {
      audit.record(user.id(), user.username(), LOGIN, null, "REFUSED", "account locked");
      return new Result.Locked(lockedMeanwhile.get());
    }
    audit.record(user.id(), user.username(), LOGIN, null, "OK", "signed in");
    return new Result.SignedIn(user);
  }

  /** Records a sign-out in the audit trail. */
  public void loggedOut(CurrentUser user) {
    audit.record(user.id(), user.username(), LOGOUT, null, "OK", "signed out");
  }
}
