package com.isocourse.server.smart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.audit.RefusalAudit;
import com.isocourse.server.platform.security.ApiAccessRules;
import com.isocourse.server.platform.security.SecurityConfig;
import com.isocourse.server.platform.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The filter chains of SMART Backend Services (docs/adr/0015); the FHIR adapter has its own for
 * {@code /fhir} ({@code fhir/FhirSecurityConfig}).
 *
 * <p>{@link #smartEndpointsChain}: the discovery document and the token endpoint, open to anyone
 * (the token endpoint authenticates the client by its signed assertion itself), stateless, no CSRF
 * token (no cookie is involved).
 *
 * <p>{@link #machineClientApi}: API calls with a JWT bearer token, ordered before the chain of the
 * opaque {@code ict_…} tokens ({@link SecurityConfig}): {@link MachineClientSecurity}, then the
 * very same {@link ApiAccessRules} as the other API chains, with the same audit.
 */
@Configuration
class SmartSecurityConfig {

  @Bean
  @Order(-1)
  SecurityFilterChain smartEndpointsChain(HttpSecurity http) throws Exception {
    http.securityMatcher(SmartEndpoints.TOKEN_PATH, SmartEndpoints.DISCOVERY_PATH)
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .anonymous(a -> a.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain machineClientApi(
      HttpSecurity http,
      MachineClientSecurity machineClients,
      ObjectMapper json,
      RefusalAudit refusals,
      AuditLog audit)
      throws Exception {
    http.securityMatcher(r -> SecurityConfig.isApi(r) && MachineClientSecurity.hasJwtBearer(r))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()));
    machineClients.authenticate(
        http,
        (response, status, code, detail) ->
            ProblemResponses.write(response, json, ProblemResponses.problem(status, code, detail)));
    return ApiAccessRules.apply(http, json, refusals, audit).build();
  }
}
