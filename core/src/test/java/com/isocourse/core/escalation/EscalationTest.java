package com.isocourse.core.escalation;

import static com.isocourse.core.fixtures.DispenseBaselines.ALT;
import static com.isocourse.core.fixtures.DispenseBaselines.MID_COURSE;
import static com.isocourse.core.fixtures.DispenseBaselines.TG;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.SymptomReport;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.symptoms.SymptomCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A course's escalation names the facts behind its stops in clinical words, exactly the facts the
 * decision stopped on (not a reviewed one, not a superseded one); and a newly recorded fact raises
 * the stop the prescriber is alerted to.
 */
class EscalationTest {
  private static final LocalDate YESTERDAY = MID_COURSE.minusDays(1);

  private static Escalation escalationOf(DispenseCases c) {
    DispenseDecision d = c.decide();
    List<Finding> findings =
        Stream.of(d.reasons(), d.missing(), d.warnings()).flatMap(List::stream).toList();
    return Escalation.assess(findings, d.due(), c.history(), d.policy(), c.requestDate());
  }

  @Test
  void aCourseReadyForItsFillHasNoStop() {
    Escalation e = escalationOf(usPcgpMidCourse());
    assertThat(e.tier().ordinal()).isGreaterThan(SeverityTier.ADMINISTRATIVE_BLOCK.ordinal());
    assertThat(e.triggers()).noneMatch(t -> t instanceof Trigger.Stop);
  }

  @Test
  void suicidalThoughtsAreASafetyStopNamedWithTheirDate() {
    Escalation e =
        escalationOf(usPcgpMidCourse().withSymptom(YESTERDAY, SymptomCode.SUICIDAL_THOUGHTS));
    assertThat(e.tier()).isEqualTo(SeverityTier.SAFETY_STOP);
    assertThat(e.words()).isEqualTo("Suicidal thoughts reported 2027-03-04");
    assertThat(e.since()).contains(YESTERDAY);
  }

  @Test
  void suicidalThoughtsAreNamedFirstAmongStopNowSymptoms() {
    Escalation e =
        escalationOf(
            usPcgpMidCourse()
                .withSymptom(MID_COURSE.minusDays(5), SymptomCode.SUICIDAL_THOUGHTS)
                .withSymptom(YESTERDAY, SymptomCode.VISION_CHANGE));
    assertThat(e.words())
        .isEqualTo("Suicidal thoughts reported 2027-02-28; Vision change reported 2027-03-04");
  }

  @Test
  void aSymptomTheReviewClearedIsNotNamed() {
    Escalation e =
        escalationOf(
            usPcgpMidCourse()
                .withSymptom(MID_COURSE.minusDays(6), SymptomCode.VISION_CHANGE)
                .withReview(MID_COURSE.minusDays(4), ReasonCode.SYMPTOM_NEEDS_REVIEW)
                .withSymptom(YESTERDAY, SymptomCode.TINNITUS));
    assertThat(e.words()).isEqualTo("Tinnitus reported 2027-03-04");
  }

  @Test
  void aMissedPeriodAsksForAPregnancyTest() {
    Escalation e =
        escalationOf(usPcgpMidCourse().withSymptom(YESTERDAY, SymptomCode.MISSED_PERIOD));
    assertThat(e.tier()).isEqualTo(SeverityTier.SAFETY_STOP);
    assertThat(e.words()).isEqualTo("Missed period reported 2027-03-04 — pregnancy test needed");
  }

  @Test
  void aPhq9WithThoughtsOfSelfHarmIsNamedByItem9() {
    Escalation e = escalationOf(usPcgpMidCourse().withPhq9(YESTERDAY, 14, 2));
    assertThat(e.tier()).isEqualTo(SeverityTier.SAFETY_STOP);
    assertThat(e.words())
        .isEqualTo("Thoughts of self-harm on PHQ-9 (item 9 = 2, total 14) 2027-03-04");
  }

  @Test
  void aPhq9Of20OrMoreIsSevereDepression() {
    Escalation e = escalationOf(usPcgpMidCourse().withPhq9(YESTERDAY, 22, 0));
    assertThat(e.words()).isEqualTo("Severe depression on PHQ-9 (total 22) 2027-03-04");
  }

  @Test
  void aPositivePregnancyTestIsASafetyStop() {
    Escalation e = escalationOf(usPcgpMidCourse().withPositivePregnancyTest(YESTERDAY));
    assertThat(e.tier()).isEqualTo(SeverityTier.SAFETY_STOP);
    assertThat(e.words()).isEqualTo("Positive pregnancy test 2027-03-04");
  }

  @Test
  void stopLevelTriglyceridesAreALabStopWithTheirValue() {
    Escalation e = escalationOf(usPcngpMidCourse().withLab(YESTERDAY, TG, 900, LabUnit.MG_PER_DL));
    assertThat(e.tier()).isEqualTo(SeverityTier.LAB_STOP);
    assertThat(e.words()).isEqualTo("Triglycerides 900 mg/dL on 2027-03-04");
  }

