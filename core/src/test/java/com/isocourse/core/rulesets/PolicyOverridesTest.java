package com.isocourse.core.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Policy parameters (rules.md: defaults, overridable per clinic and per scenario). */
class PolicyOverridesTest {

  @Test
  void defaultsAreThoseOfTheSpecification() {
    Policy p = Policy.defaults();
    assertThat(p.us2026EffectiveDate()).isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(p.tgStopMgDl()).isEqualTo(880);
    assertThat(p.altStopMultiple()).isEqualTo(3.0);
    assertThat(p.altDefaultUpperLimit()).isEqualTo(40);
    assertThat(p.weightMaxAgeDays()).isEqualTo(90);
    assertThat(p.pretreatmentMinDaysBetween()).isEqualTo(19);
    assertThat(p.targetMgPerKg()).isEqualTo(135);
    assertThat(p.maxCapsulesPerDose()).isEqualTo(2);
    assertThat(p.monitoring()).isEqualTo(MonitoringPolicy.CONSENSUS_2022);
  }

  @Test
  void overridesReplaceOnlyTheNamedValues() {
    var result =
        PolicyOverrides.apply(
            Policy.defaults(),
            Map.of(
                "tg.stopMgDl",
                "700",
                "us2026.effectiveDate",
                "2026-08-08",
                "monitoring",
                "monthly"));
    assertThat(result.ok()).isTrue();
    assertThat(result.policy().tgStopMgDl()).isEqualTo(700);
    assertThat(result.policy().us2026EffectiveDate()).isEqualTo(LocalDate.of(2026, 8, 8));
    assertThat(result.policy().monitoring()).isEqualTo(MonitoringPolicy.MONTHLY);
    assertThat(result.policy().weightMaxAgeDays()).isEqualTo(90);
  }

  @ParameterizedTest(name = "{0} = \"{1}\" is rejected: {2}")
  @CsvSource({
    "tg.stopMgDl, abc, must be a number",
    "tg.stopMgDl, 50, must be between 100 and 5000",
    "weight.maxAgeDays, 30.5, must be a whole number",
    "us2026.effectiveDate, 15/11/2026, must be an ISO date (YYYY-MM-DD)",
    "monitoring, weekly, must be consensus-2022 or monthly",
    "targetMgPerKg, 221, must be between 1 and 220",
    "tg.stop, 880, unknown policy parameter"
  })
  void badOverridesAreReportedAndChangeNothing(String key, String value, String reason) {
    var result = PolicyOverrides.apply(Policy.defaults(), Map.of(key, value));
    assertThat(result.ok()).isFalse();
    assertThat(result.problems()).containsExactly(new PolicyOverrides.Problem(key, reason));
    assertThat(result.policy()).isEqualTo(Policy.defaults());
  }

  @Test
  void everyKeyListedHasItsDefault() {
    assertThat(PolicyOverrides.keysWithDefaults())
        .containsEntry("tg.stopMgDl", "880")
        .containsEntry("alt.stopMultiple", "3")
        .containsEntry("us2026.effectiveDate", "2026-11-15")
        .hasSize(9);
  }
}
