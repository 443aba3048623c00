package com.isocourse.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.smart.Assertions;
import com.isocourse.server.smart.MachineClient;
import com.isocourse.server.smart.MachineClientRepository;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * SMART Backend Services access tokens on {@code /fhir} (docs/adr/0015), over a real port: an EHR
 * acting as Dr. Adams with {@code system/Patient.read} reads her patient, not another prescriber's
 * (404), gets a 403 OperationOutcome outside its scope, and a forged token is a 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirMachineClientTest extends FhirTestSupport {
  @Autowired MachineClientRepository clients;
  @Autowired ObjectMapper json;

  @Test
  void anEhrReadsWithinItsScopeAsItsPrescriberAndIsRefusedOutside() throws Exception {
    long olivia = patientId("Olivia");
    long elena = patientId("Elena");
    JWK key = Assertions.rsaKey();
    String clientId = "smc_fhir_" + UUID.randomUUID();
    long adams =
        jdbc.sql("select id from app_user where username = 'dr.adams'").query(Long.class).single();
    clients.create(
        new MachineClient(
            clientId,
            "FHIR test EHR",
            adams,
            new JWKSet(key.toPublicJWK()).toString(true),
            List.of("system/Patient.read", "system/GuidanceResponse.$rems-etasu"),
            null,
            null),
        adams);
    String tokenUrl = "http://localhost:" + port + "/oauth2/token";
    String assertion =
        Assertions.assertion(
            key, clientId, tokenUrl, Duration.ofMinutes(4), UUID.randomUUID().toString());
    String form =
        "grant_type=client_credentials&client_assertion_type="
            + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            + "&client_assertion="
            + enc(assertion)
            + "&scope="
            + enc("system/Patient.read");
    HttpResponse<String> t =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
    String accessToken = json.readTree(t.body()).get("access_token").asText();

    Answer mine = expect(withJwt(accessToken, "/fhir/Patient/" + olivia), 200);
    assertThat(mine.body()).contains("\"resourceType\":\"Patient\"");
    expect(withJwt(accessToken, "/fhir/Patient/" + elena), 404);
    Answer outside = expect(withJwt(accessToken, "/fhir/Observation?patient=" + olivia), 403);
    assertThat(outside.body()).contains("scopes");
    expect(withJwt(assertion, "/fhir/Patient/" + olivia), 401);
    // the opaque tokens keep working on /fhir beside the JWTs
    expect(get("dr.adams", "/fhir/Patient/" + olivia), 200);
  }

  private Answer withJwt(String jwt, String path) throws Exception {
    HttpResponse<String> res =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/fhir+json")
                    .header("Authorization", "Bearer " + jwt)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new Answer(res.statusCode(), res.body(), null);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
