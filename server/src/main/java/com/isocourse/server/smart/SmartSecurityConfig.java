package com.isocourse.server.smart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.audit.AuditLog;
import com.isocourse.server.audit.RefusalAudit;
import com.isocourse.server.security.ApiAccessRules;
import com.isocourse.server.security.BearerTokenFilter;
import com.isocourse.server.security.SecurityConfig;
import com.isocourse.server.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The two filter chains of SMART Backend Services (docs/adr/0015).
 *
 * <p>{@link #smartEndpointsChain}: the discovery document and the token endpoint, open to anyone
 * (the token endpoint authenticates the client by its signed assertion itself), stateless, no CSRF
 * token (no cookie is involved).
 *
 * <p>{@link #machineClientApi}: API calls with a JWT bearer token, ordered before the chain of the
 * opaque {@code ict_…} tokens ({@link SecurityConfig}). Spring Security's resource server verifies
 * the token ({@link AccessTokens#decoder()}) and {@link MachineClientAuthentications} makes the
 * request the acts-as user's; then {@link ScopeFilter} narrows by scope and the very same {@link
 * ApiAccessRules} as the other API chains apply, with the same audit.
 */
@Configuration
public class SmartSecurityConfig {

  /** True for a bearer token shaped like a JWT (three dot-separated parts), not an ict_ token. */
  static boolean hasJwtBearer(HttpServletRequest request) {
    if (!BearerTokenFilter.hasBearer(request)) {
      return false;
    }
    String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
    return !token.startsWith("ict_") && token.chars().filter(c -> c == '.').count() == 2;
  }

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
      AccessTokens tokens,
      MachineClientAuthentications authentications,
      ObjectMapper json,
      RefusalAudit refusals,
      AuditLog audit)
      throws Exception {
    http.securityMatcher(r -> SecurityConfig.isApi(r) && hasJwtBearer(r))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .oauth2ResourceServer(
            o ->
                o.jwt(j -> j.decoder(tokens.decoder()).jwtAuthenticationConverter(authentications))
                    .authenticationEntryPoint(
                        (req, res, ex) -> {
                          if (refusals.refused(req, res, 401, "access token")) {
                            res.setHeader(
                                HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                            ProblemResponses.write(
                                res,
                                json,
                                ProblemResponses.problem(
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "The access token is not valid, has expired, or its client"
                                        + " was revoked."));
                          }
                        }))
        .addFilterBefore(new ScopeFilter(refusals, json), AuthorizationFilter.class);
    return ApiAccessRules.apply(http, json, refusals, audit).build();
  }
}
