package com.isocourse.server.smart;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.idempotency.IdempotencyKey;
import com.isocourse.server.platform.idempotency.IdempotentCalls;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.UserRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API of machine clients (SMART Backend Services, docs/adr/0015): register one with its
 * public keys, scopes and the user it acts as; list them; revoke one (its tokens stop working at
 * once). Every act is audited with the admin as the actor.
 */
@RestController
@RequestMapping("/api/admin/machine-clients")
class MachineClientAdminController {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MachineClientRepository clients;
  private final UserRepository users;
  private final IdempotentCalls calls;

  public MachineClientAdminController(
      MachineClientRepository clients, UserRepository users, IdempotentCalls calls) {
    this.clients = clients;
    this.users = users;
    this.calls = calls;
  }

  /**
   * A client to register: a name, the id of the user it acts as (a prescriber, designee or
   * pharmacist), its JWKS (public RSA or EC keys) and its scopes ({@link SmartScopes#SUPPORTED}).
   */
  public record NewMachineClient(
      String name, Long actsAsUserId, JsonNode jwks, List<String> scopes) {}

  /** A client as listed: never a key's material, only the key ids. */
  public record MachineClientView(
      String clientId,
      String name,
      long actsAsUserId,
      List<String> scopes,
      List<String> keyIds,
      Instant createdAt,
      Instant revokedAt) {
    static MachineClientView of(MachineClient c) {
      return new MachineClientView(
          c.clientId(),
          c.name(),
          c.actsAsUserId(),
          c.scopes(),
          NewClientCheck.keyIds(c.jwks()),
          c.createdAt(),
          c.revokedAt());
    }
  }

  @PostMapping
  @Transactional
  ResponseEntity<MachineClientView> register(
      @AuthenticationPrincipal CurrentUser admin,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @RequestBody NewMachineClient c,
      HttpServletRequest request,
      AuditFacts touched) {
    return calls.once(
        admin,
        key,
        request,
        c,
        HttpStatus.CREATED,
        MachineClientView.class,
        () -> register(admin, c, touched));
  }

  private MachineClientView register(CurrentUser admin, NewMachineClient c, AuditFacts touched) {
    String jwks = NewClientCheck.check(c, users);
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String clientId = "smc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    List<String> scopes = c.scopes().stream().distinct().toList();
    clients.create(
        new MachineClient(clientId, c.name().strip(), c.actsAsUserId(), jwks, scopes, null, null),
        admin.id());
    touched.detail(
        "machine client "
            + clientId
            + " registered acting as user "
            + c.actsAsUserId()
            + " with scopes "
            + String.join(" ", scopes));
    return MachineClientView.of(clients.find(clientId).orElseThrow());
  }

  @GetMapping
  List<MachineClientView> list() {
    return clients.findAll().stream().map(MachineClientView::of).toList();
  }

  @DeleteMapping("/{clientId}")
  @Transactional
  Map<String, Object> revoke(@PathVariable String clientId, AuditFacts touched) {
    if (!clients.revoke(clientId)) {
      throw new NotFoundException("active machine client");
    }
    touched.detail("machine client " + clientId + " revoked");
    return Map.of("clientId", clientId, "revoked", true);
  }
}
