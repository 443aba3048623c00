package com.isocourse.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.audit.AuditFilter;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.audit.RefusalAudit;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.platform.security.BearerTokenFilter;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.security.SecurityConfig;
import com.isocourse.server.smart.MachineClientSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call {@code /fhir}: the API's bearer tokens only (no session cookie is read, so there is
 * nothing for a CSRF token to protect), stateless like the bearer API chain, audited by the same
 * {@link AuditFilter} after the access decision. The CapabilityStatement is public, as FHIR clients
 * expect; AuditEvent is an admin's alone; everything else needs a clinical role (an admin sees no
 * clinical data) and the relationship checks of the use cases. Every refusal is an OperationOutcome
 * (401, 403), audited by {@link RefusalAudit}.
 */
@Configuration
class FhirSecurityConfig {

  @Bean
  @Order(0)
  SecurityFilterChain fhirApi(
      HttpSecurity http,
      ApiTokenService tokens,
      FhirContext fhir,
      ObjectMapper json,
      RefusalAudit refusals,
      AuditLog audit)
      throws Exception {
    http.securityMatcher(SecurityConfig::isFhir)
        .addFilterBefore(
            new BearerTokenFilter(tokens, refusal(fhir)), AnonymousAuthenticationFilter.class);
    return rules(http, fhir, json, refusals, audit).build();
  }

  /**
   * SMART Backend Services access tokens (JWTs of machine clients, docs/adr/0015) on {@code /fhir}:
   * ordered before {@link #fhirApi}, verified by Spring Security's resource server, narrowed by the
   * token's scopes, then the same rules, refusals and audit as the {@code ict_} tokens.
   */
  @Bean
  @Order(-2)
  SecurityFilterChain fhirMachineClients(
      HttpSecurity http,
      MachineClientSecurity machineClients,
      FhirContext fhir,
      ObjectMapper json,
      RefusalAudit refusals,
      AuditLog audit)
      throws Exception {
    http.securityMatcher(r -> SecurityConfig.isFhir(r) && MachineClientSecurity.hasJwtBearer(r));
    machineClients.authenticate(http, refusal(fhir));
    return rules(http, fhir, json, refusals, audit).build();
  }

  private static BearerTokenFilter.Refusal refusal(FhirContext fhir) {
    return (response, status, code, detail) -> FhirOutcomes.write(response, fhir, status, detail);
  }

  /** Everything but how the caller authenticates: stateless, rules, audit, OperationOutcomes. */
  private static HttpSecurity rules(
      HttpSecurity http, FhirContext fhir, ObjectMapper json, RefusalAudit refusals, AuditLog audit)
      throws Exception {
    return http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .addFilterAfter(new AuditFilter(audit, json), AuthorizationFilter.class)
        .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/fhir/metadata")
                    .permitAll()
                    // the audit trail is the admin's, and only hers (AuditEventProvider)
                    .requestMatchers("/fhir/AuditEvent", "/fhir/AuditEvent/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/fhir/**")
                    .hasAnyRole(
                        Role.PRESCRIBER.name(),
                        Role.DESIGNEE.name(),
                        Role.PHARMACIST.name(),
                        Role.PATIENT.name())
                    .anyRequest()
                    .denyAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) -> {
                          if (refusals.refused(req, res, 401, "not signed in")) {
                            FhirOutcomes.write(
                                res,
                                fhir,
                                HttpStatus.UNAUTHORIZED,
                                "Send a bearer token: Authorization: Bearer ict_…");
                          }
                        })
                    .accessDeniedHandler(
                        (req, res, ex) -> {
                          if (refusals.refused(req, res, 403, "role")) {
                            FhirOutcomes.write(
                                res, fhir, HttpStatus.FORBIDDEN, "Your role may not do this.");
                          }
                        }));
  }
}
