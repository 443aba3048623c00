package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.AccountSessions;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.LoginThrottle;
import com.isocourse.server.platform.security.PasswordPolicy;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.security.UserAccount;
import com.isocourse.server.platform.security.UserRepository;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an admin changes about an account. Deactivation, a role change and a password reset end
 * every web session and API token of the user in the same transaction as the change ({@link
 * AccountSessions}); an unlock clears the sign-in throttle. Each change is audited once committed.
 * The last active admin cannot be deactivated or demoted, so the clinic is never left without one.
 */
@Service
class AccountChanges {
  static final String ACCOUNT = "ACCOUNT";

  private final UserRepository users;
  private final AccountSessions sessions;
  private final LoginThrottle throttle;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public AccountChanges(
      UserRepository users,
      AccountSessions sessions,
      LoginThrottle throttle,
      PasswordEncoder encoder,
      AuditLog audit,
      JdbcClient jdbc,
      PlatformTransactionManager transactions) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.encoder = encoder;
    this.audit = audit;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  /** A new role, with the relationship it needs (designee: prescriber; pharmacist: pharmacy). */
  public record RoleChange(Role role, Long actsForId, Long pharmacyId) {}

  public AccountSessions.Ended setActive(CurrentUser admin, long id, boolean active) {
    AccountSessions.Ended ended =
        inTransaction(
            () -> {
              UserAccount u = lockedUser(id);
              if (!active && u.user().role() == Role.ADMIN) {
                keepAnAdmin(id);
              }
              users.setActive(id, active);
              return active
                  ? new AccountSessions.Ended(0, 0)
                  : sessions.endAll(id, u.user().username());
            });
    audited(admin, id, active ? "activated" : "deactivated", ended);
    return ended;
  }

  public AccountSessions.Ended changeRole(CurrentUser admin, long id, RoleChange change) {
    Role role = change.role();
    if (role == Role.PATIENT) {
      throw InvalidInputException.of("role", "patients get their sign-in at enrollment");
    }
    if (role == Role.DESIGNEE && change.actsForId() == null) {
      throw InvalidInputException.of("actsForId", "a designee acts for a prescriber");
    }
    if (role == Role.PHARMACIST && change.pharmacyId() == null) {
      throw InvalidInputException.of("pharmacyId", "a pharmacist belongs to a pharmacy");
    }
    AccountSessions.Ended ended =
        inTransaction(
            () -> {
              UserAccount u = lockedUser(id);
              Role from = u.user().role();
              if (from == Role.PATIENT) {
                throw InvalidInputException.of("role", "a patient's sign-in keeps its role");
              }
              if (from == Role.ADMIN && role != Role.ADMIN) {
                keepAnAdmin(id);
              }
              if (from == Role.PRESCRIBER && role != Role.PRESCRIBER && hasCareOf(id)) {
                throw InvalidInputException.of(
                    "role", "this prescriber still has patients or designees: reassign them first");
              }
              if (role == Role.DESIGNEE
                  && (change.actsForId() == id
                      || users
                          .findById(change.actsForId())
                          .filter(a -> a.user().role() == Role.PRESCRIBER)
                          .isEmpty())) {
                throw InvalidInputException.of("actsForId", "is not a prescriber");
              }
              if (role == Role.PHARMACIST && !pharmacyExists(change.pharmacyId())) {
                throw InvalidInputException.of("pharmacyId", "no such pharmacy");
              }
              jdbc.sql(
                      "update app_user set role = ?, acts_for_id = ?, pharmacy_id = ? where id = ?")
                  .params(
                      role.name(),
                      role == Role.DESIGNEE ? change.actsForId() : null,
                      role == Role.PHARMACIST ? change.pharmacyId() : null,
                      id)
                  .update();
              if (role == Role.PRESCRIBER) {
                jdbc.sql(
                        "insert into prescriber (user_id, certified) values (?, false)"
                            + " on conflict (user_id) do nothing")
                    .param(id)
                    .update();
              }
              return sessions.endAll(id, u.user().username());
            });
    audited(admin, id, "role changed to " + role.name(), ended);
    return ended;
  }

  public AccountSessions.Ended resetPassword(CurrentUser admin, long id, String password) {
    AccountSessions.Ended ended =
        inTransaction(
            () -> {
              UserAccount u = lockedUser(id);
              PasswordPolicy.weakness(u.user().username(), password)
                  .ifPresent(
                      why -> {
                        throw InvalidInputException.of("password", why);
                      });
              users.setPassword(id, encoder.encode(password));
              return sessions.endAll(id, u.user().username());
            });
    audited(admin, id, "password reset", ended);
    return ended;
  }

  public void unlock(CurrentUser admin, long id) {
    if (!throttle.unlock(id)) {
      throw new NotFoundException("user");
    }
    audit.record(admin.id(), admin.username(), ACCOUNT, null, "OK", "user " + id + " unlocked");
  }

  private UserAccount lockedUser(long id) {
    jdbc.sql("select id from app_user where id = ? for update").param(id).query(Long.class).list();
    return users.findById(id).orElseThrow(() -> new NotFoundException("user"));
  }

  private void keepAnAdmin(long id) {
    long others =
        jdbc.sql("select count(*) from app_user where role = 'ADMIN' and active and id <> ?")
            .param(id)
            .query(Long.class)
            .single();
    if (others == 0) {
      throw InvalidInputException.of("id", "this is the last active admin");
    }
  }

  private boolean hasCareOf(long prescriberId) {
    return jdbc.sql(
            "select exists (select 1 from patient where prescriber_id = ?)"
                + " or exists (select 1 from app_user where acts_for_id = ?)")
        .params(prescriberId, prescriberId)
        .query(Boolean.class)
        .single();
  }

  private boolean pharmacyExists(long pharmacyId) {
    return jdbc.sql("select exists (select 1 from pharmacy where id = ?)")
        .param(pharmacyId)
        .query(Boolean.class)
        .single();
  }

  private <T> T inTransaction(Supplier<T> work) {
    return tx.execute(s -> work.get());
  }

  private void audited(CurrentUser admin, long id, String what, AccountSessions.Ended ended) {
    audit.record(
        admin.id(),
        admin.username(),
        ACCOUNT,
        null,
        "OK",
        "user "
            + id
            + " "
            + what
            + "; ended "
            + ended.sessions()
            + " sessions, revoked "
            + ended.tokens()
            + " tokens");
  }
}
