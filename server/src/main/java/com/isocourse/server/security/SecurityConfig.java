package com.isocourse.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.audit.RefusalAudit;
import com.isocourse.server.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may call what, by role; relationships (own patients only) are checked in the use cases.
 * Browsers use a session cookie with a CSRF token (cookie {@code XSRF-TOKEN}, header {@code
 * X-XSRF-TOKEN}); machine clients send a bearer token and need no CSRF token. Every denial is an
 * RFC 9457 problem.
 */
@Configuration
public class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(10);
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      ApiTokenService tokens,
      ObjectMapper json,
      SecurityContextRepository contexts,
      RefusalAudit refusals)
      throws Exception {
    CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
    csrfHandler.setCsrfRequestAttributeName(null);
    http.csrf(
            c ->
                c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(csrfHandler)
                    .ignoringRequestMatchers(BearerTokenFilter::hasBearer))
        .securityContext(s -> s.securityContextRepository(contexts))
        .addFilterBefore(new BearerTokenFilter(tokens, json), AnonymousAuthenticationFilter.class)
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/openapi.json", "/api/csrf", "/api/login", "/error")
                    .permitAll()
                    .requestMatchers("/api/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/api/pharmacy/**")
                    .hasRole(Role.PHARMACIST.name())
                    .requestMatchers("/api/me/**")
                    .hasRole(Role.PATIENT.name())
                    .requestMatchers("/api/patients", "/api/patients/**")
                    .hasAnyRole(Role.PRESCRIBER.name(), Role.DESIGNEE.name())
                    .requestMatchers("/api/evaluate")
                    .hasAnyRole(
                        Role.PRESCRIBER.name(),
                        Role.DESIGNEE.name(),
                        Role.PHARMACIST.name(),
                        Role.ADMIN.name())
                    .requestMatchers("/api/logout", "/api/whoami")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            ProblemResponses.write(
                                res,
                                json,
                                ProblemResponses.problem(
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "Sign in or send a bearer token.")))
                    .accessDeniedHandler(
                        (req, res, ex) -> {
                          boolean csrf = ex.getClass().getSimpleName().contains("Csrf");
                          refusals.refused(req, 403, csrf ? "csrf token" : "role");
                          ProblemResponses.write(
                              res,
                              json,
                              ProblemResponses.problem(
                                  HttpStatus.FORBIDDEN,
                                  "forbidden",
                                  csrf
                                      ? "The CSRF token is missing or wrong: read it from"
                                          + " GET /api/csrf and send it as X-XSRF-TOKEN."
                                      : "Your role may not do this."));
                        }));
    return http.build();
  }
}