  @Test
  void triglyceridesInMmolPerLitreAreShownInMgPerDl() {
    // 10.2 mmol/L × 88.5 = 902.7 mg/dL
    Escalation e =
        escalationOf(usPcngpMidCourse().withLab(YESTERDAY, TG, 10.2, LabUnit.MMOL_PER_L));
    assertThat(e.words()).isEqualTo("Triglycerides 903 mg/dL on 2027-03-04");
  }

  @Test
  void aLiverEnzymeStopNamesTheUpperLimitItWasJudgedAgainst() {
    Escalation e =
        escalationOf(usPcngpMidCourse().withLab(YESTERDAY, ALT, 150, LabUnit.UNITS_PER_L));
    assertThat(e.words()).isEqualTo("ALT 150 U/L on 2027-03-04 (upper limit 40 U/L)");
  }

  @Test
  void aSafetyStopBesideALabStopNamesBothSafetyFirst() {
    Escalation e =
        escalationOf(
            usPcgpMidCourse()
                .withLab(MID_COURSE.minusDays(3), TG, 950, LabUnit.MG_PER_DL)
                .withSymptom(YESTERDAY, SymptomCode.SUICIDAL_THOUGHTS));
    assertThat(e.tier()).isEqualTo(SeverityTier.SAFETY_STOP);
    assertThat(e.words())
        .isEqualTo("Suicidal thoughts reported 2027-03-04; Triglycerides 950 mg/dL on 2027-03-02");
    assertThat(e.since()).contains(MID_COURSE.minusDays(3));
  }

  @Test
  void anAdministrativeBlockIsNamedByItsReason() {
    Escalation e = escalationOf(usPcgpMidCourse().without(CounselingConfirmed.class));
    assertThat(e.tier()).isEqualTo(SeverityTier.ADMINISTRATIVE_BLOCK);
    assertThat(e.words()).contains("Counseling not confirmed");
  }

  @Test
  void dueItemsAreNamedWithWhenTheyAreDue() {
    LocalDate today = LocalDate.of(2026, 12, 1);
    Escalation overdue =
        Escalation.assess(
            List.of(),
            List.of(new DueItem("PREGNANCY_TEST", today.minusDays(9))),
            usPcgpMidCourse().history(),
            Policy.defaults(),
            today);
    assertThat(overdue.tier()).isEqualTo(SeverityTier.OVERDUE);
    assertThat(overdue.words()).isEqualTo("Pregnancy test overdue since 2026-11-29");

    Escalation dueToday =
        Escalation.assess(
            List.of(),
            List.of(new DueItem("ALT", today), new DueItem("MOOD_SCREEN", today.plusDays(3))),
            usPcgpMidCourse().history(),
            Policy.defaults(),
            today);
    assertThat(dueToday.tier()).isEqualTo(SeverityTier.DUE_TODAY);
    assertThat(dueToday.words()).isEqualTo("Liver blood test (ALT) due today");

    Escalation thisWeek =
        Escalation.assess(
            List.of(),
            List.of(new DueItem("MOOD_SCREEN", today.plusDays(3))),
            usPcgpMidCourse().history(),
            Policy.defaults(),
            today);
    assertThat(thisWeek.words()).isEqualTo("Mood screen due 2026-12-04");
    assertThat(
            Escalation.assess(
                    List.of(), List.of(), usPcgpMidCourse().history(), Policy.defaults(), today)
                .words())
        .isEmpty();
  }

  // --- what a newly recorded fact raises (the prescriber's alerts) ---

  private static Optional<Trigger.Stop> raised(DispenseCases c, CourseEvent fact) {
    return Escalation.raisedBy(fact, c.with(fact).history(), c.policy());
  }

  private static SymptomReport symptom(SymptomCode code) {
    return new SymptomReport(YESTERDAY, code, Optional.empty());
  }

  private static LabResult lab(LocalDate d, String loinc, double value, Double referenceHigh) {
    return new LabResult(
        d,
        loinc,
        value,
        loinc.equals(TG) ? LabUnit.MG_PER_DL : LabUnit.UNITS_PER_L,
        Optional.ofNullable(referenceHigh));
  }

  @Test
  void aStopNowSymptomRaisesItsStop() {
    assertThat(raised(usPcngpMidCourse(), symptom(SymptomCode.SUICIDAL_THOUGHTS)))
        .contains(new Trigger.StopNowSymptom(SymptomCode.SUICIDAL_THOUGHTS, YESTERDAY));
  }

  @Test
  void aStopNowSymptomRaisesItsStopEvenIfAReviewThatDayWouldClearIt() {
    DispenseCases reviewed =
        usPcgpMidCourse().withReview(YESTERDAY, ReasonCode.SYMPTOM_NEEDS_REVIEW);
    assertThat(raised(reviewed, symptom(SymptomCode.CHEST_PAIN))).isPresent();
  }

  @Test
  void aCallPrescriberSymptomRaisesNothing() {
    assertThat(raised(usPcgpMidCourse(), symptom(SymptomCode.INSOMNIA))).isEmpty();
    assertThat(raised(usPcgpMidCourse(), symptom(SymptomCode.DRY_LIPS))).isEmpty();
  }

