package com.isocourse.server.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer ict_…} requests. A wrong or revoked token is a 401
 * problem at once (no fallback to the session), and an unreachable database is a 503.
 */
public class BearerTokenFilter extends OncePerRequestFilter {
  /**
   * How a refusal is written: an RFC 9457 problem for {@code /api}, an OperationOutcome for FHIR.
   */
  @FunctionalInterface
  public interface Refusal {
    void write(HttpServletResponse response, HttpStatus status, String code, String detail)
        throws IOException;
  }

  private final ApiTokenService tokens;
  private final Refusal refusal;

  public BearerTokenFilter(ApiTokenService tokens, ObjectMapper json) {
    this(
        tokens,
        (response, status, code, detail) ->
            ProblemResponses.write(
                response,
                json,
                status == HttpStatus.SERVICE_UNAVAILABLE
                    ? ProblemResponses.databaseUnavailable()
                    : ProblemResponses.problem(status, code, detail)));
  }

  public BearerTokenFilter(ApiTokenService tokens, Refusal refusal) {
    this.tokens = tokens;
    this.refusal = refusal;
  }

  /** True when the request carries a bearer token (such requests need no CSRF token). */
  public static boolean hasBearer(HttpServletRequest request) {
    String h = request.getHeader(HttpHeaders.AUTHORIZATION);
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearer(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
    Optional<CurrentUser> user;
    try {
      user = tokens.authenticate(token);
    } catch (DataAccessException e) {
      refusal.write(
          response,
          HttpStatus.SERVICE_UNAVAILABLE,
          "database-unavailable",
          "The database cannot be reached. Retry later.");
      return;
    }
    if (user.isEmpty()) {
      refusal.write(
          response, HttpStatus.UNAUTHORIZED, "unauthenticated", "The bearer token is not valid.");
      return;
    }
    CurrentUser u = user.get();
    var auth =
        new UsernamePasswordAuthenticationToken(
            u, null, List.of(new SimpleGrantedAuthority(u.role().authority())));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
