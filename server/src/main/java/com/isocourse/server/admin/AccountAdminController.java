package com.isocourse.server.admin;

import com.isocourse.server.platform.security.AccountSessions;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.LoginThrottle;
import com.isocourse.server.platform.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API for accounts' sign-in: role changes and password resets (each ends every session and
 * token of the user), sign-in locks in force, and clearing them.
 */
@RestController
@RequestMapping("/api/admin")
class AccountAdminController {
  private final AccountChanges changes;
  private final LoginThrottle throttle;

  public AccountAdminController(AccountChanges changes, LoginThrottle throttle) {
    this.changes = changes;
    this.throttle = throttle;
  }

  /** A change of role and the relationship the new role needs. */
  public record NewRole(@NotNull Role role, Long actsForId, Long pharmacyId) {}

  /** A new password, set by an admin. */
  public record NewPassword(@NotBlank String password) {}

  /** What a change ended. */
  public record Changed(long id, int sessionsEnded, int tokensRevoked) {}

  @PutMapping("/users/{id}/role")
  Changed changeRole(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody NewRole r) {
    return changed(
        id,
        changes.changeRole(
            admin, id, new AccountChanges.RoleChange(r.role(), r.actsForId(), r.pharmacyId())));
  }

  @PutMapping("/users/{id}/password")
  Changed resetPassword(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody NewPassword p) {
    return changed(id, changes.resetPassword(admin, id, p.password()));
  }

  /**
   * Every sign-in lock in force: per address, or for every address ({@code clientAddress} absent).
   */
  @GetMapping("/locks")
  List<LoginThrottle.Lock> locks() {
    return throttle.locks();
  }

  @PostMapping("/users/{id}/unlock")
  Changed unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
    changes.unlock(admin, id);
    return new Changed(id, 0, 0);
  }

  static Changed changed(long id, AccountSessions.Ended ended) {
    return new Changed(id, ended.sessions(), ended.tokens());
  }
}