  @Test
  void
      aMissedPeriodOrContraceptionFailureRaisesThePregnancyCheckUnlessThePatientCannotGetPregnant() {
    Trigger.Stop expected =
        new Trigger.PregnancyCheck(SymptomCode.CONTRACEPTION_FAILURE, YESTERDAY);
    assertThat(raised(usPcgpMidCourse(), symptom(SymptomCode.CONTRACEPTION_FAILURE)))
        .contains(expected);
    assertThat(raised(usPcgpMidCourse().riskCategory(null), symptom(SymptomCode.MISSED_PERIOD)))
        .map(Trigger.Stop::code)
        .contains(ReasonCode.PREGNANCY_CHECK_NEEDED);
    assertThat(raised(usPcngpMidCourse(), symptom(SymptomCode.MISSED_PERIOD))).isEmpty();
  }

  @Test
  void aPositiveTestRaisesItsStopANegativeOneNothing() {
    assertThat(
            raised(
                usPcgpMidCourse(),
                new PregnancyTest(
                    YESTERDAY,
                    PregnancyTest.Result.POSITIVE,
                    Optional.of(PregnancyTest.Setting.LAB))))
        .contains(new Trigger.PositivePregnancyTest(YESTERDAY));
    assertThat(
            raised(
                usPcgpMidCourse(),
                new PregnancyTest(
                    YESTERDAY,
                    PregnancyTest.Result.NEGATIVE,
                    Optional.of(PregnancyTest.Setting.LAB))))
        .isEmpty();
  }

  @Test
  void aPhq9RaisesTheMoodStopOnlyWhenItNeedsReviewAndIsTheLatest() {
    MoodScreen selfHarm = new MoodScreen(YESTERDAY, MoodScreen.Instrument.PHQ9, 6, Optional.of(1));
    assertThat(raised(usPcgpMidCourse(), selfHarm))
        .contains(new Trigger.MoodScreenStop(YESTERDAY, 6, 1));
    assertThat(
            raised(
                usPcgpMidCourse(),
                new MoodScreen(YESTERDAY, MoodScreen.Instrument.PHQ9, 19, Optional.of(0))))
        .isEmpty();
    // entered late: a calm screen dated after it is already on file
    assertThat(raised(usPcgpMidCourse().withPhq9(MID_COURSE, 2, 0), selfHarm)).isEmpty();
  }

  @Test
  void triglyceridesRaiseTheLabStopFrom880() {
    assertThat(raised(usPcngpMidCourse(), lab(YESTERDAY, TG, 879, null))).isEmpty();
    assertThat(raised(usPcngpMidCourse(), lab(YESTERDAY, TG, 880, null)))
        .map(Trigger::words)
        .contains("Triglycerides 880 mg/dL on 2027-03-04");
  }

  @Test
  void aLiverEnzymeRaisesTheLabStopAboveThreeTimesItsUpperLimit() {
    assertThat(raised(usPcngpMidCourse(), lab(YESTERDAY, ALT, 120, null))).isEmpty();
    assertThat(raised(usPcngpMidCourse(), lab(YESTERDAY, ALT, 121, null))).isPresent();
    assertThat(raised(usPcngpMidCourse(), lab(YESTERDAY, ALT, 150, 50.0))).isEmpty();
    assertThat(raised(usPcngpMidCourse(), lab(YESTERDAY, ALT, 151, 50.0))).isPresent();
  }

  @Test
  void aStopLevelLabEnteredAfterANewerResultRaisesNothing() {
    DispenseCases newer = usPcngpMidCourse().withLab(MID_COURSE, TG, 150, LabUnit.MG_PER_DL);
    assertThat(raised(newer, lab(YESTERDAY, TG, 950, null))).isEmpty();
    // a newer result of another analyte does not supersede it
    DispenseCases otherAnalyte =
        usPcngpMidCourse().withLab(MID_COURSE, ALT, 20, LabUnit.UNITS_PER_L);
    assertThat(raised(otherAnalyte, lab(YESTERDAY, TG, 950, null))).isPresent();
  }

  @Test
  void aFactIsKeyedByStopWhatAndDate() {
    var a = new Trigger.StopNowSymptom(SymptomCode.SUICIDAL_THOUGHTS, YESTERDAY);
    var b = new Trigger.StopNowSymptom(SymptomCode.SUICIDAL_THOUGHTS, YESTERDAY);
    var c = new Trigger.StopNowSymptom(SymptomCode.SUICIDAL_THOUGHTS, MID_COURSE);
    var d = new Trigger.StopNowSymptom(SymptomCode.VISION_CHANGE, YESTERDAY);
    assertThat(a.key()).isEqualTo(b.key()).isNotEqualTo(c.key()).isNotEqualTo(d.key());
    assertThat(new Trigger.PositivePregnancyTest(YESTERDAY).tier())
        .isEqualTo(SeverityTier.SAFETY_STOP);
    assertThat(
            new Trigger.StopLevelLab(Analyte.AST, YESTERDAY, BigDecimal.TEN, Optional.empty())
                .tier())
        .isEqualTo(SeverityTier.LAB_STOP);
  }
}
