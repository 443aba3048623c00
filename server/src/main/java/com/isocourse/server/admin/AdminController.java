package com.isocourse.server.admin;

import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import com.isocourse.server.audit.PatientTouched;
import com.isocourse.server.idempotency.IdempotencyKey;
import com.isocourse.server.idempotency.IdempotentCalls;
import com.isocourse.server.security.ApiTokenService;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.security.LoginThrottle;
import com.isocourse.server.security.PasswordPolicy;
import com.isocourse.server.security.Role;
import com.isocourse.server.security.UserRepository;
import com.isocourse.server.web.FieldProblem;
import com.isocourse.server.web.InvalidInputException;
import com.isocourse.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
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
public class AdminController {
  private final UserRepository users;
  private final ApiTokenService tokens;
  private final ClinicPolicyRepository policy;
  private final PasswordEncoder encoder;
  private final JdbcClient jdbc;
  private final IdempotentCalls calls;
  private final AccountChanges changes;
  private final LoginThrottle throttle;

  public AdminController(
      UserRepository users,
      ApiTokenService tokens,
      ClinicPolicyRepository policy,
      PasswordEncoder encoder,
      JdbcClient jdbc,
      IdempotentCalls calls,
      AccountChanges changes,
      LoginThrottle throttle) {
    this.changes = changes;
    this.throttle = throttle;
    this.users = users;
    this.tokens = tokens;
    this.policy = policy;
    this.encoder = encoder;
    this.jdbc = jdbc;
    this.calls = calls;
  }

  /**
   * A user as listed to admins (no password hash); {@code locked}: locked for every address (locks
   * for single addresses are listed by {@code GET /api/admin/locks}).
   */
  public record UserView(CurrentUser user, boolean active, boolean locked) {}

  @GetMapping("/users")
  List<UserView> users() {
    var locked =
        throttle.locks().stream()
            .filter(l -> l.clientAddress() == null)
            .map(LoginThrottle.Lock::userId)
            .collect(java.util.stream.Collectors.toSet());
    return users.findAll().stream()
        .map(a -> new UserView(a.user(), a.active(), locked.contains(a.user().id())))
        .toList();
  }

  /** A new user; designees name their prescriber, pharmacists their pharmacy. */
  public record NewUser(
      @NotBlank @Size(max = 100) String username,
      @NotBlank @Size(min = 12, max = 200) String password,
      @NotNull Role role,
      @NotBlank String displayName,
      Long actsForId,
      Long pharmacyId) {}

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ResponseEntity<CurrentUser> create(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody NewUser u,
      HttpServletRequest request) {
    return calls.once(
        admin, key, request, u, HttpStatus.CREATED, CurrentUser.class, () -> create(u));
  }

  private CurrentUser create(NewUser u) {
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
    PatientTouched.detail("user " + id + " (" + u.username() + ") created as " + u.role());
    return users.findById(id).orElseThrow().user();
  }

  /** Activation switch. */
  public record Active(@NotNull Boolean active) {}

  /** Deactivating a user ends every session and token of theirs in the same transaction. */
  @PutMapping("/users/{id}/active")
  @Transactional
  Map<String, Object> setActive(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody Active a) {
    var ended = changes.setActive(admin, id, a.active());
    PatientTouched.detail("user " + id + (a.active() ? " activated" : " deactivated"));
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
      HttpServletRequest request) {
    users.findById(id).orElseThrow(() -> new NotFoundException("user"));
    return calls.once(
        admin,
        key,
        request,
        t,
        HttpStatus.CREATED,
        ApiTokenService.IssuedToken.class,
        () -> {
          PatientTouched.detail("token issued to user " + id);
          return tokens.issue(id, t.name());
        });
  }

  @GetMapping("/tokens")
  List<ApiTokenService.TokenInfo> tokens() {
    return tokens.list();
  }

  @DeleteMapping("/tokens/{id}")
  @Transactional
  Map<String, Object> revoke(@PathVariable long id) {
    if (!tokens.revoke(id)) {
      throw new NotFoundException("active token");
    }
    PatientTouched.detail("token " + id + " revoked");
    return Map.of("id", id, "revoked", true);
  }

  /** A pharmacy. */
  public record PharmacyView(long id, String name, boolean active) {}

  /** A new pharmacy. */
  public record NewPharmacy(@NotBlank String name) {}

  @GetMapping("/pharmacies")
  List<PharmacyView> pharmacies() {
    return jdbc.sql("select id, name, active from pharmacy order by id")
        .query((rs, n) -> new PharmacyView(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
        .list();
  }

  @PostMapping("/pharmacies")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ResponseEntity<PharmacyView> createPharmacy(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @Valid @RequestBody NewPharmacy p,
      HttpServletRequest request) {
    return calls.once(
        admin,
        key,
        request,
        p,
        HttpStatus.CREATED,
        PharmacyView.class,
        () -> {
          long id =
              jdbc.sql("insert into pharmacy (name) values (?) returning id")
                  .param(p.name())
                  .query(Long.class)
                  .single();
          PatientTouched.detail("pharmacy " + id + " created");
          return new PharmacyView(id, p.name(), true);
        });
  }

  @PutMapping("/pharmacies/{id}/active")
  @Transactional
  PharmacyView setPharmacyActive(@PathVariable long id, @Valid @RequestBody Active a) {
    if (jdbc.sql("update pharmacy set active = ? where id = ?").params(a.active(), id).update()
        == 0) {
      throw new NotFoundException("pharmacy");
    }
    PatientTouched.detail("pharmacy " + id + (a.active() ? " activated" : " deactivated"));
    return pharmacies().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
  }

  /** Certification switch. */
  public record Certification(@NotNull Boolean certified) {}

  @PutMapping("/prescribers/{id}/certification")
  @Transactional
  Map<String, Object> certify(@PathVariable long id, @Valid @RequestBody Certification c) {
    int n =
        jdbc.sql(
                "update prescriber set certified = ?, certified_on = case when ? then current_date"
                    + " else null end where user_id = ?")
            .params(c.certified(), c.certified(), id)
            .update();
    if (n == 0) {
      throw new NotFoundException("prescriber");
    }
    PatientTouched.detail(
        "prescriber " + id + (c.certified() ? " certified" : " certification cleared"));
    return Map.of("id", id, "certified", c.certified());
  }

  /** The clinic policy: the overrides and every parameter's default. */
  public record PolicyView(Map<String, String> overrides, Map<String, String> defaults) {}

  @GetMapping("/policy")
  PolicyView policy() {
    return new PolicyView(policy.overrides(), PolicyOverrides.keysWithDefaults());
  }

  @PutMapping("/policy")
  @Transactional
  PolicyView setPolicy(
      @AuthenticationPrincipal CurrentUser admin, @RequestBody Map<String, String> overrides) {
    PolicyOverrides.Result r = PolicyOverrides.apply(Policy.defaults(), overrides);
    if (!r.ok()) {
      throw new InvalidInputException(
          r.problems().stream().map(p -> new FieldProblem(p.key(), p.reason())).toList());
    }
    policy.replace(overrides, admin.id());
    PatientTouched.detail("clinic policy set to " + new java.util.TreeMap<>(overrides));
    return policy();
  }
}
