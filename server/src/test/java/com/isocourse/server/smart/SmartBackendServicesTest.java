package com.isocourse.server.smart;

import static com.isocourse.server.smart.Assertions.assertion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.support.ApiTestSupport;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * SMART Backend Services end to end (issue 15 §4, docs/adr/0015): discovery, registration by the
 * admin, the client-credentials grant with RS384 and ES384 assertions and its RFC 6749 refusals,
 * and the access token on the API — within its scopes, outside them, after revocation.
 */
class SmartBackendServicesTest extends ApiTestSupport {
  @Autowired ObjectMapper json;
  @Autowired MachineClientRepository clients;

  @Test
  void theDiscoveryDocumentIsPublicAndNamesTheTokenEndpointAndAssertionAlgorithms()
      throws Exception {
    JsonNode c = call(null, get("/.well-known/smart-configuration"), null, 200);
    assertThat(c.get("token_endpoint").asText()).isEqualTo(Assertions.TOKEN_URL);
    assertThat(texts(c.get("token_endpoint_auth_methods_supported")))
        .containsExactly("private_key_jwt");
    assertThat(texts(c.get("token_endpoint_auth_signing_alg_values_supported")))
        .containsExactly("RS384", "ES384");
    assertThat(texts(c.get("grant_types_supported"))).containsExactly("client_credentials");
    assertThat(texts(c.get("capabilities"))).containsExactly("client-confidential-asymmetric");
    assertThat(texts(c.get("scopes_supported")))
        .contains("system/Patient.read", "system/pharmacy.authorize", "system/cds-hooks");
  }

