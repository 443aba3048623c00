package com.isocourse.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.fixtures.EngineScenarios;
import com.isocourse.core.fixtures.Scenario;
import com.isocourse.core.reasons.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the requirement checklist (ADR 0017) over generated scenarios: the decision is
 * AUTHORIZED exactly when every listed requirement is MET; every reason and missing fact of the
 * decision stands on an UNMET or MISSING requirement; a patient who cannot get pregnant is never
 * listed a pregnancy requirement.
 */
class RequirementChecklistProperties {
  private static final Set<String> PREGNANCY_RULES =
      Set.of(
          "ALL-PREG+",
          "SAFE-PREGCHECK",
          "US26-PRE-TESTS",
          "US26-LEADIN",
          "US26-WINDOW",
          "US26-HOME",
          "US26-CONTRA",
          "US26-QUIZ",
          "US21-WINDOW",
          "US21-SETTING",
          "US21-LOCKOUT",
          "EU-TEST",
          "EU-CONTRA",
          "EU-ACK");

  @Provide
  Arbitrary<Scenario> scenarios() {
    return EngineScenarios.scenarios();
  }

  @Property(tries = 1000)
  void authorizedExactlyWhenEveryRequirementIsMet(@ForAll("scenarios") Scenario s) {
    DispenseDecision d = s.decide();
    RequirementChecklist list = RequirementChecklist.of(s.history(), s.request(), d);
    assertThat(list.allMet()).as("all met, decision %s", d.outcome()).isEqualTo(d.authorized());
  }

  @Property(tries = 1000)
  void everyReasonAndMissingFactStandsOnAnUnmetRequirement(@ForAll("scenarios") Scenario s) {
    DispenseDecision d = s.decide();
    RequirementChecklist list = RequirementChecklist.of(s.history(), s.request(), d);
    List<Finding> reported = new ArrayList<>(d.reasons());
    reported.addAll(d.missing());
    for (Finding f : reported) {
      assertThat(list.requirements())
          .as("%s of %s", f.code(), f.rule())
          .anyMatch(r -> !r.met() && r.ruleId().equals(f.rule()) && r.findings().contains(f));
    }
  }

  @Property(tries = 500)
  void aPatientWhoCannotGetPregnantIsListedNoPregnancyRequirementItDidNotFail(
      @ForAll("scenarios") Scenario s) {
    DispenseDecision d = s.decide();
    RequirementChecklist list = RequirementChecklist.of(s.history(), s.request(), d);
    if (s.patient().riskCategory().filter(k -> k == RiskCategory.CANNOT_GET_PREGNANT).isPresent()) {
      assertThat(list.requirements())
          .filteredOn(r -> PREGNANCY_RULES.contains(r.ruleId()))
          .allMatch(r -> !r.met());
    }
  }
}
