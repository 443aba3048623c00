package com.isocourse.core.monitoring;

import static com.isocourse.core.fixtures.SafetyFixtures.FIRST_DOSE;
import static com.isocourse.core.fixtures.SafetyFixtures.alt;
import static com.isocourse.core.fixtures.SafetyFixtures.calmPhq9;
import static com.isocourse.core.fixtures.SafetyFixtures.counseled;
import static com.isocourse.core.fixtures.SafetyFixtures.day;
import static com.isocourse.core.fixtures.SafetyFixtures.history;
import static com.isocourse.core.fixtures.SafetyFixtures.monthlyMonitoring;
import static com.isocourse.core.fixtures.SafetyFixtures.negativeTest;
import static com.isocourse.core.fixtures.SafetyFixtures.positiveTest;
import static com.isocourse.core.fixtures.SafetyFixtures.quizFailed;
import static com.isocourse.core.fixtures.SafetyFixtures.quizPassed;
import static com.isocourse.core.fixtures.SafetyFixtures.startedCourse;
import static com.isocourse.core.fixtures.SafetyFixtures.triglycerides;
import static com.isocourse.core.fixtures.SafetyFixtures.unstartedCourse;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The monitoring schedule of rules.md §5 as the patient and prescriber see it. */
class MonitoringScheduleTest {

  private static final Policy CONSENSUS = Policy.defaults();
  private static final LocalDate TODAY = LocalDate.of(2025, 12, 20);

  @Test
  void aNewUsPatientWhoCanGetPregnantNeedsEverythingNow() {
    assertThat(MonitoringSchedule.dueItems(unstartedCourse(), TODAY, CONSENSUS))
        .containsExactly(
            new DueItem("ALT", TODAY),
            new DueItem("COMPREHENSION", TODAY),
            new DueItem("COUNSELING", TODAY),
            new DueItem("MOOD_SCREEN", TODAY),
            new DueItem("PREGNANCY_TEST", TODAY),
            new DueItem("TRIGLYCERIDES", TODAY));
  }

  @Test
  void aPatientWhoCannotGetPregnantHasNoPregnancyTestQuizOrCounselingItems() {
    CaseHistory h =
        history(Jurisdiction.US, Optional.of(RiskCategory.CANNOT_GET_PREGNANT), Optional.empty());
    assertThat(MonitoringSchedule.dueItems(h, TODAY, CONSENSUS))
        .extracting(DueItem::item)
        .containsExactly("ALT", "MOOD_SCREEN", "TRIGLYCERIDES");
  }

  @Test
  void anEuPatientWhoCanGetPregnantHasPregnancyTestsButNoQuizOrCounseling() {
    CaseHistory h =
        history(Jurisdiction.EU, Optional.of(RiskCategory.CAN_GET_PREGNANT), Optional.empty());
    assertThat(MonitoringSchedule.dueItems(h, TODAY, CONSENSUS))
        .extracting(DueItem::item)
        .containsExactly("ALT", "MOOD_SCREEN", "PREGNANCY_TEST", "TRIGLYCERIDES");
  }

  @Test
  void anUnknownRiskCategoryKeepsThePregnancyItems() {
    CaseHistory h = history(Jurisdiction.US, Optional.empty(), Optional.empty());
    assertThat(MonitoringSchedule.dueItems(h, TODAY, CONSENSUS))
        .extracting(DueItem::item)
        .contains("PREGNANCY_TEST", "COMPREHENSION", "COUNSELING");
  }

  @Test
  void onTreatmentEachItemFollowsItsLatestFactSortedByDate() {
    CaseHistory h =
        startedCourse(
            alt(day(-10)),
            triglycerides(day(-10)),
            calmPhq9(day(10)),
            negativeTest(day(15)),
            quizPassed(day(14)),
            counseled(day(16)));
    assertThat(MonitoringSchedule.dueItems(h, day(20), CONSENSUS))
        .containsExactly(
            new DueItem("MOOD_SCREEN", day(38)),
            new DueItem("PREGNANCY_TEST", day(43)),
            new DueItem("COMPREHENSION", day(44)),
            new DueItem("COUNSELING", day(46)),
            new DueItem("ALT", day(56)),
            new DueItem("TRIGLYCERIDES", day(56)));
  }

