package com.isocourse.server.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.audit.AuditFilter;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.audit.RefusalAudit;
import com.isocourse.server.platform.web.ProblemResponses;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What the two API filter chains (browser session and bearer token) have in common, written once so
 * they cannot drift apart: which role may call which route, no HTTP Basic, form login, logout
 * filter or saved request, {@code Referrer-Policy: no-referrer} (HSTS comes with Spring Security's
 * defaults on HTTPS requests), prescribing for the prescriber alone, and every denial as an RFC
 * 9457 problem (401 for no credentials, 403 for a role or CSRF refusal, audited by {@link
 * RefusalAudit}).
 */
public final class ApiAccessRules {
  private ApiAccessRules() {}

  /** Applies the shared rules to a chain; the caller adds how it authenticates. */
  public static HttpSecurity apply(
      HttpSecurity http, ObjectMapper json, RefusalAudit refusals, AuditLog audit)
      throws Exception {
    return http.addFilterAfter(new AuditFilter(audit, json), AuthorizationFilter.class)
        .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
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
                    // Prescribing, and ending a course, are the prescriber's alone (a designee
                    // records facts only).
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/patients/*/prescriptions",
                        "/api/patients/*/prescriptions/*/cancel",
                        "/api/patients/*/course/complete")
                    .hasRole(Role.PRESCRIBER.name())
                    .requestMatchers("/api/patients", "/api/patients/**")
                    .hasAnyRole(Role.PRESCRIBER.name(), Role.DESIGNEE.name())
                    // The prescriber's alerts: the prescriber and their designee.
                    .requestMatchers("/api/alerts", "/api/alerts/**")
                    .hasAnyRole(Role.PRESCRIBER.name(), Role.DESIGNEE.name())
                    .requestMatchers("/api/evaluate")
                    .hasAnyRole(
                        Role.PRESCRIBER.name(),
                        Role.DESIGNEE.name(),
                        Role.PHARMACIST.name(),
                        Role.ADMIN.name())
                    // CDS Hooks: discovery is public (CDS Hooks 2.0 §Discovery); cards are
                    // asked for at prescribing time, by the prescriber (docs/adr/0014).
                    .requestMatchers(HttpMethod.GET, "/cds-services")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/cds-services/*")
                    .hasRole(Role.PRESCRIBER.name())
                    // NCPDP SCRIPT REMSRequest: the pharmacy's system, as its pharmacist.
                    .requestMatchers(HttpMethod.POST, "/script/rems")
                    .hasRole(Role.PHARMACIST.name())
                    .requestMatchers("/api/logout", "/api/whoami")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) -> {
                          if (refusals.refused(req, res, 401, "not signed in")) {
                            ProblemResponses.write(
                                res,
                                json,
                                ProblemResponses.problem(
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "Sign in or send a bearer token."));
                          }
                        })
                    .accessDeniedHandler(
                        (req, res, ex) -> {
                          boolean csrf = ex.getClass().getSimpleName().contains("Csrf");
                          if (!refusals.refused(req, res, 403, csrf ? "csrf token" : "role")) {
                            return;
                          }
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
  }
}