  @Test
  void aPharmacySystemWithAnRs384KeyGetsATokenAndAuthorizesAFillAsItsPharmacist() throws Exception {
    JWK key = Assertions.rsaKey();
    String clientId =
        register(
            "paula.pharmacist", key, List.of("system/pharmacy.authorize", "system/Patient.read"));
    JsonNode answer = token(assertion(key, clientId), "system/pharmacy.authorize", 200);
    assertThat(answer.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(answer.get("expires_in").asInt()).isBetween(1, 300);
    assertThat(answer.get("scope").asText()).isEqualTo("system/pharmacy.authorize");
    String accessToken = answer.get("access_token").asText();
    var claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
    assertThat(claims.getStringClaim("client_id")).isEqualTo(clientId);

    JsonNode me = withToken(accessToken, get("/api/whoami"), null, 200);
    assertThat(me.toString()).contains("paula.pharmacist");

    Prescribed p = prescribedButNotCounseled("dr.adams", "Smart Rsa");
    counsel("dr.adams", p.patientId());
    long auditBefore = lastAuditId();
    withToken(
        accessToken,
        post("/api/pharmacy/authorizations")
            .header("Idempotency-Key", "smart-" + UUID.randomUUID()),
        "{\"programId\":\"%s\",\"birthDate\":\"2000-05-05\",\"prescriptionId\":\"%s\"}"
            .formatted(p.programId(), p.prescriptionId()),
        201);
    // the row names the user as the actor and the client in its detail
    var row =
        auditSql(
                "select actor, detail from audit_log where id > ? and action like"
                    + " 'POST /api/pharmacy/authorizations%' order by id")
            .param(auditBefore)
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
            .list();
    assertThat(row).isNotEmpty();
    assertThat(row.get(0).get(0)).isEqualTo("paula.pharmacist");
    assertThat(row.get(0).get(1)).contains("machine client " + clientId);

    // outside every scope of the token, though the pharmacist's role may evaluate: 403
    JsonNode refused = withToken(accessToken, post("/api/evaluate"), "{}", 403);
    assertThat(refused.get("type").asText()).endsWith("insufficient-scope");
    assertThat(
            auditSql(
                    "select detail from audit_log where id > ? and action = 'POST /api/evaluate'"
                        + " and outcome = 'REFUSED'")
                .param(auditBefore)
                .query(String.class)
                .list())
        .anyMatch(d -> d.contains("scope") && d.contains("machine client " + clientId));
  }

  @Test
  void anEhrWithAnEs384KeyReadsItsPrescribersPatientsButCannotWriteOrActAsAPharmacist()
      throws Exception {
    JWK key = Assertions.ecKey();
    String clientId = register("dr.adams", key, List.of("system/Patient.read"));
    String accessToken =
        token(assertion(key, clientId), "system/Patient.read", 200).get("access_token").asText();
    withToken(accessToken, get("/api/patients"), null, 200);
    long own = com.isocourse.server.support.DemoClinic.patientId(jdbc, "Olivia");
    withToken(accessToken, get("/api/patients/" + own + "/course"), null, 200);
    // another prescriber's patient stays invisible: the user's rules apply unchanged
    long other = com.isocourse.server.support.DemoClinic.patientId(jdbc, "Elena");
    withToken(accessToken, get("/api/patients/" + other + "/course"), null, 404);
    // a write needs system/Observation.write
    long before = rows("course_event");
    JsonNode refused =
        withToken(
            accessToken,
            post("/api/patients/" + own + "/events"),
            "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(TODAY),
            403);
    assertThat(refused.get("type").asText()).endsWith("insufficient-scope");
    assertThat(rows("course_event")).isEqualTo(before);
    // the admin API is never open to a machine client
    withToken(accessToken, get("/api/admin/users"), null, 403);
  }

  @Test
  void aClientWithOnlyPatientReadCannotAskForAnAuthorization() throws Exception {
    JWK key = Assertions.rsaKey();
    String clientId = register("paula.pharmacist", key, List.of("system/Patient.read"));
    String accessToken =
        token(assertion(key, clientId), "system/Patient.read", 200).get("access_token").asText();
    long before = rows("dispense_request");
    withToken(
        accessToken,
        post("/api/pharmacy/authorizations")
            .header("Idempotency-Key", "smart-" + UUID.randomUUID()),
        "{\"programId\":\"X\",\"birthDate\":\"2000-05-05\",\"prescriptionId\":\"Y\"}",
        403);
    assertThat(rows("dispense_request")).isEqualTo(before);
  }

  @Test
  void anEhrWithTheCdsHooksScopeGetsCardsAsItsPrescriberAndWithoutItA403() throws Exception {
    Prescribed p = prescribedButNotCounseled("dr.adams", "Smart Cds");
    String view =
        "{\"hook\":\"patient-view\",\"hookInstance\":\"%s\",\"context\":{\"userId\":"
                .formatted(UUID.randomUUID())
            + "\"Practitioner/1\",\"patientId\":\""
            + p.programId()
            + "\"}}";
    JWK key = Assertions.ecKey();
    String clientId = register("dr.adams", key, List.of("system/cds-hooks", "system/Patient.read"));
    String cards =
        token(assertion(key, clientId), "system/cds-hooks", 200).get("access_token").asText();
    JsonNode r = withToken(cards, post("/cds-services/isocourse-patient-view"), view, 200);
    assertThat(r.get("cards").toString()).contains("US26-COUNSEL");
    String readOnly =
        token(assertion(key, clientId), "system/Patient.read", 200).get("access_token").asText();
    withToken(readOnly, post("/cds-services/isocourse-patient-view"), view, 403);
    // the discovery stays public, also with a token of any scope
    withToken(readOnly, get("/cds-services"), null, 200);
  }

  @Test
  void aDeactivatedUsersClientIsRefusedAtOnce() throws Exception {
    long before = rows("app_user");
    JsonNode created =
        call(
            "admin",
            post("/api/admin/users"),
            Map.of(
                "username",
                "smart.pharm." + before + "." + UUID.randomUUID().toString().substring(0, 6),
                "password",
                "a-long-enough-Passphrase-42",
                "role",
                "PHARMACIST",
                "displayName",
                "Smart Pharmacist",
                "pharmacyId",
                jdbc.sql("select min(id) from pharmacy").query(Long.class).single()),
            201);
    JWK key = Assertions.rsaKey();
    String clientId =
        call(
                "admin",
                post("/api/admin/machine-clients"),
                newClient(created.get("id").asLong(), key, List.of("system/pharmacy.authorize")),
                201)
            .get("clientId")
            .asText();
    String accessToken =
        token(assertion(key, clientId), "system/pharmacy.authorize", 200)
            .get("access_token")
            .asText();
    withToken(accessToken, get("/api/whoami"), null, 200);
    call(
        "admin",
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
            "/api/admin/users/" + created.get("id").asLong() + "/active"),
        Map.of("active", false),
        200);
    withToken(accessToken, get("/api/whoami"), null, 401);
    assertThat(
            token(assertion(key, clientId), "system/pharmacy.authorize", 401).get("error").asText())
        .isEqualTo("invalid_client");
  }

