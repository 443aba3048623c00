package com.isocourse.server.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * CDS Hooks 2.0 endpoints: {@code GET /cds-services} (discovery, public) and {@code POST
 * /cds-services/{id}} (a hook call, with a prescriber's bearer token). Bad input is a 400 problem
 * naming the field; an unknown service is a 404.
 */
@RestController
class CdsHooksController {
  private final PrescribingAdvice advice;

  public CdsHooksController(PrescribingAdvice advice) {
    this.advice = advice;
  }

  @GetMapping("/cds-services")
  Map<String, List<CdsService>> discovery() {
    return Map.of("services", CdsService.ALL);
  }

  @PostMapping("/cds-services/{id}")
  CdsResponse call(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody JsonNode body,
      AuditFacts touched) {
    CdsService service =
        CdsService.byId(id).orElseThrow(() -> new NotFoundException("CDS service"));
    HookRequest request = HookRequest.read(service, body);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return advice.advise(user, service, request, base, touched);
  }
}
