package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.doNotDispenseAfter;
import static com.isocourse.core.fixtures.Decisions.missing;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.fixtures.DispenseBaselines;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every table starts from a baseline; each baseline is itself a clean authorization. */
class BaselineCasesTest {

  static Stream<Arguments> baselines() {
    return Stream.of(
        Arguments.of(
            "US PCGP mid-course",
            (Supplier<DispenseCases>) DispenseBaselines::usPcgpMidCourse,
            RuleSetId.US_IPLEDGE_2026,
            LocalDate.of(2027, 3, 9)),
        Arguments.of(
            "US PCNGP mid-course",
            (Supplier<DispenseCases>) DispenseBaselines::usPcngpMidCourse,
            RuleSetId.US_IPLEDGE_2026,
            LocalDate.of(2027, 4, 3)),
        Arguments.of(
            "EU PCGP mid-course",
            (Supplier<DispenseCases>) DispenseBaselines::euPcgpMidCourse,
            RuleSetId.EU_PPP_2018,
            LocalDate.of(2027, 3, 10)),
        Arguments.of(
            "EU PCNGP mid-course",
            (Supplier<DispenseCases>) DispenseBaselines::euPcngpMidCourse,
            RuleSetId.EU_PPP_2018,
            LocalDate.of(2027, 4, 3)),
        Arguments.of(
            "US PCGP first dispense",
            (Supplier<DispenseCases>) DispenseBaselines::usPcgpFirstDispense,
            RuleSetId.US_IPLEDGE_2026,
            LocalDate.of(2027, 1, 8)));
  }

  @ParameterizedTest(name = "{0} is authorized until {3} with nothing to report")
  @MethodSource("baselines")
  void eachBaselineIsACleanAuthorization(
      String name, Supplier<DispenseCases> baseline, RuleSetId ruleSet, LocalDate lastDay) {
    DispenseDecision d = baseline.get().decide();

    assertThat(outcome(d)).as(d.toString()).isEqualTo("AUTHORIZED");
    assertThat(d.ruleSet()).isEqualTo(ruleSet);
    assertThat(doNotDispenseAfter(d)).contains(lastDay);
    assertThat(d.reasons()).isEmpty();
    assertThat(missing(d)).isEmpty();
    assertThat(warnings(d)).as(d.warnings().toString()).isEmpty();
    assertThat(d.notes()).isEmpty();
  }
}
