package com.isocourse.server.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Issues the access tokens of machine clients (JWT, {@code typ at+jwt}, RS256 with the server's
 * {@link SigningKey}, five minutes) and decodes them for Spring Security's resource server, which
 * accepts only tokens of this type signed by this key and not expired. Whether the client is still
 * registered is checked on every request ({@link MachineClientAuthentications}), not here.
 */
@Component
class AccessTokens {
  /** Token lifetime: SMART Backend Services recommends no more than five minutes. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

  private final RSAKey key;
  private final Clock clock;

  @Autowired
  public AccessTokens(@Value("${isocourse.smart.key-file:}") String keyFile) throws IOException {
    this(SigningKey.loadOrCreate(SigningKey.file(keyFile)), Clock.systemUTC());
  }

  AccessTokens(RSAKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /** A signed token for the client with the granted scopes. */
  public String issue(String issuer, MachineClient client, List<String> scopes) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(client.clientId())
            .claim("client_id", client.clientId())
            .claim("scope", String.join(" ", scopes))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(ACCESS_TOKEN)
                .keyID(key.getKeyID())
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("the server's signing key cannot sign", e);
    }
    return jwt.serialize();
  }

  /** The decoder of the resource server: this key, RS256, type at+jwt, not expired, a client. */
  public JwtDecoder decoder() {
    try {
      NimbusJwtDecoder decoder =
          NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey())
              .signatureAlgorithm(
                  org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256)
              .jwtProcessorCustomizer(
                  p -> p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(ACCESS_TOKEN)))
              .build();
      OAuth2TokenValidator<Jwt> valid =
          new DelegatingOAuth2TokenValidator<>(
              new JwtTimestampValidator(Duration.ofSeconds(30)),
              new JwtClaimValidator<String>("client_id", id -> id != null && !id.isBlank()));
      decoder.setJwtValidator(valid);
      return decoder;
    } catch (JOSEException e) {
      throw new IllegalStateException("the server's signing key has no public part", e);
    }
  }
}
