package com.isocourse.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin creates users, issues and revokes tokens, sets policy and certifies prescribers. */
class AdminFlowTest extends ApiTestSupport {

  @Test
  void createsAPharmacistIssuesATokenAndARevokedTokenStopsWorking() throws Exception {
    long pharmacy = call("admin", get("/api/admin/pharmacies"), null, 200).at("/0/id").asLong();
    JsonNode user =
        call(
            "admin",
            post("/api/admin/users"),
            Map.of(
                "username", "rita.robot",
                "password", "a-long-enough-password",
                "role", "PHARMACIST",
                "displayName", "Pharmacy system",
                "pharmacyId", pharmacy),
            201);
    assertThat(user.get("role").asText()).isEqualTo("PHARMACIST");
    assertThat(user.get("pharmacyId").asLong()).isEqualTo(pharmacy);
    assertThat(user.has("name")).as("the principal name stays out of the JSON").isFalse();

    JsonNode issued =
        call(
            "admin",
            post("/api/admin/users/" + user.get("id").asLong() + "/tokens"),
            Map.of("name", "dispensing system"),
            201);
    String token = issued.get("token").asText();
    assertThat(token).startsWith("ict_");
    assertThat(
            jdbc.sql("select count(*) from api_token where token_hash like ?")
                .param("%" + token + "%")
                .query(Long.class)
                .single())
        .as("only a hash of the token is stored")
        .isZero();

    assertThat(
            mvc.perform(get("/api/whoami").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    call("admin", delete("/api/admin/tokens/" + issued.get("id").asLong()), null, 200);
    var revoked =
        mvc.perform(get("/api/whoami").header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse();
    assertThat(revoked.getStatus()).isEqualTo(401);
    assertThat(revoked.getContentType()).isEqualTo("application/problem+json");
  }

  @Test
  void setsAPolicyParameterAndRefusesAnUnknownOne() throws Exception {
    JsonNode before = call("admin", get("/api/admin/policy"), null, 200);
    assertThat(before.at("/defaults/tg.stopMgDl").isTextual()).isTrue();
    try {
      JsonNode after = call("admin", put("/api/admin/policy"), Map.of("tg.stopMgDl", "800"), 200);
      assertThat(after.at("/overrides/tg.stopMgDl").asText()).isEqualTo("800");
      JsonNode refused = call("admin", put("/api/admin/policy"), Map.of("no.such.key", "1"), 400);
      assertThat(refused.at("/errors/0/field").asText()).isEqualTo("no.such.key");
      assertThat(
              call("admin", get("/api/admin/policy"), null, 200)
                  .at("/overrides/tg.stopMgDl")
                  .asText())
          .isEqualTo("800");
    } finally {
      call("admin", put("/api/admin/policy"), Map.of(), 200);
    }
  }

  @Test
  void certifiesANewPrescriber() throws Exception {
    JsonNode doctor =
        call(
            "admin",
            post("/api/admin/users"),
            Map.of(
                "username", "dr.new",
                "password", "another-long-password",
                "role", "PRESCRIBER",
                "displayName", "Dr. New"),
            201);
    long id = doctor.get("id").asLong();
    assertThat(certified(id)).isFalse();
    JsonNode answer =
        call(
            "admin",
            put("/api/admin/prescribers/" + id + "/certification"),
            Map.of("certified", true),
            200);
    assertThat(answer.get("certified").asBoolean()).isTrue();
    assertThat(certified(id)).isTrue();
    call(
        "admin",
        put("/api/admin/prescribers/999999/certification"),
        Map.of("certified", true),
        404);
  }

  private boolean certified(long id) {
    return jdbc.sql("select certified from prescriber where user_id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }
}
