package com.isocourse.core.rulesets;

import static com.isocourse.core.fixtures.Decisions.warnings;
import static com.isocourse.core.fixtures.DispenseBaselines.dispense;
import static com.isocourse.core.fixtures.DispenseBaselines.pastPrescription;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.RULESET_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.fixtures.DispenseCases;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule set choice (rules.md §2) and WARN-RULESET. */
class RuleSetChoiceTest {

  @ParameterizedTest(name = "{0} request on {1} (switch {2}) decides under {3}")
  @CsvSource({
    "US, 2026-11-14, , us-ipledge-2021",
    "US, 2026-11-15, , us-ipledge-2026",
    "US, 2021-12-13, , us-ipledge-2021",
    "US, 2026-08-07, 2026-08-08, us-ipledge-2021",
    "US, 2026-08-08, 2026-08-08, us-ipledge-2026",
    "US, 2026-11-14, 2026-08-08, us-ipledge-2026",
    "EU, 2026-11-14, , eu-ppp-2018",
    "EU, 2027-03-05, , eu-ppp-2018"
  })
  void usRequestsSwitchTo2026OnThePolicySwitchDate(
      Jurisdiction j, LocalDate request, LocalDate switchDate, String expected) {
    DispenseCases c = usPcngpMidCourse().inJurisdiction(j).requestedOn(request);
    if (switchDate != null) {
      c.withPolicy("us2026.effectiveDate", switchDate.toString());
    }

    assertThat(c.decide().ruleSet().code()).isEqualTo(expected);
    assertThat(RuleSetChooser.byDate(j, request, c.policy()).code()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "request on {0} naming {1} decides under it")
  @CsvSource({
    "2027-03-05, us-ipledge-2021",
    "2026-11-14, us-ipledge-2026",
    "2027-03-05, eu-ppp-2018"
  })
  void aNamedRuleSetOverridesTheChoiceByDate(LocalDate request, String named) {
    DispenseCases c =
        usPcngpMidCourse()
            .requestedOn(request)
            .underRuleSet(RuleSetId.fromCode(named).orElseThrow());

    assertThat(c.decide().ruleSet().code()).isEqualTo(named);
  }

  @ParameterizedTest(name = "latest dispense {0}, request {1}, named={2}: warned={3}")
  @CsvSource({
    "2026-11-14, 2026-11-15, false, true",
    "2026-11-14, 2026-12-10, false, true",
    "2026-11-15, 2026-12-10, false, false",
    "2026-10-20, 2026-11-14, false, false",
    "2026-11-14, 2026-11-15, true, false"
  })
  void ruleSetChangedIsRaisedAcrossTheSwitchButNotWhenNamed(
      LocalDate lastDispense, LocalDate request, boolean named, boolean warned) {
    DispenseCases c =
        usPcngpMidCourse()
            .without(Dispense.class)
            .with(pastPrescription(lastDispense.minusDays(1), "rx-1"))
            .with(dispense(lastDispense, "rx-1"))
            .requestedOn(request)
            .prescriptionDated(request);
    if (named) {
      c.underRuleSet(RuleSetId.US_IPLEDGE_2026);
    }

    assertThat(warnings(c.decide()).contains(RULESET_CHANGED)).isEqualTo(warned);
  }

  @ParameterizedTest(name = "EU course across the US switch date is never warned")
  @CsvSource({"2026-11-14, 2026-11-15"})
  void euCoursesNeverChangeRuleSet(LocalDate lastDispense, LocalDate request) {
    DispenseCases c =
        usPcngpMidCourse()
            .inJurisdiction(Jurisdiction.EU)
            .without(Dispense.class)
            .with(dispense(lastDispense, "rx-1"))
            .requestedOn(request);

    assertThat(warnings(c.decide())).doesNotContain(RULESET_CHANGED);
    assertThat(PolicyOverrides.apply(Policy.defaults(), Map.of()).policy())
        .isEqualTo(Policy.defaults());
  }
}