  @Test
  void aReplayedAssertionIsInvalidGrant() throws Exception {
    JWK key = Assertions.rsaKey();
    String clientId = register("paula.pharmacist", key, List.of("system/pharmacy.authorize"));
    String a = assertion(key, clientId);
    token(a, "system/pharmacy.authorize", 200);
    assertThat(token(a, "system/pharmacy.authorize", 400).get("error").asText())
        .isEqualTo("invalid_grant");
  }

  @Test
  void aWrongAudienceAnExpiredAssertionAWrongKeyOrATooLongLifeIsInvalidClient() throws Exception {
    JWK key = Assertions.ecKey();
    String clientId = register("paula.pharmacist", key, List.of("system/pharmacy.authorize"));
    String scope = "system/pharmacy.authorize";
    List<String> bad =
        List.of(
            assertion(key, clientId, "http://elsewhere/oauth2/token", Duration.ofMinutes(4), jti()),
            assertion(key, clientId, Assertions.TOKEN_URL, Duration.ofMinutes(-5), jti()),
            assertion(Assertions.ecKey(), clientId),
            assertion(Assertions.rsaKey(), clientId),
            assertion(key, clientId, Assertions.TOKEN_URL, Duration.ofMinutes(30), jti()),
            assertion(key, "smc_unknown"),
            "not.a.jwt");
    for (String a : bad) {
      JsonNode e = token(a, scope, 401);
      assertThat(e.get("error").asText()).as(a).isEqualTo("invalid_client");
    }
    // none of these used up a good assertion: a valid one still works
    token(assertion(key, clientId), scope, 200);
  }

