package com.isocourse.server.smart;

import com.isocourse.server.platform.audit.RefusalAudit;
import com.isocourse.server.platform.security.BearerTokenFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/**
 * How a filter chain authenticates machine clients' access tokens (docs/adr/0015), shared by the
 * API's chain ({@link SmartSecurityConfig}) and the FHIR adapter's: Spring Security's resource
 * server verifies the JWT ({@link AccessTokens#decoder()}), {@link MachineClientAuthentications}
 * makes the request the acts-as user's (client still registered, user still active), and {@link
 * ScopeFilter} narrows it by scope before the chain's own role rules. Refusals are written in the
 * chain's own format (an RFC 9457 problem, or an OperationOutcome for FHIR) and audited.
 */
@Component
public class MachineClientSecurity {
  private final CdsClientJwts tokens;
  private final MachineClientAuthentications authentications;
  private final RefusalAudit refusals;

  public MachineClientSecurity(
      CdsClientJwts tokens, MachineClientAuthentications authentications, RefusalAudit refusals) {
    this.tokens = tokens;
    this.authentications = authentications;
    this.refusals = refusals;
  }

  /** True for a bearer token shaped like a JWT (three dot-separated parts), not an ict_ token. */
  public static boolean hasJwtBearer(HttpServletRequest request) {
    if (!BearerTokenFilter.hasBearer(request)) {
      return false;
    }
    String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
    return !token.startsWith("ict_") && token.chars().filter(c -> c == '.').count() == 2;
  }

  /** Adds the resource server and the scope check to the chain; refusals go through {@code out}. */
  public HttpSecurity authenticate(HttpSecurity http, BearerTokenFilter.Refusal out)
      throws Exception {
    return http.oauth2ResourceServer(
            o ->
                o.jwt(j -> j.decoder(tokens.decoder()).jwtAuthenticationConverter(authentications))
                    .authenticationEntryPoint(
                        (req, res, ex) -> {
                          if (refusals.refused(req, res, 401, "access token")) {
                            res.setHeader(
                                HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                            out.write(
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "The access token is not valid, has expired, or its client was"
                                    + " revoked.");
                          }
                        }))
        .addFilterBefore(new ScopeFilter(refusals, out), AuthorizationFilter.class);
  }
}
