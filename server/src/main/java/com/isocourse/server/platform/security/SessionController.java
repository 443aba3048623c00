package com.isocourse.server.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Web sign-in: CSRF token, login into a session cookie, logout, and who am I. */
@RestController
class SessionController {
  private final LoginService logins;
  private final SecurityContextRepository contexts;

  public SessionController(LoginService logins, SecurityContextRepository contexts) {
    this.logins = logins;
    this.contexts = contexts;
  }

  /** Credentials for a web sign-in. */
  public record Credentials(@NotBlank String username, @NotBlank String password) {}

  /**
   * The CSRF token a browser sends back as {@code X-XSRF-TOKEN} on every write. A bearer-token call
   * has no CSRF token (it carries its credentials on every call and needs none): it gets a 400
   * problem saying so, never a 500.
   */
  @GetMapping("/api/csrf")
  ResponseEntity<?> csrf(HttpServletRequest request) {
    if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
      return ResponseEntity.badRequest()
          .body(
              problem(
                  HttpStatus.BAD_REQUEST,
                  "csrf-not-needed",
                  "Calls with a bearer token need no CSRF token: send the token on every call"
                      + " and leave out X-XSRF-TOKEN."));
    }
    return ResponseEntity.ok(
        Map.of("headerName", token.getHeaderName(), "token", token.getToken()));
  }

  @PostMapping("/api/login")
  ResponseEntity<?> login(
      @Valid @RequestBody Credentials credentials,
      HttpServletRequest request,
      HttpServletResponse response) {
    return switch (logins.login(
        credentials.username(), credentials.password(), request.getRemoteAddr())) {
      case LoginService.Result.SignedIn s -> {
        if (request.getSession(false) != null) {
          request.changeSessionId(); // no session fixation
        } else {
          request.getSession(true);
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            new UsernamePasswordAuthenticationToken(
                s.user(), null, List.of(new SimpleGrantedAuthority(s.user().role().authority()))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        yield ResponseEntity.ok(AccountView.of(s.user()));
      }
      case LoginService.Result.Rejected r ->
          ResponseEntity.status(HttpStatus.UNAUTHORIZED)
              .body(
                  problem(HttpStatus.UNAUTHORIZED, "login-failed", "Wrong username or password."));
      case LoginService.Result.Locked l ->
          ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
              .header("Retry-After", Long.toString(retryAfterSeconds(l.until())))
              .body(
                  problem(
                      HttpStatus.TOO_MANY_REQUESTS,
                      "login-locked",
                      "Too many failed sign-ins: this account is locked until " + l.until() + "."));
    };
  }

  @PostMapping("/api/logout")
  ResponseEntity<Void> logout(
      @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
    if (user != null) {
      logins.loggedOut(user);
    }
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/whoami")
  AccountView whoami(@AuthenticationPrincipal CurrentUser user) {
    return AccountView.of(user);
  }

  /** Whole seconds until the lock ends, at least one. */
  static long retryAfterSeconds(Instant until) {
    return Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
  }

  private static ProblemDetail problem(HttpStatus status, String type, String detail) {
    return com.isocourse.server.platform.web.ProblemResponses.problem(status, type, detail);
  }
}