  @Test
  void aScopeTheClientDoesNotHoldIsInvalidScope() throws Exception {
    JWK key = Assertions.rsaKey();
    String clientId = register("paula.pharmacist", key, List.of("system/Patient.read"));
    JsonNode e =
        token(assertion(key, clientId), "system/Patient.read system/pharmacy.authorize", 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_scope");
    assertThat(e.get("error_description").asText()).contains("system/pharmacy.authorize");
  }

  @Test
  void otherGrantTypesAndAssertionTypesAreRefused() throws Exception {
    MvcResult r =
        mvc.perform(
                post("/oauth2/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("grant_type", "password")
                    .param("username", "admin"))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(r.getResponse().getContentAsString()).contains("unsupported_grant_type");
    assertThat(r.getResponse().getHeader("Cache-Control")).contains("no-store");
    MvcResult inUrl =
        mvc.perform(
                post("/oauth2/token?client_assertion=x")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("grant_type", "client_credentials"))
            .andReturn();
    assertThat(inUrl.getResponse().getStatus()).isEqualTo(400);
    assertThat(inUrl.getResponse().getContentAsString()).contains("invalid_request");
  }

  @Test
  void aRevokedClientsTokensStopWorkingAtOnce() throws Exception {
    JWK key = Assertions.rsaKey();
    String clientId = register("paula.pharmacist", key, List.of("system/pharmacy.authorize"));
    String accessToken =
        token(assertion(key, clientId), "system/pharmacy.authorize", 200)
            .get("access_token")
            .asText();
    withToken(accessToken, get("/api/whoami"), null, 200);
    call("admin", delete("/api/admin/machine-clients/" + clientId), null, 200);
    withToken(accessToken, get("/api/whoami"), null, 401);
    assertThat(
            token(assertion(key, clientId), "system/pharmacy.authorize", 401).get("error").asText())
        .isEqualTo("invalid_client");
    call("admin", delete("/api/admin/machine-clients/" + clientId), null, 404);
    JsonNode listed = call("admin", get("/api/admin/machine-clients"), null, 200);
    JsonNode mine = null;
    for (JsonNode c : listed) {
      if (c.get("clientId").asText().equals(clientId)) {
        mine = c;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.has("revokedAt")).isTrue();
    assertThat(mine.toString()).doesNotContain("\"n\"").contains(key.getKeyID());
  }

  @Test
  void aForgedOrTamperedAccessTokenIsRefused() throws Exception {
    JWK key = Assertions.rsaKey();
    String clientId = register("paula.pharmacist", key, List.of("system/pharmacy.authorize"));
    String accessToken =
        token(assertion(key, clientId), "system/pharmacy.authorize", 200)
            .get("access_token")
            .asText();
    // the client's own assertion is not an access token (another key, another type)
    withToken(assertion(key, clientId), get("/api/whoami"), null, 401);
    String[] parts = accessToken.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "x." + parts[2];
    withToken(tampered, get("/api/whoami"), null, 401);
    // the opaque tokens keep working beside the JWTs
    call("paula.pharmacist", get("/api/whoami"), null, 200);
  }

  @Test
  void anExpiredAccessTokenOrOneSignedByAnotherServerIsRefused() throws Exception {
    JWK key = Assertions.rsaKey();
    String clientId = register("paula.pharmacist", key, List.of("system/pharmacy.authorize"));
    MachineClient client = clients.find(clientId).orElseThrow();
    var serverKey =
        SigningKey.loadOrCreate(
            java.nio.file.Path.of(
                System.getProperty("java.io.tmpdir"), "isocourse-test-smart-key.json"));
    var tenMinutesAgo =
        java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(-10));
    var scope = List.of("system/pharmacy.authorize");
    // the same key, the right client, but expired five minutes ago
    String expired = new AccessTokens(serverKey, tenMinutesAgo).issue("x", client, scope);
    withToken(expired, get("/api/whoami"), null, 401);
    // a fresh token signed by another key
    String foreign =
        new AccessTokens(SigningKey.generate(), java.time.Clock.systemUTC())
            .issue("x", client, scope);
    withToken(foreign, get("/api/whoami"), null, 401);
    // and a fresh one by the server's key works (the two above fail for the stated reason only)
    String fresh =
        new AccessTokens(serverKey, java.time.Clock.systemUTC()).issue("x", client, scope);
    withToken(fresh, get("/api/whoami"), null, 200);
  }

  @Test
  void theAdminApiRefusesBadClientsWithFieldErrors() throws Exception {
    long paula = userId("paula.pharmacist");
    var privateKey = Assertions.rsaKey();
    JsonNode e =
        call(
            "admin",
            post("/api/admin/machine-clients"),
            Map.of(
                "name", " ",
                "actsAsUserId", userId("admin"),
                "jwks", new JWKSet(privateKey).toJSONObject(false),
                "scopes", List.of("system/Patient.read", "user/*.*")),
            400);
    assertThat(problemFields(e))
        .containsExactlyInAnyOrder("name", "actsAsUserId", "jwks.keys[0]", "scopes[1]");
    JsonNode e2 =
        call(
            "admin",
            post("/api/admin/machine-clients"),
            Map.of(
                "name",
                "Symmetric",
                "actsAsUserId",
                99999999,
                "jwks",
                Map.of("keys", List.of(Map.of("kty", "oct", "k", "c2VjcmV0c2VjcmV0"))),
                "scopes",
                List.of()),
            400);
    assertThat(problemFields(e2))
        .containsExactlyInAnyOrder("actsAsUserId", "jwks.keys[0]", "scopes");
    JsonNode e3 =
        call(
            "admin",
            post("/api/admin/machine-clients"),
            "{\"name\":\"x\",\"actsAsUserId\":%d,\"jwks\":\"not json\",\"scopes\":[\"system/cds-hooks\"]}"
                .formatted(paula),
            400);
    assertThat(problemFields(e3)).containsExactly("jwks");
    JsonNode e4 =
        call(
            "admin",
            post("/api/admin/machine-clients"),
            "{\"name\":\"x\",\"actsAsUserId\":%d,\"jwks\":{\"keys\":[]},\"scopes\":[\"system/cds-hooks\"]}"
                .formatted(paula),
            400);
    assertThat(problemFields(e4)).containsExactly("jwks.keys");
    // only admins register clients
    call(
        "paula.pharmacist",
        post("/api/admin/machine-clients"),
        newClient(paula, Assertions.rsaKey(), List.of("system/pharmacy.authorize")),
        403);
    call("dr.adams", get("/api/admin/machine-clients"), null, 403);
  }

  @Test
  void registeringIsAuditedWithTheAdminAsActor() throws Exception {
    long before = lastAuditId();
    String clientId =
        register("paula.pharmacist", Assertions.rsaKey(), List.of("system/cds-hooks"));
    List<String> details =
        auditSql(
                "select detail from audit_log where id > ? and actor = 'admin' and action ="
                    + " 'POST /api/admin/machine-clients'")
            .param(before)
            .query(String.class)
            .list();
    assertThat(details).anyMatch(d -> d.contains("machine client " + clientId + " registered"));
    JsonNode api = call(null, get("/openapi.json"), null, 200);
    assertThat(api.at("/paths").has("/api/admin/machine-clients")).isTrue();
  }

  // --- helpers

  private String register(String actsAs, JWK key, List<String> scopes) throws Exception {
    JsonNode c =
        call(
            "admin",
            post("/api/admin/machine-clients"),
            newClient(userId(actsAs), key, scopes),
            201);
    assertThat(c.get("scopes").size()).isEqualTo(scopes.size());
    return c.get("clientId").asText();
  }

  private static Map<String, Object> newClient(long userId, JWK key, List<String> scopes) {
    return Map.of(
        "name",
        "Test system " + UUID.randomUUID(),
        "actsAsUserId",
        userId,
        "jwks",
        new JWKSet(key.toPublicJWK()).toJSONObject(true),
        "scopes",
        scopes);
  }

  private JsonNode token(String assertion, String scope, int expectedStatus) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/oauth2/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("grant_type", "client_credentials")
                    .param("client_assertion_type", SmartEndpoints.ASSERTION_TYPE)
                    .param("client_assertion", assertion)
                    .param("scope", scope))
            .andReturn();
    String text = r.getResponse().getContentAsString();
    assertThat(r.getResponse().getStatus()).as(text).isEqualTo(expectedStatus);
    return json.readTree(text);
  }

  private JsonNode withToken(
      String accessToken, MockHttpServletRequestBuilder request, Object body, int expectedStatus)
      throws Exception {
    request.header("Authorization", "Bearer " + accessToken);
    if (body != null) {
      request
          .contentType(MediaType.APPLICATION_JSON)
          .content(body instanceof String s ? s : json.writeValueAsString(body));
    }
    MvcResult r = mvc.perform(request).andReturn();
    String text = r.getResponse().getContentAsString();
    assertThat(r.getResponse().getStatus()).as(text).isEqualTo(expectedStatus);
    return text.isBlank() ? json.createObjectNode() : json.readTree(text);
  }

  private long userId(String username) {
    return jdbc.sql("select id from app_user where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private long lastAuditId() {
    return auditSql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
  }

  private static String jti() {
    return UUID.randomUUID().toString();
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
