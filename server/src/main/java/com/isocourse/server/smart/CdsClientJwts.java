package com.isocourse.server.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * CDS Hooks 2.0 client authentication (issue 15 item 3, docs/adr/0015): an EHR calling a CDS
 * service sends a JWT it signed itself — {@code iss} the EHR, {@code sub} its client id, {@code
 * aud} the service's URL, {@code exp} at most five minutes ahead, a {@code jti} used once — signed
 * RS384 or ES384 by a key of the JWKS registered for that machine client, which must hold the
 * {@code system/cds-hooks} scope. Verified here with Nimbus and handed to the resource server as a
 * {@link Jwt} with the client's id and that scope, so the request then runs exactly as a SMART
 * access token would: as the client's acts-as user, narrowed by scope, audited with the client. The
 * server's own access tokens ({@code typ at+jwt}) are passed to {@link AccessTokens}; a
 * client-signed JWT is accepted only on {@code /cds-services/…}.
 */
@Component
class CdsClientJwts {
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);
  private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final MachineClientRepository clients;
  private final AccessTokens tokens;
  private final String baseUrl;
  private final Clock clock;

  @Autowired
  public CdsClientJwts(
      MachineClientRepository clients,
      AccessTokens tokens,
      @Value("${isocourse.smart.base-url:}") String baseUrl) {
    this(clients, tokens, baseUrl, Clock.systemUTC());
  }

  CdsClientJwts(MachineClientRepository clients, AccessTokens tokens, String baseUrl, Clock clock) {
    this.clients = clients;
    this.tokens = tokens;
    this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    this.clock = clock;
  }

  /** The resource server's decoder: the server's access tokens, or a CDS client's own JWT. */
  public JwtDecoder decoder() {
    JwtDecoder accessTokens = tokens.decoder();
    return token -> {
      SignedJWT jwt;
      try {
        jwt = SignedJWT.parse(token);
      } catch (ParseException e) {
        throw new BadJwtException("not a signed JWT");
      }
      if (AccessTokens.ACCESS_TOKEN.equals(jwt.getHeader().getType())) {
        return accessTokens.decode(token);
      }
      HttpServletRequest request = currentRequest();
      if (request == null || !pathOf(request).startsWith("/cds-services/")) {
        throw new BadJwtException("only the server's access tokens are accepted here");
      }
      return verify(jwt, token, audience(request));
    };
  }

  /** The address the client signed for: the configured base URL, or the request's own. */
  private String audience(HttpServletRequest request) {
    return baseUrl.isEmpty()
        ? request.getRequestURL().toString()
        : baseUrl + request.getRequestURI();
  }

  Jwt verify(SignedJWT jwt, String token, String audience) {
    if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw new BadJwtException("a CDS client JWT must be signed RS384 or ES384");
    }
    String clientId;
    try {
      JWTClaimsSet unverified = jwt.getJWTClaimsSet();
      clientId = unverified.getSubject() != null ? unverified.getSubject() : unverified.getIssuer();
    } catch (ParseException e) {
      throw new BadJwtException("the JWT's claims cannot be read");
    }
    MachineClient client =
        clients
            .find(clientId == null ? "" : clientId)
            .filter(MachineClient::active)
            .filter(c -> c.scopes().contains(SmartScopes.CDS_HOOKS))
            .orElseThrow(
                () -> new BadJwtException("no active machine client with system/cds-hooks"));
    JWTClaimsSet claims;
    try {
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              ALGORITHMS, new ImmutableJWKSet<>(JWKSet.parse(client.jwks()))));
      DefaultJWTClaimsVerifier<SecurityContext> verifier =
          new DefaultJWTClaimsVerifier<>(
              audience,
              new JWTClaimsSet.Builder().subject(client.clientId()).build(),
              Set.of("iss", "exp", "jti"));
      verifier.setMaxClockSkew((int) SKEW.toSeconds());
      processor.setJWTClaimsSetVerifier(verifier);
      claims = processor.process(jwt, null);
    } catch (BadJOSEException | JOSEException | ParseException e) {
      throw new BadJwtException("the CDS client JWT is not valid: " + e.getMessage());
    }
    Instant exp = claims.getExpirationTime().toInstant();
    if (exp.isAfter(clock.instant().plus(MAX_LIFETIME).plus(SKEW))) {
      throw new BadJwtException("the CDS client JWT expires more than five minutes ahead");
    }
    if (!clients.useJti(client.clientId(), claims.getJWTID(), exp)) {
      throw new BadJwtException("the CDS client JWT's jti was already used");
    }
    Instant iat =
        claims.getIssueTime() == null ? clock.instant() : claims.getIssueTime().toInstant();
    return Jwt.withTokenValue(token)
        .headers(h -> h.putAll(jwt.getHeader().toJSONObject()))
        .claims(
            c ->
                c.putAll(
                    Map.of(
                        "iss", claims.getIssuer(),
                        "sub", client.clientId(),
                        "client_id", client.clientId(),
                        "scope", SmartScopes.CDS_HOOKS)))
        .issuedAt(iat.isAfter(exp) ? exp.minusSeconds(1) : iat)
        .expiresAt(exp)
        .build();
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
