package com.isocourse.core.monitoring;

import static com.isocourse.core.fixtures.SafetyFixtures.FIRST_DOSE;
import static com.isocourse.core.fixtures.SafetyFixtures.alt;
import static com.isocourse.core.fixtures.SafetyFixtures.ast;
import static com.isocourse.core.fixtures.SafetyFixtures.day;
import static com.isocourse.core.fixtures.SafetyFixtures.monthlyMonitoring;
import static com.isocourse.core.fixtures.SafetyFixtures.startedCourse;
import static com.isocourse.core.fixtures.SafetyFixtures.triglycerides;
import static com.isocourse.core.fixtures.SafetyFixtures.unstartedCourse;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Edge cases of WARN-LABS ({@code LABS_OVERDUE}, rules.md §5). */
class LabScheduleTest {

  private static final Policy CONSENSUS = Policy.defaults();
  private static final Policy MONTHLY = monthlyMonitoring();
  private static final LocalDate BASELINE_REQUEST = LocalDate.of(2025, 12, 20);

  record LabCase(
      String name,
      CaseHistory history,
      LocalDate request,
      Policy policy,
      boolean firstDispense,
      List<DueItem> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static LabCase refill(String name, CaseHistory h, int requestDay, List<DueItem> expected) {
    return new LabCase(name, h, day(requestDay), CONSENSUS, false, expected);
  }

  static LabCase monthlyRefill(String name, CaseHistory h, LocalDate request, List<DueItem> due) {
    return new LabCase(name, h, request, MONTHLY, false, due);
  }

  static LabCase firstDispense(String name, CaseHistory h, List<DueItem> expected) {
    return new LabCase(name, h, BASELINE_REQUEST, CONSENSUS, true, expected);
  }

  static List<DueItem> both(LocalDate due) {
    return List.of(ScheduleItem.ALT.dueOn(due), ScheduleItem.TRIGLYCERIDES.dueOn(due));
  }

  static Stream<LabCase> cases() {
    LocalDate r = BASELINE_REQUEST;
    LocalDate peakDue = day(56);
    return Stream.of(
        // (b) consensus-2022 peak-dose check
        refill("day 63 without a peak result: not yet overdue", baselineOnly(), 63, List.of()),
        refill("day 64 without a peak result: both overdue", baselineOnly(), 64, both(peakDue)),
        refill("day 90 without a peak result: both overdue", baselineOnly(), 90, both(peakDue)),
        refill("peak results on day 42 count", peakOn(42), 64, List.of()),
        refill("peak results on day 41 are too early", peakOn(41), 64, both(peakDue)),
        refill(
            "only triglycerides at peak: ALT overdue",
            startedCourse(triglycerides(day(50))),
            64,
            List.of(ScheduleItem.ALT.dueOn(peakDue))),
        refill(
            "AST does not replace ALT",
            startedCourse(ast(day(50)), triglycerides(day(50))),
            64,
            List.of(ScheduleItem.ALT.dueOn(peakDue))),
        refill("peak results dated after the request are ignored", peakOn(65), 64, both(peakDue)),
        refill("no first dose: no peak check", unstartedCourse(), 200, List.of()),
        // (a) first dispense baseline
        firstDispense(
            "baseline on request − 30 counts",
            unstartedCourse(alt(r.minusDays(30)), triglycerides(r.minusDays(30))),
            List.of()),
        firstDispense(
            "baseline on the request date counts",
            unstartedCourse(alt(r), triglycerides(r)),
            List.of()),
        firstDispense(
            "baseline on request − 31 is too old",
            unstartedCourse(alt(r.minusDays(31)), triglycerides(r.minusDays(31))),
            both(r)),
        firstDispense(
            "only triglycerides too old",
            unstartedCourse(alt(r.minusDays(30)), triglycerides(r.minusDays(31))),
            List.of(ScheduleItem.TRIGLYCERIDES.dueOn(r))),
        firstDispense(
            "AST only: ALT baseline missing",
            unstartedCourse(ast(r.minusDays(5)), triglycerides(r.minusDays(5))),
            List.of(ScheduleItem.ALT.dueOn(r))),
        firstDispense(
            "baseline dated after the request is ignored",
            unstartedCourse(alt(r.plusDays(1)), triglycerides(r.plusDays(1))),
            both(r)),
        firstDispense("no labs at all", unstartedCourse(), both(r)),
        new LabCase(
            "not the first dispense: no baseline check",
            unstartedCourse(),
            r,
            CONSENSUS,
            false,
            List.of()),
        new LabCase(
            "first dispense on day 70 with no labs: the earlier (peak) due date is kept",
            startedCourse(),
            day(70),
            CONSENSUS,
            true,
            both(peakDue)),
        // monthly policy replaces (b)
        monthlyRefill(
            "monthly: latest 35 days before the request is not overdue",
            startedCourse(alt(day(10)), triglycerides(day(10))),
            day(45),
            List.of()),
        monthlyRefill(
            "monthly: latest 36 days before the request is overdue",
            startedCourse(alt(day(10)), triglycerides(day(10))),
            day(46),
            both(day(38))),
        monthlyRefill(
            "monthly: the latest result counts, not the first",
            startedCourse(
                alt(day(-10)), triglycerides(day(-10)), alt(day(20)), triglycerides(day(20))),
            day(50),
            List.of()),
        monthlyRefill(
            "monthly: the baseline before the first dose is the latest result",
            startedCourse(alt(day(-10)), triglycerides(day(-10))),
            day(26),
            both(day(18))),
        monthlyRefill(
            "monthly: AST does not replace ALT",
            startedCourse(ast(day(30)), alt(day(-5)), triglycerides(day(30))),
            day(40),
            List.of(ScheduleItem.ALT.dueOn(day(23)))),
        monthlyRefill(
            "monthly: results after the request are ignored",
            startedCourse(
                alt(day(10)), triglycerides(day(10)), alt(day(47)), triglycerides(day(47))),
            day(46),
            both(day(38))),
        monthlyRefill(
            "monthly: no result at all since the course started is overdue",
            startedCourse(),
            day(1),
            both(FIRST_DOSE)),
        monthlyRefill(
            "monthly: day 64 without a peak result is fine when recent",
            startedCourse(alt(day(40)), triglycerides(day(40))),
            day(64),
            List.of()),
        monthlyRefill(
            "monthly: a course not started wants no monthly labs", unstartedCourse(), r, List.of()),
        new LabCase(
            "monthly: (a) still applies on the first dispense",
            unstartedCourse(alt(r.minusDays(31)), triglycerides(r.minusDays(31))),
            r,
            MONTHLY,
            true,
            both(r)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheOverdueLabs(LabCase c) {
    assertThat(LabSchedule.overdueLabs(c.history(), c.request(), c.policy(), c.firstDispense()))
        .isEqualTo(c.expected());
  }

  private static CaseHistory baselineOnly() {
    return startedCourse(alt(day(-10)), triglycerides(day(-10)));
  }

  private static CaseHistory peakOn(int days) {
    return startedCourse(
        alt(day(-10)), triglycerides(day(-10)), alt(day(days)), triglycerides(day(days)));
  }
}
