package com.isocourse.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import com.isocourse.core.rulesets.RuleSetChooser;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry of rule sets (rules.md §2): one per id, and the choice by date reads it. */
class RuleSetsTest {

  @Test
  void everyRuleSetIdHasExactlyOneRegisteredRuleSet() {
    assertThat(RuleSets.registered()).extracting(RuleSet::id).containsExactly(RuleSetId.values());
    for (RuleSetId id : RuleSetId.values()) {
      assertThat(RuleSets.of(id).id()).isEqualTo(id);
    }
  }

  @Test
  void everyJurisdictionIsServedByARegisteredRuleSet() {
    for (Jurisdiction j : Jurisdiction.values()) {
      assertThat(RuleSets.registered()).anyMatch(r -> r.jurisdictions().contains(j));
    }
  }

  @ParameterizedTest(name = "{0} on {1} with switch {2}: {3}")
  @CsvSource({
    "US, 2020-01-01, 2026-11-15, us-ipledge-2021",
    "US, 2021-12-13, 2026-11-15, us-ipledge-2021",
    "US, 2026-11-14, 2026-11-15, us-ipledge-2021",
    "US, 2026-11-15, 2026-11-15, us-ipledge-2026",
    "US, 2021-06-01, 2020-01-01, us-ipledge-2026",
    "US, 2019-06-01, 2020-01-01, us-ipledge-2021",
    "UK, 2017-01-01, 2026-11-15, eu-ppp-2018",
    "EU, 2030-01-01, 2026-11-15, eu-ppp-2018"
  })
  void theChoiceIsTheLatestRuleSetInEffectForTheJurisdictionElseTheEarliest(
      Jurisdiction j, LocalDate request, String switchDate, String expected) {
    Policy policy =
        PolicyOverrides.apply(Policy.defaults(), Map.of("us2026.effectiveDate", switchDate))
            .policy();

    RuleSetId chosen = RuleSetChooser.byDate(j, request, policy);

    assertThat(chosen.code()).isEqualTo(expected);
    assertThat(RuleSets.of(chosen).jurisdictions()).contains(j);
  }

  @Test
  void catalogShowsJurisdictionsAndEffectiveDatesFromTheRuleSets() {
    assertThat(RuleCatalog.jurisdiction(RuleSetId.EU_PPP_2018)).isEqualTo("EU, UK");
    assertThat(RuleCatalog.jurisdiction(RuleSetId.US_IPLEDGE_2021)).isEqualTo("US");
    assertThat(RuleCatalog.effectiveDate(RuleSetId.US_IPLEDGE_2026, Policy.defaults()))
        .isEqualTo(LocalDate.of(2026, 11, 15));
  }

  @Test
  void monthlyConfirmationsFollowTheRuleSetsThatCiteTheMonthlyQuiz() {
    for (RuleSet r : RuleSets.registered()) {
      boolean citesQuiz = r.rules().stream().anyMatch(d -> d.ruleId().equals("US26-QUIZ"));
      assertThat(r.confirmsMonthly()).as(r.id().code()).isEqualTo(citesQuiz);
    }
  }
}
