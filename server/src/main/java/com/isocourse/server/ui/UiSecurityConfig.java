package com.isocourse.server.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.audit.AuditFilter;
import com.isocourse.server.platform.audit.AuditLog;
import com.isocourse.server.platform.audit.RefusalAudit;
import com.isocourse.server.platform.security.LoginService;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.security.SecurityConfig;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages' filter chain: every path that is not the API. Form login on {@code /login} through the
 * same throttled {@link LoginService} as the API, a session cookie, CSRF tokens in every form,
 * logout on {@code POST /logout}, and a sign-in page that says so when a session has expired.
 * Ordered before the API chains, which keep everything under {@code /api}.
 */
@Configuration
class UiSecurityConfig {

  static boolean isPage(HttpServletRequest request) {
    return !SecurityConfig.isApi(request);
  }

  @Bean
  @Order(1)
  SecurityFilterChain pages(
      HttpSecurity http,
      LoginService logins,
      SecurityContextRepository contexts,
      AuditLog audit,
      RefusalAudit refusals,
      ObjectMapper json)
      throws Exception {
    RequestMatcher pages = UiSecurityConfig::isPage;
    String clinicians = Role.PRESCRIBER.name();
    var signIn = new LoginUrlAuthenticationEntryPoint("/login");
    var forbidden = new AccessDeniedHandlerImpl();
    forbidden.setErrorPage("/error/forbidden");
    http.securityMatcher(pages)
        .addFilterAfter(new AuditFilter(audit, json), AuthorizationFilter.class)
        .authenticationProvider(new SignInProvider(logins))
        .securityContext(s -> s.securityContextRepository(contexts))
        .formLogin(
            f ->
                f.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/", true)
                    .failureHandler(new SignInFailure())
                    .permitAll())
        .logout(
            l ->
                l.logoutUrl("/logout")
                    .addLogoutHandler(
                        (request, response, authentication) -> {
                          // Sign-outs are audited like the API's (LoginService.loggedOut).
                          if (authentication != null
                              && authentication.getPrincipal()
                                  instanceof
                                  com.isocourse.server.platform.security.CurrentUser user) {
                            logins.loggedOut(user);
                          }
                        })
                    .logoutSuccessUrl("/login?signedOut")
                    .deleteCookies("SESSION")
                    .invalidateHttpSession(true))
        .sessionManagement(s -> s.invalidSessionStrategy(new HtmxAwareSignIn("/login?expired")))
        .headers(
            h ->
                h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                    .contentSecurityPolicy(
                        c ->
                            c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self';"
                                    + " script-src 'self'; frame-ancestors 'none'")))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/login", "/css/**", "/js/**", "/favicon.svg", "/error")
                    .permitAll()
                    // Prescribing and clearing a hard stop are the prescriber's alone.
                    .requestMatchers(
                        "/prescriber/patients/*/prescribe",
                        "/prescriber/patients/*/prescriptions/*/cancel",
                        "/prescriber/patients/*/complete",
                        "/prescriber/patients/*/review")
                    .hasRole(clinicians)
                    .requestMatchers("/prescriber/**")
                    .hasAnyRole(clinicians, Role.DESIGNEE.name())
                    .requestMatchers("/pharmacy/**")
                    .hasRole(Role.PHARMACIST.name())
                    .requestMatchers("/me/**")
                    .hasRole(Role.PATIENT.name())
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        // Refusals are audited (issue 12): a page the role may not open, a page opened signed out.
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                        (req, res, ex) -> {
                          if (refusals.refused(req, res, 403, "role")) {
                            forbidden.handle(req, res, ex);
                          }
                        })
                    .authenticationEntryPoint(
                        (req, res, ex) -> {
                          if (refusals.refused(req, res, 401, "not signed in")
                              && !HtmxAwareSignIn.toldHtmx(req, res, "/login")) {
                            signIn.commence(req, res, ex);
                          }
                        }));
    return http.build();
  }
}
