package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.missing;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.fixtures.BlockingFact;
import com.isocourse.core.fixtures.DecisionSummary;
import com.isocourse.core.fixtures.EngineScenarios;
import com.isocourse.core.fixtures.NeededFact;
import com.isocourse.core.fixtures.Scenario;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.rulesets.RuleSetChooser;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the whole dispense engine over generated scenarios (rules.md §3): the baselines
 * plus random extra events of every kind, biased to the rule edges (see {@link EngineScenarios}).
 *
 * <ol>
 *   <li>The decision never depends on the order of the events (§3, "Same-date records of one kind
 *       (worst record wins)"): codes and figures in one property, the full findings with their
 *       messages in two others (as multisets, then in order), so the failure kinds stay apart.
 *   <li>Monotonicity: a blocking fact never lets a dispense through; removing a needed fact never
 *       authorizes, and removing a required one from an authorized case withdraws it.
 *   <li>Moving every date by the same number of days (rule set named) moves only the dates.
 *   <li>Facts dated after the request change nothing (§3: later facts are ignored).
 * </ol>
 */
class EngineInvariantProperties {

  @Provide
  Arbitrary<Scenario> scenarios() {
    return EngineScenarios.scenarios();
  }

  // ---- 1. permutation invariance -----------------------------------------------------------

  @Property(tries = 500)
  void permutingTheEventsChangesNoOutcomeCodeDueItemOrFigure(
      @ForAll("scenarios") Scenario s, @ForAll long seed) {
    DecisionSummary expected = DecisionSummary.of(s.decide());
    for (Permuted p : permutations(s, seed)) {
      assertThat(DecisionSummary.of(p.scenario().decide()))
          .as("decision with the events %s", p.how())
          .isEqualTo(expected);
    }
  }

  @Property(tries = 500)
  void permutingTheEventsChangesNoFindingOrMessage(
      @ForAll("scenarios") Scenario s, @ForAll long seed) {
    List<List<Finding>> expected = DecisionSummary.findingsIgnoringOrder(s.decide());
    for (Permuted p : permutations(s, seed)) {
      assertThat(DecisionSummary.findingsIgnoringOrder(p.scenario().decide()))
          .as(
              "reasons, warnings, missing, notes (with rule and message, order ignored) with the"
                  + " events %s",
              p.how())
          .isEqualTo(expected);
    }
  }

  /**
   * The rest of "the full Finding lists": the findings both decisions report (as a multiset, the
   * property above) come in the same order. Findings only one of them reports are left out here, so
   * a difference of content does not hide one of order.
   */
  @Property(tries = 1000)
  void permutingTheEventsKeepsTheFindingsInTheirOrder(
      @ForAll("scenarios") Scenario s, @ForAll long seed) {
    List<List<Finding>> d = DecisionSummary.findings(s.decide());
    for (Permuted p : permutations(s, seed)) {
      List<List<Finding>> e = DecisionSummary.findings(p.scenario().decide());
      assertThat(DecisionSummary.commonInOrder(e, d))
          .as(
              "reasons, warnings, missing, notes reported by both, in reported order, with the"
                  + " events %s",
              p.how())
          .isEqualTo(DecisionSummary.commonInOrder(d, e));
    }
  }

  record Permuted(String how, Scenario scenario) {}

  private static List<Permuted> permutations(Scenario s, long seed) {
    List<CourseEvent> reversed = new ArrayList<>(s.events());
    Collections.reverse(reversed);
    List<CourseEvent> shuffled = new ArrayList<>(s.events());
    Collections.shuffle(shuffled, new Random(seed));
    return List.of(
        new Permuted("reversed", s.withEvents(reversed)),
        new Permuted("shuffled with new Random(" + seed + ")", s.withEvents(shuffled)));
  }

  // ---- 2. monotonicity ---------------------------------------------------------------------

  @Provide
  Arbitrary<BlockingFact> existingHardStops() {
    return blockingFacts(BlockingFact.EXISTING_RULES);
  }

  @Provide
  Arbitrary<BlockingFact> missedPeriods() {
    return blockingFacts(List.of(BlockingFact.Kind.MISSED_PERIOD));
  }

  @Provide
  Arbitrary<BlockingFact> dispensesTheDayBefore() {
    return blockingFacts(List.of(BlockingFact.Kind.DISPENSE_DAY_BEFORE));
  }

  private static Arbitrary<BlockingFact> blockingFacts(List<BlockingFact.Kind> kinds) {
    Arbitrary<Integer> daysBefore =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(0, 1, 2)),
            Tuple.of(1, Arbitraries.integers().between(0, 30)));
    return Combinators.combine(
            Arbitraries.of(kinds),
            daysBefore,
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 11))
        .as(BlockingFact::new);
  }

  /**
   * A positive pregnancy test, active oral doxycycline, a stop-now symptom, a PHQ-9 with item 9
   * above 0, triglycerides ≥ 880 mg/dL, ALT above 3 × 40 U/L, a cancelled restatement of the
   * requested prescription (§3.1, §3.2).
   */
  @Property(tries = 800)
  void addingAHardStopOrCancellationNeverAuthorizes(
      @ForAll("scenarios") Scenario s, @ForAll("existingHardStops") BlockingFact fact) {
    assertAddingBlocks(s, fact);
  }

  @Provide
  Arbitrary<Scenario> latestResultScenarios() {
    return EngineScenarios.latestResultScenarios();
  }

  @Provide
  Arbitrary<BlockingFact> stopLevelResults() {
    return blockingFacts(
        List.of(
            BlockingFact.Kind.PHQ9_ITEM9_ABOVE_0,
            BlockingFact.Kind.TRIGLYCERIDES_AT_880,
            BlockingFact.Kind.ALT_ABOVE_3X));
  }

  /**
   * SAFE-MOOD, SAFE-TG, SAFE-ALT read only the latest result of a kind, the worst on a same-date
   * tie: a stop-level result dated on or after the latest one (often on its very date) must block,
   * whatever other results of its kind the day has.
   */
  @Property(tries = 500)
  void addingAStopLevelResultNeverAuthorizes(
      @ForAll("latestResultScenarios") Scenario s, @ForAll("stopLevelResults") BlockingFact fact) {
    assertAddingBlocks(s, fact);
  }

  /** SAFE-PREGCHECK (amended): a missed period holds the fill of a patient who can get pregnant. */
  @Property(tries = 300)
  void addingAMissedPeriodNeverAuthorizes(
      @ForAll("scenarios") Scenario s, @ForAll("missedPeriods") BlockingFact fact) {
    assertAddingBlocks(s, fact);
  }

  /** ALL-ONEFILL (amended): yesterday's 30-day dispense of another prescription holds the fill. */
  @Property(tries = 300)
  void addingADispenseTheDayBeforeNeverAuthorizes(
      @ForAll("scenarios") Scenario s, @ForAll("dispensesTheDayBefore") BlockingFact fact) {
    assertAddingBlocks(s, fact);
  }

  private static void assertAddingBlocks(Scenario s, BlockingFact fact) {
    Optional<List<CourseEvent>> added = fact.eventsFor(s);
    Assume.that(added.isPresent());
    DispenseDecision before = s.decide();
    DispenseDecision after = s.plus(added.get()).decide();
    String what =
        "after adding "
            + added.get()
            + ": was "
            + outcome(before)
            + " "
            + reasons(before)
            + ", now "
            + outcome(after)
            + " "
            + reasons(after);
    if (!before.authorized()) {
      assertThat(after.authorized())
          .as("a blocking fact turned a non-authorized decision into AUTHORIZED, " + what)
          .isFalse();
    }
    assertThat(after.authorized()).as("still AUTHORIZED " + what).isFalse();
  }

  @Property(tries = 500)
  void removingANeededFactNeverAuthorizes(
      @ForAll("scenarios") Scenario s, @ForAll NeededFact fact) {
    DispenseDecision before = s.decide();
    DispenseDecision after = fact.removeFrom(s).decide();
    String what =
        "after removing "
            + fact
            + ": was "
            + outcome(before)
            + " "
            + reasons(before)
            + ", now "
            + outcome(after)
            + " "
            + reasons(after)
            + " missing "
            + missing(after);
    if (!before.authorized()) {
      assertThat(after.authorized())
          .as("removing a needed fact turned a non-authorized decision into AUTHORIZED, " + what)
          .isFalse();
    } else if (fact.requiredBy(s)) {
      assertThat(after.authorized())
          .as("removing a required fact left the decision AUTHORIZED, " + what)
          .isFalse();
    }
  }

  // ---- 3. date-shift invariance ------------------------------------------------------------

  private static final LocalDate LAST_SHIFTED_DAY = LocalDate.of(2040, 12, 31);

  @Property(tries = 500)
  void movingEveryDateMovesOnlyTheDates(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = -1500, max = 1500) int rawDays) {
    Scenario named = s.namedRuleSet().isPresent() ? s : s.naming(s.ruleSet());
    long days = withinRuleSetPeriod(s, rawDays);
    DecisionSummary expected = DecisionSummary.of(named.decide()).shiftedBy(days);
    assertThat(DecisionSummary.of(named.shiftedBy(days).decide()))
        .as(
            "every date moved by %d days (request %s → %s, rule set %s named)",
            days, s.requestDate(), s.requestDate().plusDays(days), named.ruleSet().code())
        .isEqualTo(expected);
  }

  /**
   * The shift, folded into the range that keeps the request inside the period of the rule set its
   * date chooses (rules.md §2), so that even by date the same rule set would apply.
   */
  private static long withinRuleSetPeriod(Scenario s, int rawDays) {
    LocalDate request = s.requestDate();
    RuleSetId byDate = RuleSetChooser.byDate(s.jurisdiction(), request, s.policy());
    LocalDate switchDate = s.policy().us2026EffectiveDate();
    LocalDate from =
        switch (byDate) {
          case EU_PPP_2018 -> LocalDate.of(2018, 3, 22);
          case US_IPLEDGE_2021 -> LocalDate.of(2021, 12, 13);
          case US_IPLEDGE_2026 -> switchDate;
        };
    LocalDate to = byDate == RuleSetId.US_IPLEDGE_2021 ? switchDate.minusDays(1) : LAST_SHIFTED_DAY;
    long lo = ChronoUnit.DAYS.between(request, from);
    long hi = ChronoUnit.DAYS.between(request, to);
    if (rawDays >= lo && rawDays <= hi) {
      return rawDays;
    }
    return lo + Math.floorMod(rawDays - lo, hi - lo + 1);
  }

  // ---- 4. facts after the request ----------------------------------------------------------

  /** A scenario and events dated after its request date. */
  record WithLaterFacts(Scenario scenario, List<CourseEvent> later) {
    @Override
    public String toString() {
      return scenario
          + "\n  added after the request:"
          + later.stream().map(e -> "\n    " + e).collect(Collectors.joining());
    }
  }

  @Provide
  Arbitrary<WithLaterFacts> scenariosWithLaterFacts() {
    return Combinators.combine(
            EngineScenarios.scenarios(),
            EngineScenarios.extraEvents(EngineScenarios.daysAfterRequest())
                .list()
                .ofMinSize(1)
                .ofMaxSize(8))
        .as((s, recipes) -> new WithLaterFacts(s, recipes.stream().map(r -> r.apply(s)).toList()));
  }

  @Property(tries = 500)
  void factsAfterTheRequestChangeNothing(@ForAll("scenariosWithLaterFacts") WithLaterFacts c) {
    assertThat(c.later()).allMatch(e -> e.date().isAfter(c.scenario().requestDate()));
    assertThat(c.scenario().plus(c.later()).decide()).isEqualTo(c.scenario().decide());
  }
}
