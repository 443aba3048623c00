package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.idempotency.IdempotencyKey;
import com.isocourse.server.platform.idempotency.IdempotentCalls;
import com.isocourse.server.platform.security.AccountView;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API: users and roles, API tokens, pharmacies, prescriber certification and the clinic's
 * policy parameters. Admins see no patient clinical data.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {
  private final ApiTokens tokens;
  private final IdempotentCalls calls;
  private final StaffAccounts staff;
  private final Pharmacies pharmacies;
  private final ClinicPolicyService policy;

  public AdminController(
      ApiTokens tokens,
      IdempotentCalls calls,
      StaffAccounts staff,
      Pharmacies pharmacies,
      ClinicPolicyService policy) {
    this.tokens = tokens;
    this.calls = calls;
    this.staff = staff;
    this.pharmacies = pharmacies;
    this.policy = policy;
  }

  @GetMapping("/users")
  List<StaffAccounts.UserView> users() {
    return staff.list();
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ResponseEntity<AccountView> create(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody StaffAccounts.NewUser u,
      HttpServletRequest request,
      AuditFacts touched) {
    return calls.once(
        admin,
        key,
        request,
        u,
        HttpStatus.CREATED,
        AccountView.class,
        () -> AccountView.of(staff.create(u, touched)));
  }

  /** Activation switch. */
  public record Active(@NotNull Boolean active) {}

  /** Deactivating a user ends every session and token of theirs in the same transaction. */
  @PutMapping("/users/{id}/active")
  @Transactional
  Map<String, Object> setActive(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody Active a,
      AuditFacts touched) {
    var ended = staff.setActive(admin, id, a.active(), touched);
    return Map.of(
        "id",
        id,
        "active",
        a.active(),
        "sessionsEnded",
        ended.sessions(),
        "tokensRevoked",
        ended.tokens());
  }

  /** A token name, to tell tokens apart. */
  public record TokenRequest(@NotBlank String name) {}

  @PostMapping("/users/{id}/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ResponseEntity<ApiTokenService.IssuedToken> issue(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @PathVariable long id,
      @Valid @RequestBody TokenRequest t,
      HttpServletRequest request,
      AuditFacts touched) {
    tokens.requireUser(id);
    return calls.once(
        admin,
        key,
        request,
        t,
        HttpStatus.CREATED,
        ApiTokenService.IssuedToken.class,
        () -> tokens.issue(id, t.name(), touched));
  }

  @GetMapping("/tokens")
  List<ApiTokenService.TokenInfo> tokens() {
    return tokens.list();
  }

  @DeleteMapping("/tokens/{id}")
  @Transactional
  Map<String, Object> revoke(@PathVariable long id, AuditFacts touched) {
    tokens.revoke(id, touched);
    return Map.of("id", id, "revoked", true);
  }

  /** A new pharmacy. */
  public record NewPharmacy(@NotBlank String name) {}

  @GetMapping("/pharmacies")
  List<Pharmacies.PharmacyView> pharmacies() {
    return pharmacies.list();
  }

  @PostMapping("/pharmacies")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ResponseEntity<Pharmacies.PharmacyView> createPharmacy(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody NewPharmacy p,
      HttpServletRequest request,
      AuditFacts touched) {
    return calls.once(
        admin,
        key,
        request,
        p,
        HttpStatus.CREATED,
        Pharmacies.PharmacyView.class,
        () -> pharmacies.create(p.name(), touched));
  }

  @PutMapping("/pharmacies/{id}/active")
  @Transactional
  Pharmacies.PharmacyView setPharmacyActive(
      @PathVariable long id, @Valid @RequestBody Active a, AuditFacts touched) {
    return pharmacies.setActive(id, a.active(), touched);
  }

  /** Certification switch. */
  public record Certification(@NotNull Boolean certified) {}

  @PutMapping("/prescribers/{id}/certification")
  @Transactional
  Map<String, Object> certify(
      @PathVariable long id, @Valid @RequestBody Certification c, AuditFacts touched) {
    pharmacies.certify(id, c.certified(), touched);
    return Map.of("id", id, "certified", c.certified());
  }

  @GetMapping("/policy")
  ClinicPolicyService.PolicyView policy() {
    return policy.view();
  }

  @PutMapping("/policy")
  @Transactional
  ClinicPolicyService.PolicyView setPolicy(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestBody Map<String, String> overrides,
      AuditFacts touched) {
    return policy.replace(admin, overrides, touched);
  }
}
