package com.isocourse.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.web.ProblemResponses;
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
  private final ApiTokenService tokens;
  private final ObjectMapper json;

  public BearerTokenFilter(ApiTokenService tokens, ObjectMapper json) {
    this.tokens = tokens;
    this.json = json;
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
      ProblemResponses.write(response, json, ProblemResponses.databaseUnavailable());
      return;
    }
    if (user.isEmpty()) {
      ProblemResponses.write(
          response,
          json,
          ProblemResponses.problem(
              HttpStatus.UNAUTHORIZED, "unauthenticated", "The bearer token is not valid."));
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
