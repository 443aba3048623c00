package com.isocourse.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.fixtures.EngineScenarios;
import com.isocourse.core.fixtures.Scenario;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.rulesets.RuleDescription;
import com.isocourse.core.rulesets.RuleSetId;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every finding a decision reports names a rule of the catalog of the rule set it was decided
 * under, and that rule lists the finding's code: the catalog cannot drift from what is emitted.
 */
class RuleCatalogProperties {

  @Provide
  Arbitrary<Scenario> scenariosUnderEveryRuleSet() {
    return Arbitraries.of(RuleSetId.values())
        .flatMap(id -> EngineScenarios.scenarios().map(s -> s.naming(id)));
  }

  @Property(tries = 300)
  void everyFindingNamesACatalogRuleOfItsRuleSetThatListsItsCode(
      @ForAll("scenariosUnderEveryRuleSet") Scenario s) {
    DispenseDecision d = s.decide();
    List<RuleDescription> catalog = RuleCatalog.rulesOf(d.ruleSet());

    Stream.of(d.reasons(), d.warnings(), d.missing(), d.notes())
        .flatMap(List::stream)
        .forEach(
            (Finding f) ->
                assertThat(catalog)
                    .as("%s from %s under %s", f.code(), f.rule(), d.ruleSet().code())
                    .anyMatch(r -> r.ruleId().equals(f.rule()) && r.codes().contains(f.code())));
  }
}
