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
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a client assertion (SMART Backend Services; RFC 7523): a JWT signed RS384 or ES384 by a
 * key of the client's registered JWKS, {@code iss} = {@code sub} = the client id, {@code aud} = the
 * token endpoint's URL, {@code exp} at most five minutes ahead, and a {@code jti} never used before
 * (kept until the assertion expires). Nimbus does the signature and claim checks; a failure is
 * {@code invalid_client}, a replay {@code invalid_grant}.
 */
@Component
class ClientAssertions {
  static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

  /** Longest an assertion may live, and the clock difference tolerated. */
  static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  static final Duration SKEW = Duration.ofSeconds(30);

  private final MachineClientRepository clients;
  private final Clock clock;

  @Autowired
  public ClientAssertions(MachineClientRepository clients) {
    this(clients, Clock.systemUTC());
  }

  ClientAssertions(MachineClientRepository clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** The active client the assertion proves, or a {@link TokenError}. */
  public MachineClient verify(String assertion, String tokenEndpoint) {
    SignedJWT jwt;
    String clientId;
    try {
      jwt = SignedJWT.parse(assertion);
      clientId = jwt.getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw TokenError.invalidClient("client_assertion is not a signed JWT");
    }
    if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw TokenError.invalidClient("client_assertion must be signed RS384 or ES384");
    }
    if (clientId == null) {
      throw TokenError.invalidClient("client_assertion has no iss");
    }
    MachineClient client =
        clients
            .find(clientId)
            .filter(MachineClient::active)
            .orElseThrow(() -> TokenError.invalidClient("unknown or revoked client"));
    JWTClaimsSet claims;
    try {
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              ALGORITHMS, new ImmutableJWKSet<>(JWKSet.parse(client.jwks()))));
      DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier =
          new DefaultJWTClaimsVerifier<>(
              tokenEndpoint,
              new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).build(),
              Set.of("exp", "jti"));
      claimsVerifier.setMaxClockSkew((int) SKEW.toSeconds());
      processor.setJWTClaimsSetVerifier(claimsVerifier);
      claims = processor.process(jwt, null);
    } catch (BadJOSEException | JOSEException | ParseException e) {
      throw TokenError.invalidClient("client_assertion rejected: " + e.getMessage());
    }
    Instant exp = claims.getExpirationTime().toInstant();
    if (exp.isAfter(clock.instant().plus(MAX_LIFETIME).plus(SKEW))) {
      throw TokenError.invalidClient("client_assertion exp is more than five minutes ahead");
    }
    if (!clients.useJti(clientId, claims.getJWTID(), exp)) {
      throw TokenError.invalidGrant(clientId, "client_assertion jti was already used");
    }
    return client;
  }
}
