package com.isocourse.server.notifications;

import com.isocourse.core.plausibility.ContactLimits;
import com.isocourse.core.plausibility.ContactLimits.Contact;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a staff user's notifications go ({@code app_user.email}, V12): a prescriber's alert e-mails
 * and daily digest. Set by an admin (page or API), checked as a patient's address is ({@link
 * ContactLimits}), audited with the change; blank removes it. Patients' addresses are their own
 * settings (schema 8), not this.
 */
@Service
class StaffAddresses {
  private final JdbcClient jdbc;
  private final AuditLog audit;

  StaffAddresses(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The user's notification address, if any. */
  public Optional<String> of(long userId) {
    return jdbc.sql("select email from app_user where id = ?")
        .param(userId)
        .query((rs, i) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(e -> e);
  }

  /** Sets (or, when blank, removes) the staff user's address; 400 naming {@code email} if bad. */
  @Transactional
  public Optional<String> set(CurrentUser admin, long userId, String email) {
    String wanted = email == null || email.isBlank() ? null : email.strip();
    if (wanted != null) {
      List<EntryProblem> problems =
          ContactLimits.check(new Contact(wanted, null, "en", "EMAIL", null)).stream()
              .filter(p -> p.field().equals("email"))
              .toList();
      if (!problems.isEmpty()) {
        throw InvalidInputException.of(problems);
      }
    }
    int changed =
        jdbc.sql("update app_user set email = ? where id = ? and role <> 'PATIENT'")
            .params(wanted, userId)
            .update();
    if (changed == 0) {
      throw new NotFoundException("user");
    }
    audit.record(
        admin.id(),
        admin.username(),
        "ACCOUNT",
        null,
        "OK",
        "user " + userId + " notification address " + (wanted == null ? "removed" : "changed"));
    return Optional.ofNullable(wanted);
  }
}
