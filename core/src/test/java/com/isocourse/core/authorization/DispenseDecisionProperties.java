package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.doNotDispenseAfter;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.fixtures.DispenseBaselines;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the dispense decision over generated variations of the baselines. */
class DispenseDecisionProperties {

  /** A generated case: a baseline, a request-date shift and a few changed facts. */
  @Provide
  Arbitrary<DispenseCases> cases() {
    Arbitrary<Function<Void, DispenseCases>> baseline =
        Arbitraries.of(
            v -> DispenseBaselines.usPcgpMidCourse(),
            v -> DispenseBaselines.usPcngpMidCourse(),
            v -> DispenseBaselines.euPcgpMidCourse(),
            v -> DispenseBaselines.euPcngpMidCourse(),
            v -> DispenseBaselines.usPcgpFirstDispense());
    List<UnaryOperator<DispenseCases>> changes =
        List.of(
            c -> c.without(PregnancyTest.class),
            c -> c.without(ContraceptionRecord.class),
            c -> c.without(ComprehensionCompleted.class),
            c -> c.without(WeightMeasured.class),
            c -> c.riskCategory(null),
            c -> c.prescriberCertified(null),
            c -> c.daysSupply(31),
            c -> c.homeTestingAllowed(true),
            c -> c.withPregnancyTest(c.requestDate(), PregnancyTest.Setting.HOME),
            c -> c.withLab(c.requestDate(), DispenseBaselines.ALT, 60, LabUnit.UNITS_PER_L),
            c -> c.withMedication(c.requestDate(), "vitamin A"),
            c -> c.targetMgPerKg(30));
    Arbitrary<List<UnaryOperator<DispenseCases>>> chosen =
        Arbitraries.of(changes).list().ofMaxSize(3);
    Arbitrary<Integer> shift = Arbitraries.integers().between(-3, 12);
    return Combinators.combine(baseline, chosen, shift)
        .as(
            (b, cs, s) -> {
              DispenseCases c = b.apply(null);
              c.requestedOn(c.requestDate().plusDays(s));
              cs.forEach(f -> f.apply(c));
              return c;
            });
  }

  @Provide
  Arbitrary<UnaryOperator<DispenseCases>> blockers() {
    return Arbitraries.of(
        c -> c.withPositivePregnancyTest(c.requestDate()),
        c -> c.withMedication(c.requestDate().minusDays(2), "doxycycline"),
        c -> c.withSymptom(c.requestDate(), SymptomCode.SEIZURE),
        c -> c.withLab(c.requestDate(), DispenseBaselines.TG, 880, LabUnit.MG_PER_DL));
  }

  @Property(tries = 200)
  void addingABlockingFactAlwaysDenies(
      @ForAll("cases") DispenseCases c, @ForAll("blockers") UnaryOperator<DispenseCases> blocker) {
    String before = outcome(c.decide());
    DispenseDecision after = blocker.apply(c).decide();

    assertThat(outcome(after)).as("was " + before).isEqualTo("DENIED");
    assertThat(reasons(after))
        .containsAnyOf(
            ReasonCode.PREGNANCY_TEST_POSITIVE,
            ReasonCode.INTERACTION_TETRACYCLINE,
            ReasonCode.SYMPTOM_NEEDS_REVIEW,
            ReasonCode.LAB_NEEDS_REVIEW);
  }

  @Property(tries = 300)
  void anAuthorizationHasAWindowFromTheRequestAndNothingBlockingOrMissing(
      @ForAll("cases") DispenseCases c) {
    DispenseDecision d = c.decide();
    if (d.authorized()) {
      assertThat(doNotDispenseAfter(d).orElseThrow()).isAfterOrEqualTo(c.requestDate());
      assertThat(d.reasons()).isEmpty();
      assertThat(d.missing()).isEmpty();
    } else {
      assertThat(doNotDispenseAfter(d)).isEmpty();
      assertThat(d.reasons().isEmpty() && d.missing().isEmpty()).isFalse();
    }
  }

  @Property(tries = 200)
  void theSameInputAlwaysGivesTheSameDecision(@ForAll("cases") DispenseCases c) {
    assertThat(c.decide()).isEqualTo(c.decide());
    assertThat(
            DispenseRules.decide(c.history(), c.request(), java.util.Optional.empty(), c.policy()))
        .isEqualTo(
            DispenseRules.decide(c.history(), c.request(), java.util.Optional.empty(), c.policy()));
  }
}
