package com.isocourse.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.Outcome;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void authorizedDecisionCarriesItsLastDispenseDateAndCode() throws Exception {
    JsonNode json =
        written(authorized(Optional.of(new CumulativeDose(5100, 82.25, 82.25, 135, false))));

    assertThat(json.get("ruleSet").asText()).isEqualTo("us-ipledge-2026");
    assertThat(json.get("decision").asText()).isEqualTo("AUTHORIZED");
    assertThat(json.get("doNotDispenseAfter").asText()).isEqualTo("2026-11-26");
    assertThat(json.get("authorizationCode").asText()).isEqualTo("RMA-0123456789");
    assertThat(json.get("reasons")).isEmpty();
    assertThat(json.get("missing")).isEmpty();
  }

  @Test
  void cumulativeDoseIsRoundedHalfUpToOneDecimal() throws Exception {
    String text =
        DecisionWriter.toJson(
            authorized(Optional.of(new CumulativeDose(5100, 82.25, 82.349, 135, true))));

    assertThat(text)
        .contains(
            "\"cumulative\":{\"mg\":5100,\"mgPerKg\":82.3,\"equivalentMgPerKg\":82.3,"
                + "\"targetMgPerKg\":135,\"estimate\":true}");
  }

  @Test
  void wholeRatiosKeepTheirDecimalAndFractionalMgIsRounded() throws Exception {
    JsonNode c =
        written(authorized(Optional.of(new CumulativeDose(4949.96, 45, 45, 137.5, false))))
            .get("cumulative");

    assertThat(c.get("mg").toString()).isEqualTo("4950");
    assertThat(c.get("mgPerKg").toString()).isEqualTo("45.0");
    assertThat(c.get("targetMgPerKg").toString()).isEqualTo("137.5");
  }

  @Test
  void deniedDecisionListsEveryFindingAsCodeRuleAndMessage() throws Exception {
    DispenseDecision denied =
        new DispenseDecision(
            RuleSetId.US_IPLEDGE_2026,
            Policy.defaults(),
            new Outcome.Denied(),
            List.of(
                Finding.of(ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW, "The window closed."),
                Finding.of(ReasonCode.LAB_NEEDS_REVIEW, "SAFE-ALT", "ALT is 5× the upper limit.")),
            List.of(Finding.of(ReasonCode.TG_ELEVATED, "TG 600 mg/dL.")),
            List.of(Finding.of(ReasonCode.WEIGHT_MISSING, "No weight in 90 days.")),
            List.of(Finding.of(ReasonCode.LOW_DOSE_REGIMEN, "0.3 mg/kg/day.")),
            Optional.empty(),
            List.of(new DueItem("PREGNANCY_TEST", LocalDate.of(2026, 12, 18))));

    JsonNode json = written(denied);

    assertThat(json.get("decision").asText()).isEqualTo("DENIED");
    assertThat(json.get("doNotDispenseAfter").isNull()).isTrue();
    assertThat(json.get("authorizationCode").isNull()).isTrue();
    assertThat(json.get("cumulative").isNull()).isTrue();
    assertThat(json.get("reasons").toString())
        .isEqualTo(
            "[{\"code\":\"PREGNANCY_TEST_OUTSIDE_WINDOW\",\"rule\":\"US26-WINDOW\","
                + "\"message\":\"The window closed.\"},{\"code\":\"LAB_NEEDS_REVIEW\","
                + "\"rule\":\"SAFE-ALT\",\"message\":\"ALT is 5× the upper limit.\"}]");
    assertThat(json.get("warnings").get(0).get("code").asText()).isEqualTo("TG_ELEVATED");
    assertThat(json.get("missing").get(0).get("rule").asText()).isEqualTo("ALL-WEIGHT");
    assertThat(json.get("notes").get(0).get("code").asText()).isEqualTo("LOW_DOSE_REGIMEN");
    assertThat(json.get("due").toString())
        .isEqualTo("[{\"item\":\"PREGNANCY_TEST\",\"date\":\"2026-12-18\"}]");
  }

  @Test
  void indeterminateDecisionHasNoDates() throws Exception {
    DispenseDecision d =
        new DispenseDecision(
            RuleSetId.EU_PPP_2018,
            Policy.defaults(),
            new Outcome.Indeterminate(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            List.of());

    JsonNode json = written(d);

    assertThat(json.get("decision").asText()).isEqualTo("INDETERMINATE");
    assertThat(json.get("ruleSet").asText()).isEqualTo("eu-ppp-2018");
    assertThat(json.get("doNotDispenseAfter").isNull()).isTrue();
  }

  @Test
  void policyLists_everyParameterWithTheValueUsed() throws Exception {
    JsonNode policy = written(authorized(Optional.empty())).get("policy");

    Map<String, String> defaults = PolicyOverrides.keysWithDefaults();
    assertThat(policy.propertyStream().map(Map.Entry::getKey).toList())
        .containsExactlyElementsOf(defaults.keySet());
    defaults.forEach((key, value) -> assertThat(policy.get(key).asText()).as(key).isEqualTo(value));
    assertThat(policy.get("tg.stopMgDl").isNumber()).isTrue();
  }

  @Test
  void overriddenPolicyValuesAreWrittenExactly() throws Exception {
    Policy p =
        PolicyOverrides.apply(
                Policy.defaults(), Map.of("alt.stopMultiple", "2.75", "tg.stopMgDl", "700"))
            .policy();

    JsonNode policy = MAPPER.readTree(DecisionWriter.policy(p).toString());

    assertThat(policy.get("alt.stopMultiple").toString()).isEqualTo("2.75");
    assertThat(policy.get("tg.stopMgDl").toString()).isEqualTo("700");
  }

  @Test
  void prettyAndCompactFormsCarryTheSameDocument() throws Exception {
    DispenseDecision d = authorized(Optional.empty());

    assertThat(MAPPER.readTree(DecisionWriter.toPrettyJson(d)))
        .isEqualTo(MAPPER.readTree(DecisionWriter.toJson(d)));
    assertThat(DecisionWriter.toPrettyJson(d)).contains("\n");
  }

  private static DispenseDecision authorized(Optional<CumulativeDose> cumulative) {
    return new DispenseDecision(
        RuleSetId.US_IPLEDGE_2026,
        Policy.defaults(),
        new Outcome.Authorized(LocalDate.of(2026, 11, 26), "RMA-0123456789"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        cumulative,
        List.of());
  }

  private static JsonNode written(DispenseDecision d) throws Exception {
    return MAPPER.readTree(DecisionWriter.toJson(d));
  }
}
