package com.isocourse.server.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.audit.RefusalAudit;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.session.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may call what, by role ({@link ApiAccessRules}); relationships (own patients only) are
 * checked in the use cases. Browsers use a session cookie with a CSRF token (cookie {@code
 * XSRF-TOKEN}, header {@code X-XSRF-TOKEN}); machine clients send a bearer token. Every denial is
 * an RFC 9457 problem.
 *
 * <p>Bearer-token API calls get a chain of their own: they carry their credentials on every call,
 * so they need no CSRF token and no session, and the pharmacy systems' load (an authorization
 * before every fill) should not pay for generating a CSRF token, writing an {@code XSRF-TOKEN}
 * cookie or looking for a web session on each call. That chain is stateless: it neither reads nor
 * creates a session, and the security context lives only as long as the request.
 */
@Configuration
public class SecurityConfig {

  /**
   * The API's paths: everything the pages' chain does not serve. The interoperability adapters (CDS
   * Hooks at {@code /cds-services}, NCPDP SCRIPT at {@code /script}, FHIR R4 at {@code /fhir}) are
   * machine APIs too, with the same bearer tokens, access rules and audit (docs/adr/0013, 0014).
   */
  public static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/")
        || path.equals("/api")
        || path.equals("/openapi.json")
        || path.equals("/cds-services")
        || path.startsWith("/cds-services/")
        || path.startsWith("/script/")
        || isFhir(request);
  }

  /** The FHIR R4 adapter's paths ({@code /fhir}, docs/adr/0013). */
  public static boolean isFhir(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/fhir/") || path.equals("/fhir");
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(10);
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  /**
   * API calls with {@code Authorization: Bearer …}. A wrong token is a 401 at once and never falls
   * back to a session. Ordered before the session chain {@link #api}, which therefore never sees a
   * bearer token, and after the chain of the SMART access tokens (JWTs, {@code
   * smart/SmartSecurityConfig}), which takes the bearer tokens shaped like a JWT.
   */
  @Bean
  @Order(3)
  SecurityFilterChain bearerApi(
      HttpSecurity http,
      ApiTokenService tokens,
      ObjectMapper json,
      RefusalAudit refusals,
      AuditLog audit)
      throws Exception {
    http.securityMatcher(r -> isApi(r) && BearerTokenFilter.hasBearer(r))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .addFilterBefore(new BearerTokenFilter(tokens, json), AnonymousAuthenticationFilter.class);
    return ApiAccessRules.apply(http, json, refusals, audit).build();
  }

  /**
   * The session cookie is {@code Secure} when the request is HTTPS (directly or as forwarded by the
   * TLS proxy), and always when {@code isocourse.secure-cookies} is true.
   */
  @Bean
  DefaultCookieSerializerCustomizer secureSessionCookie(
      @Value("${isocourse.secure-cookies:false}") boolean secureCookies) {
    return serializer -> {
      if (secureCookies) {
        serializer.setUseSecureCookie(true);
      }
    };
  }

  /**
   * The XSRF-TOKEN cookie (readable by the page's script): Secure when the request is HTTPS, and
   * always when forced.
   */
  static CookieCsrfTokenRepository csrfCookies(boolean forceSecure) {
    CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    if (forceSecure) {
      repository.setCookieCustomizer(c -> c.secure(true));
    }
    return repository;
  }

  /** API calls from browsers (and anonymous ones): session cookie and CSRF token. */
  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      ObjectMapper json,
      SecurityContextRepository contexts,
      RefusalAudit refusals,
      AuditLog audit,
      @Value("${isocourse.secure-cookies:false}") boolean secureCookies)
      throws Exception {
    CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
    csrfHandler.setCsrfRequestAttributeName(null);
    CookieCsrfTokenRepository csrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
    if (secureCookies) {
      // otherwise Secure exactly when the request is HTTPS
      csrfCookie.setCookieCustomizer(c -> c.secure(true));
    }
    http.csrf(c -> c.csrfTokenRepository(csrfCookie).csrfTokenRequestHandler(csrfHandler))
        .securityContext(s -> s.securityContextRepository(contexts));
    return ApiAccessRules.apply(http, json, refusals, audit).build();
  }
}
