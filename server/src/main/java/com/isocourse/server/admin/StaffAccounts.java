package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.AccountSessions;
import com.isocourse.server.platform.security.AccountView;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.LoginThrottle;
import com.isocourse.server.platform.security.PasswordPolicy;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.security.UserRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as an admin lists, creates and switches them on and off: shared by the JSON API
 * ({@link AdminController}) and the admin pages, so both apply the same checks and leave the same
 * audit detail in the transaction that makes the change.
 */
@Service
class StaffAccounts {
  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final JdbcClient jdbc;
  private final AccountChanges changes;
  private final LoginThrottle throttle;

  public StaffAccounts(
      UserRepository users,
      PasswordEncoder encoder,
      JdbcClient jdbc,
      AccountChanges changes,
      LoginThrottle throttle) {
    this.users = users;
    this.encoder = encoder;
    this.jdbc = jdbc;
    this.changes = changes;
    this.throttle = throttle;
  }

  /**
   * A user as listed to admins (no password hash); {@code locked}: locked for every address (locks
   * for single addresses are listed by {@code GET /api/admin/locks}).
   */
  public record UserView(AccountView user, boolean active, boolean locked) {}

  /** A new user; designees name their prescriber, pharmacists their pharmacy. */
  public record NewUser(
      @NotBlank @Size(max = 100) String username,
      @NotBlank @Size(min = 12, max = 200) String password,
      @NotNull Role role,
      @NotBlank String displayName,
      Long actsForId,
      Long pharmacyId) {}

  /** Every user, in the repository's order. */
  public List<UserView> list() {
    Set<Long> locked =
        throttle.locks().stream()
            .filter(l -> l.clientAddress() == null)
            .map(LoginThrottle.Lock::userId)
            .collect(Collectors.toSet());
    return users.findAll().stream()
        .map(
            a -> new UserView(AccountView.of(a.user()), a.active(), locked.contains(a.user().id())))
        .toList();
  }

  /**
   * Every sign-in lock in force: per address, or for every address ({@code clientAddress} null).
   */
  public List<LoginThrottle.Lock> locks() {
    return throttle.locks();
  }

  /**
   * Creates a staff user (a prescriber gets an uncertified prescriber row).
   *
   * @throws InvalidInputException naming the field, when nothing was created
   */
  @Transactional
  public CurrentUser create(NewUser u, AuditFacts touched) {
    if (u.role() == Role.PATIENT) {
      throw InvalidInputException.of("role", "patients get their sign-in at enrollment");
    }
    if (u.role() == Role.DESIGNEE && u.actsForId() == null) {
      throw InvalidInputException.of("actsForId", "a designee acts for a prescriber");
    }
    if (u.role() == Role.PHARMACIST && u.pharmacyId() == null) {
      throw InvalidInputException.of("pharmacyId", "a pharmacist belongs to a pharmacy");
    }
    if (u.actsForId() != null
        && users
            .findById(u.actsForId())
            .filter(a -> a.user().role() == Role.PRESCRIBER)
            .isEmpty()) {
      throw InvalidInputException.of("actsForId", "is not a prescriber");
    }
    PasswordPolicy.weakness(u.username(), u.password())
        .ifPresent(
            why -> {
              throw InvalidInputException.of("password", why);
            });
    if (users.findByUsername(u.username()).isPresent()) {
      throw InvalidInputException.of("username", "is taken");
    }
    long id =
        users.create(
            u.username(),
            encoder.encode(u.password()),
            u.role(),
            u.displayName(),
            u.role() == Role.DESIGNEE ? u.actsForId() : null,
            u.role() == Role.PHARMACIST ? u.pharmacyId() : null,
            null);
    if (u.role() == Role.PRESCRIBER) {
      jdbc.sql("insert into prescriber (user_id, certified) values (?, false)").param(id).update();
    }
    touched.detail("user " + id + " (" + u.username() + ") created as " + u.role());
    return users.findById(id).orElseThrow().user();
  }

  /** Activation switch; deactivating ends every session and token of the user in the change. */
  @Transactional
  public AccountSessions.Ended setActive(
      CurrentUser admin, long id, boolean active, AuditFacts touched) {
    var ended = changes.setActive(admin, id, active);
    touched.detail("user " + id + (active ? " activated" : " deactivated"));
    return ended;
  }
}
