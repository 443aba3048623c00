package com.isocourse.server.platform.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.audit.RefusalAudit;
import com.isocourse.server.platform.security.ApiTokenService;
import com.isocourse.server.platform.security.BearerTokenFilter;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may read {@code /actuator}: the health probes are open (a load balancer has no account) and
 * say only UP or DOWN to an anonymous caller; the Prometheus scrape and health details are for an
 * admin, by bearer token (a scraper) or web session. Everything else under {@code /actuator} is
 * refused. Ordered before the pages' chain, which would otherwise send a prober to the sign-in
 * page.
 *
 * <p>Only GETs are allowed, so the chain needs no CSRF token; a session is read when the caller
 * sends its cookie and never created. A load balancer's probe sends no cookie, so its answer never
 * depends on reading a web session from the database: with the database stopped, readiness answers
 * 503 DOWN from its own check.
 */
@Configuration
class ActuatorSecurityConfig {

  @Bean
  @Order(0)
  SecurityFilterChain actuator(
      HttpSecurity http,
      ApiTokenService tokens,
      ObjectMapper json,
      SecurityContextRepository contexts,
      RefusalAudit refusals)
      throws Exception {
    http.securityMatcher("/actuator", "/actuator/**")
        .csrf(c -> c.disable())
        .securityContext(s -> s.securityContextRepository(contexts))
        .addFilterBefore(new BearerTokenFilter(tokens, json), AnonymousAuthenticationFilter.class)
        .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                    .hasRole(Role.ADMIN.name())
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
                                    "Metrics are for an admin: send an admin's bearer token.")))
                    .accessDeniedHandler(
                        (req, res, ex) -> {
                          if (!refusals.refused(req, res, 403, "role")) {
                            return;
                          }
                          ProblemResponses.write(
                              res,
                              json,
                              ProblemResponses.problem(
                                  HttpStatus.FORBIDDEN,
                                  "forbidden",
                                  "Only an admin may read this."));
                        }));
    return http.build();
  }
}
