package com.isocourse.server.smart;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Keys and client assertions as a machine client makes them (Nimbus, as any client library). */
public final class Assertions {
  public static final String TOKEN_URL = "http://localhost/oauth2/token";

  private Assertions() {}

  public static RSAKey rsaKey() throws Exception {
    return new RSAKeyGenerator(2048).keyID("rsa-" + UUID.randomUUID()).generate();
  }

  public static ECKey ecKey() throws Exception {
    return new ECKeyGenerator(Curve.P_384).keyID("ec-" + UUID.randomUUID()).generate();
  }

  /** A valid assertion: iss = sub = client, aud = token URL, four minutes, a fresh jti. */
  public static String assertion(JWK key, String clientId) throws Exception {
    return assertion(key, clientId, TOKEN_URL, Duration.ofMinutes(4), UUID.randomUUID().toString());
  }

  public static String assertion(
      JWK key, String clientId, String aud, Duration lifetime, String jti) throws Exception {
    JWSAlgorithm alg = key instanceof RSAKey ? JWSAlgorithm.RS384 : JWSAlgorithm.ES384;
    JWSSigner signer =
        key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
    Instant now = Instant.now();
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(clientId)
            .audience(aud)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(jti)
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }
}
