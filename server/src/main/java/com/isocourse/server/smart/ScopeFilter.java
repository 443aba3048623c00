package com.isocourse.server.smart;

import com.isocourse.server.platform.audit.RefusalAudit;
import com.isocourse.server.platform.audit.RequestAuditFacts;
import com.isocourse.server.platform.security.BearerTokenFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Narrows a machine client's request by its scopes ({@link SmartScopes}), before the role rules
 * run: a route no granted scope opens is a 403 problem, audited as a refusal naming the user and
 * the client. Requests of people pass untouched. Also marks the request as the client's, so every
 * audit row of it names the client.
 */
final class ScopeFilter extends OncePerRequestFilter {
  private final RefusalAudit refusals;
  private final BearerTokenFilter.Refusal out;

  ScopeFilter(RefusalAudit refusals, BearerTokenFilter.Refusal out) {
    this.refusals = refusals;
    this.out = out;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof MachineClientAuthentication auth)) {
      chain.doFilter(request, response);
      return;
    }
    RequestAuditFacts.of(request).machineClient(auth.client().clientId(), auth.client().name());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (SmartScopes.allows(auth.scopes(), request.getMethod(), path)) {
      chain.doFilter(request, response);
      return;
    }
    if (refusals.refused(request, response, 403, "scope")) {
      out.write(
          response,
          HttpStatus.FORBIDDEN,
          "insufficient-scope",
          "The access token's scopes ("
              + String.join(" ", auth.scopes())
              + ") do not open this route.");
    }
  }
}
