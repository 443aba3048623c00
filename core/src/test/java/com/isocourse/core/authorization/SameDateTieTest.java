package com.isocourse.core.authorization;

import static com.isocourse.core.course.ContraceptionMethod.IUD;
import static com.isocourse.core.course.ContraceptionMethod.MALE_CONDOM;
import static com.isocourse.core.course.ContraceptionMethod.PROGESTIN_ONLY_PILL;
import static com.isocourse.core.course.PregnancyTest.Setting.CLINIC;
import static com.isocourse.core.course.PregnancyTest.Setting.HOME;
import static com.isocourse.core.course.PregnancyTest.Setting.LAB;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.Decisions.warnings;
import static com.isocourse.core.fixtures.DispenseBaselines.ALT;
import static com.isocourse.core.fixtures.DispenseBaselines.CHOLESTEROL;
import static com.isocourse.core.fixtures.DispenseBaselines.MID_COURSE;
import static com.isocourse.core.fixtures.DispenseBaselines.MONTHLY_TEST;
import static com.isocourse.core.fixtures.DispenseBaselines.TG;
import static com.isocourse.core.fixtures.DispenseBaselines.capsules;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * rules.md §3 (amended 2026-12-01), "Same-date records of one kind (worst record wins)": the
 * decision never depends on input order; of records of one kind sharing a date, the one least
 * favourable to dispensing counts. Each case is decided with its two same-date records listed in
 * both orders, and both answers must be the same (and the worse one).
 */
class SameDateTieTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 4);

  /** Decides the case with the two extra events in both orders; asserts both agree. */
  private static DispenseDecision bothOrders(DispenseCases base, CourseEvent a, CourseEvent b) {
    DispenseDecision ab = decideWith(base, List.of(a, b));
    DispenseDecision ba = decideWith(base, List.of(b, a));
    assertThat(ba).isEqualTo(ab);
    return ab;
  }

  private static DispenseDecision decideWith(DispenseCases base, List<CourseEvent> extra) {
    var h = base.history();
    List<CourseEvent> events = new ArrayList<>(h.events());
    events.addAll(extra);
    var history =
        new com.isocourse.core.course.CaseHistory(
            h.jurisdiction(),
            h.patient(),
            h.prescriberCertified(),
            h.pharmacyActive(),
            h.course(),
            events);
    return DispenseRules.decide(history, base.request(), Optional.empty(), base.policy());
  }

  private static com.isocourse.core.course.LabResult lab(String loinc, double v, LabUnit u) {
    return new com.isocourse.core.course.LabResult(DAY, loinc, v, u, Optional.empty());
  }

  @Test
  void triglyceridesAreRankedByTheirOwnValueNotAcrossAnalytes() {
    // 351 mg/dL with a low laboratory limit used to "beat" 900 mg/dL with none
    var high = lab(TG, 900, LabUnit.MG_PER_DL);
    var lowWithLimit =
        new com.isocourse.core.course.LabResult(
            DAY, TG, 351, LabUnit.MG_PER_DL, Optional.of(150.0));
    DispenseDecision d = bothOrders(usPcgpMidCourse(), high, lowWithLimit);

    assertThat(reasons(d)).containsExactly(LAB_NEEDS_REVIEW);
  }

  @Test
  void triglyceridesInBothUnitsAreComparedAfterConversion() {
    // 10 mmol/L = 885 mg/dL beats 870 mg/dL
    DispenseDecision d =
        bothOrders(
            usPcgpMidCourse(), lab(TG, 870, LabUnit.MG_PER_DL), lab(TG, 10, LabUnit.MMOL_PER_L));

    assertThat(reasons(d)).containsExactly(LAB_NEEDS_REVIEW);
  }

  @Test
  void cholesterolTakesTheHigherValue() {
    DispenseDecision d =
        bothOrders(
            usPcgpMidCourse(),
            lab(CHOLESTEROL, 250, LabUnit.MG_PER_DL),
            lab(CHOLESTEROL, 301, LabUnit.MG_PER_DL));

    assertThat(warnings(d)).contains(CHOLESTEROL_ELEVATED);
  }

  @Test
  void liverEnzymesTakeTheHigherMultipleOfTheirOwnLimit() {
    // 100 U/L of limit 30 (3.33×, a stop) beats 110 U/L of limit 40 (2.75×, a warning)
    var stop =
        new com.isocourse.core.course.LabResult(
            DAY, ALT, 100, LabUnit.UNITS_PER_L, Optional.of(30.0));
    var warn =
        new com.isocourse.core.course.LabResult(
            DAY, ALT, 110, LabUnit.UNITS_PER_L, Optional.of(40.0));
    DispenseDecision d = bothOrders(usPcgpMidCourse(), stop, warn);

    assertThat(reasons(d)).containsExactly(LAB_NEEDS_REVIEW);
  }

  @Test
  void theLowestWeightOfTheDayCounts() {
    // 60 mg/day: 30 kg → 2.0 mg/kg/day (at the maximum), 29.5 kg → above it
    DispenseDecision d =
        bothOrders(
            usPcngpMidCourse(),
            new WeightMeasured(MONTHLY_TEST, new com.isocourse.core.course.BodyWeight(29.5)),
            new WeightMeasured(MONTHLY_TEST, new com.isocourse.core.course.BodyWeight(30)));

    assertThat(reasons(d)).containsExactly(DOSE_ABOVE_MAXIMUM);
  }

  @Test
  void aFailingContraceptionRecordCountsOverOneThatMeetsTheRequirement() {
    DispenseCases base =
        usPcgpMidCourse().without(com.isocourse.core.course.ContraceptionRecord.class);
    var good =
        new com.isocourse.core.course.ContraceptionRecord(
            MONTHLY_TEST, List.of(IUD, MALE_CONDOM), false, LocalDate.of(2026, 10, 1));
    var bad =
        new com.isocourse.core.course.ContraceptionRecord(
            MONTHLY_TEST, List.of(PROGESTIN_ONLY_PILL), false, LocalDate.of(2026, 10, 1));
    DispenseDecision d = bothOrders(base, good, bad);

    assertThat(reasons(d)).containsExactly(CONTRACEPTION_INSUFFICIENT);
  }

  @Test
  void aTestWhoseSettingDoesNotCountIsReportedBesideACountingOne() {
    var clinic =
        new com.isocourse.core.course.PregnancyTest(
            MID_COURSE,
            com.isocourse.core.course.PregnancyTest.Result.NEGATIVE,
            Optional.of(CLINIC));
    var home =
        new com.isocourse.core.course.PregnancyTest(
            MID_COURSE, com.isocourse.core.course.PregnancyTest.Result.NEGATIVE, Optional.of(HOME));
    DispenseDecision d = bothOrders(usPcgpMidCourse(), clinic, home);

    assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_SETTING_NOT_ALLOWED);
  }

  @Test
  void theTwentyTwentyOneLockoutReadsDistinctDates() {
    // lab tests on 02-01 and twice on 02-10: 02-10 is after 02-01's window and within 19 days
    DispenseCases base =
        usPcgpMidCourse()
            .underRuleSet(com.isocourse.core.rulesets.RuleSetId.US_IPLEDGE_2021)
            .firstDoseOn(null)
            .requestedOn(LocalDate.of(2027, 2, 12))
            .without(com.isocourse.core.course.Dispense.class)
            .without(com.isocourse.core.course.PregnancyTest.class)
            .withPregnancyTest(LocalDate.of(2027, 2, 1), LAB);
    var t1 =
        new com.isocourse.core.course.PregnancyTest(
            LocalDate.of(2027, 2, 10),
            com.isocourse.core.course.PregnancyTest.Result.NEGATIVE,
            Optional.of(LAB));
    var t2 =
        new com.isocourse.core.course.PregnancyTest(
            LocalDate.of(2027, 2, 10),
            com.isocourse.core.course.PregnancyTest.Result.NEGATIVE,
            Optional.of(CLINIC));
    DispenseDecision d =
        DispenseRules.decide(
            withEvents(base, t1, t2),
            base.request(),
            Optional.of(com.isocourse.core.rulesets.RuleSetId.US_IPLEDGE_2021),
            base.policy());

    assertThat(reasons(d)).contains(LOCKOUT_19_DAY, PREGNANCY_TEST_SETTING_NOT_ALLOWED);
  }

  private static com.isocourse.core.course.CaseHistory withEvents(
      DispenseCases base, CourseEvent... extra) {
    var h = base.history();
    for (CourseEvent e : extra) {
      h = h.with(e);
    }
    return h;
  }

  @Test
  void aRestatedPrescriptionIsJudgedCheckByCheckOnItsWorstVersion() {
    String rx = "rx-3";
    Prescription as =
        new Prescription(MONTHLY_TEST, rx, Optional.empty(), regimen(40, 20), 30, 0, false);
    record Case(Prescription restated, Set<ReasonCode> expected) {}
    List<Case> cases =
        List.of(
            new Case(
                new Prescription(MONTHLY_TEST, rx, Optional.empty(), regimen(40, 20), 30, 0, true),
                Set.of(PRESCRIPTION_CANCELLED)),
            new Case(
                new Prescription(MONTHLY_TEST, rx, Optional.empty(), regimen(40, 20), 31, 0, false),
                Set.of(SUPPLY_OVER_30_DAYS)),
            new Case(
                new Prescription(MONTHLY_TEST, rx, Optional.empty(), regimen(40, 20), 30, 1, false),
                Set.of(REFILLS_NOT_ALLOWED)),
            new Case(
                new Prescription(
                    MONTHLY_TEST, rx, Optional.empty(), regimen(40, 40, 40, 20), 30, 0, false),
                Set.of(DOSE_ABOVE_MAXIMUM)),
            new Case(
                new Prescription(MONTHLY_TEST, rx, Optional.empty(), regimen(40), 30, 0, false),
                Set.of(QUANTITY_EXCEEDS_PRESCRIPTION)),
            new Case(
                new Prescription(
                    MONTHLY_TEST,
                    rx,
                    Optional.of(Formulation.LIDOSE),
                    regimen(40, 20),
                    30,
                    0,
                    false),
                Set.of(FORMULATION_MISMATCH)));
    for (Case c : cases) {
      DispenseCases base =
          usPcgpMidCourse()
              .prescriptionNotOnFile()
              .dispensing(
                  capsules(40, 30, Formulation.CONVENTIONAL),
                  capsules(20, 30, Formulation.CONVENTIONAL));
      DispenseDecision d = bothOrders(base, as, c.restated());
      assertThat(reasons(d)).as("%s", c.restated()).isEqualTo(c.expected());
      assertThat(outcome(d)).isEqualTo("DENIED");
    }
  }

  /** Morning 1 × first strength, evening 1 × each further strength. */
  private static List<PrescribedCapsule> regimen(int morning, int... evening) {
    List<PrescribedCapsule> caps = new ArrayList<>();
    caps.add(new PrescribedCapsule(morning, 1, 0));
    for (int e : evening) {
      caps.add(new PrescribedCapsule(e, 0, 1));
    }
    return Collections.unmodifiableList(caps);
  }

  @Test
  void everyPermutationOfTheSameDayEventsGivesOneAnswer() {
    UnaryOperator<DispenseCases> busyDay =
        c ->
            c.withLab(DAY, TG, 600, LabUnit.MG_PER_DL)
                .withLab(DAY, TG, 6.5, LabUnit.MMOL_PER_L)
                .withPhq2(DAY, 4)
                .withPhq9(DAY, 9, 0)
                .withWeight(MONTHLY_TEST, 59.5);
    DispenseCases base = busyDay.apply(usPcgpMidCourse());
    List<CourseEvent> events = new ArrayList<>(base.history().events());
    DispenseDecision expected = base.decide();
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(events, new java.util.Random(i));
      var h = base.history();
      var shuffled =
          new com.isocourse.core.course.CaseHistory(
              h.jurisdiction(),
              h.patient(),
              h.prescriberCertified(),
              h.pharmacyActive(),
              h.course(),
              events);
      assertThat(DispenseRules.decide(shuffled, base.request(), Optional.empty(), base.policy()))
          .isEqualTo(expected);
    }
    assertThat(warnings(expected)).contains(TG_ELEVATED, MOOD_SCREEN_POSITIVE);
  }
}