  @Test
  void aPositiveTestOrAFailedQuizDoesNotMoveTheNextDate() {
    CaseHistory h =
        startedCourse(
            negativeTest(day(15)), positiveTest(day(18)), quizPassed(day(14)), quizFailed(day(19)));
    assertThat(MonitoringSchedule.dueItems(h, day(20), CONSENSUS))
        .contains(new DueItem("PREGNANCY_TEST", day(43)), new DueItem("COMPREHENSION", day(44)));
  }

  @Test
  void factsDatedAfterTheDateAreIgnored() {
    CaseHistory h = startedCourse(negativeTest(day(25)), calmPhq9(day(25)));
    assertThat(MonitoringSchedule.dueItems(h, day(20), CONSENSUS))
        .contains(new DueItem("PREGNANCY_TEST", day(20)), new DueItem("MOOD_SCREEN", day(20)));
  }

  @Test
  void peakResultsOnDay42EndTheConsensusLabSchedule() {
    CaseHistory h = startedCourse(alt(day(42)), triglycerides(day(42)));
    assertThat(MonitoringSchedule.dueItems(h, day(50), CONSENSUS))
        .extracting(DueItem::item)
        .doesNotContain("ALT", "TRIGLYCERIDES");
  }

  @Test
  void peakResultsOnDay41StillLeaveThePeakCheckDue() {
    CaseHistory h = startedCourse(alt(day(41)), triglycerides(day(41)));
    assertThat(MonitoringSchedule.dueItems(h, day(50), CONSENSUS))
        .contains(new DueItem("ALT", day(56)), new DueItem("TRIGLYCERIDES", day(56)));
  }

  @Test
  void monthlyPolicyWantsEachLab28DaysAfterItsLatestResult() {
    CaseHistory h = startedCourse(alt(day(30)), triglycerides(day(-10)));
    assertThat(MonitoringSchedule.dueItems(h, day(31), monthlyMonitoring()))
        .contains(new DueItem("ALT", day(58)), new DueItem("TRIGLYCERIDES", day(18)));
  }

  @Test
  void monthlyPolicyWithNoLabsWantsThemFromTheFirstDose() {
    assertThat(MonitoringSchedule.dueItems(startedCourse(), day(3), monthlyMonitoring()))
        .contains(new DueItem("ALT", FIRST_DOSE), new DueItem("TRIGLYCERIDES", FIRST_DOSE));
  }

  @Test
  void aFreshBaselineWithNoPlannedFirstDoseLapses30DaysLater() {
    CaseHistory h = unstartedCourse(alt(TODAY.minusDays(5)), triglycerides(TODAY.minusDays(31)));
    assertThat(MonitoringSchedule.dueItems(h, TODAY, CONSENSUS))
        .contains(new DueItem("ALT", TODAY.plusDays(25)), new DueItem("TRIGLYCERIDES", TODAY));
  }

  @Test
  void aBaselineWithin30DaysOfThePlannedFirstDoseLeadsToThePeakCheck() {
    LocalDate planned = TODAY.plusDays(10);
    CaseHistory h =
        history(
            Jurisdiction.US,
            Optional.of(RiskCategory.CAN_GET_PREGNANT),
            Optional.of(planned),
            alt(TODAY.minusDays(5)),
            triglycerides(TODAY.minusDays(5)));
    assertThat(MonitoringSchedule.dueItems(h, TODAY, CONSENSUS))
        .contains(
            new DueItem("ALT", planned.plusDays(56)),
            new DueItem("TRIGLYCERIDES", planned.plusDays(56)));
  }

  @Test
  void itemCodesAreTheStableApiStrings() {
    assertThat(List.of(ScheduleItem.values()))
        .extracting(ScheduleItem::code)
        .containsExactly(
            "PREGNANCY_TEST", "ALT", "TRIGLYCERIDES", "MOOD_SCREEN", "COMPREHENSION", "COUNSELING");
  }
}
