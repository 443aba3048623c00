package com.isocourse.server.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.support.ApiTestSupport;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * CDS Hooks 2.0 security (issue 15 item 3): the EHR signs its own JWT for each hook call ({@code
 * iss} the EHR, {@code sub} its client id, {@code aud} the service URL, {@code jti} once) with a
 * key registered for a machine client holding {@code system/cds-hooks}; the call then runs as the
 * client's prescriber. Anything else about the JWT is a 401 and shows no card.
 */
class CdsClientJwtTest extends ApiTestSupport {
  private static final String SERVICE = "http://localhost/cds-services/isocourse-patient-view";
  private static final String EHR = "https://ehr.example.org";

  @Autowired ObjectMapper json;

  private String register(JWK key, List<String> scopes) throws Exception {
    long adams =
        jdbc.sql("select id from app_user where username = 'dr.adams'").query(Long.class).single();
    return call(
            "admin",
            post("/api/admin/machine-clients"),
            Map.of(
                "name",
                "EHR " + UUID.randomUUID(),
                "actsAsUserId",
                adams,
                "jwks",
                new JWKSet(key.toPublicJWK()).toJSONObject(true),
                "scopes",
                scopes),
            201)
        .get("clientId")
        .asText();
  }

  private static String signed(JWK key, String sub, String aud, Duration life, String jti)
      throws Exception {
    JWSAlgorithm alg = key instanceof RSAKey ? JWSAlgorithm.RS384 : JWSAlgorithm.ES384;
    Instant now = Instant.now();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(EHR)
                .subject(sub)
                .audience(aud)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(life)))
                .jwtID(jti)
                .build());
    jwt.sign(key instanceof RSAKey r ? new RSASSASigner(r) : new ECDSASigner((ECKey) key));
    return jwt.serialize();
  }

  private MockHttpServletResponse hook(String jwt, String programId) throws Exception {
    String body =
        "{\"hook\":\"patient-view\",\"hookInstance\":\""
            + UUID.randomUUID()
            + "\",\"context\":{\"userId\":\"Practitioner/1\",\"patientId\":\""
            + programId
            + "\"}}";
    return mvc.perform(
            post("/cds-services/isocourse-patient-view")
                .header("Authorization", "Bearer " + jwt)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn()
        .getResponse();
  }

  @Test
  void anEhrSignedJwtGetsCardsAsItsPrescriberOnceAndOnlyWithTheRightAudience() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Jwtcase");
    JWK key = Assertions.ecKey();
    String client = register(key, List.of("system/cds-hooks"));

    String jti = UUID.randomUUID().toString();
    String jwt = signed(key, client, SERVICE, Duration.ofMinutes(4), jti);
    MockHttpServletResponse ok = hook(jwt, p.programId());
    assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
    JsonNode cards = json.readTree(ok.getContentAsString());
    assertThat(cards.get("cards").toString()).contains("US26-COUNSEL");

    assertThat(hook(jwt, p.programId()).getStatus()).as("replayed jti").isEqualTo(401);
    assertThat(
            hook(
                    signed(
                        key,
                        client,
                        "http://localhost/cds-services/other",
                        Duration.ofMinutes(4),
                        UUID.randomUUID().toString()),
                    p.programId())
                .getStatus())
        .as("another audience")
        .isEqualTo(401);
    assertThat(
            hook(
                    signed(
                        key, client, SERVICE, Duration.ofMinutes(30), UUID.randomUUID().toString()),
                    p.programId())
                .getStatus())
        .as("lives too long")
        .isEqualTo(401);
    assertThat(
            hook(
                    signed(
                        Assertions.ecKey(),
                        client,
                        SERVICE,
                        Duration.ofMinutes(4),
                        UUID.randomUUID().toString()),
                    p.programId())
                .getStatus())
        .as("signed by another key")
        .isEqualTo(401);
  }

  @Test
  void aClientWithoutTheCdsScopeOrAnEhrJwtElsewhereIsRefused() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Cds Noscope");
    JWK key = Assertions.rsaKey();
    String readOnly = register(key, List.of("system/Patient.read"));
    assertThat(
            hook(
                    signed(
                        key,
                        readOnly,
                        SERVICE,
                        Duration.ofMinutes(4),
                        UUID.randomUUID().toString()),
                    p.programId())
                .getStatus())
        .isEqualTo(401);

    String cds = register(key, List.of("system/cds-hooks"));
    String jwt =
        signed(
            key,
            cds,
            "http://localhost/api/patients",
            Duration.ofMinutes(4),
            UUID.randomUUID().toString());
    int status =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/patients")
                    .header("Authorization", "Bearer " + jwt))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).as("an EHR's own JWT is not an access token for the API").isEqualTo(401);
  }
}
