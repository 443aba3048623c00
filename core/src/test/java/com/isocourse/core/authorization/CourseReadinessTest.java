package com.isocourse.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.authorization.CourseReadiness.Readiness;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The course's readiness for its next fill, read from the decision: every outcome with and without
 * an open prescription, a course that is over, and the missing prescription never counted as a
 * blocker when none is open.
 */
class CourseReadinessTest {
  private static final Finding NO_RX =
      new Finding(ReasonCode.PRESCRIPTION_NOT_FOUND, "ALL-RX", "no prescription");
  private static final Finding TG = new Finding(ReasonCode.LAB_NEEDS_REVIEW, "SAFE-TG", "TG 900");
  private static final Finding NO_TEST =
      new Finding(ReasonCode.PREGNANCY_TEST_MISSING, "ALL-PREG", "no test");

  private static DispenseDecision decision(
      Outcome o, List<Finding> reasons, List<Finding> missing) {
    return new DispenseDecision(
        RuleSetId.US_IPLEDGE_2026,
        Policy.defaults(),
        o,
        reasons,
        List.of(),
        missing,
        List.of(),
        Optional.empty(),
        List.of());
  }

  private static final DispenseDecision AUTHORIZED =
      decision(new Outcome.Authorized(LocalDate.of(2026, 12, 8), "A-1"), List.of(), List.of());

  @Test
  void anOpenPrescriptionReadsAsTheDecision() {
    assertThat(CourseReadiness.of(AUTHORIZED, true, true).readiness())
        .isEqualTo(Readiness.AUTHORIZED);
    CourseReadiness denied =
        CourseReadiness.of(decision(new Outcome.Denied(), List.of(TG), List.of()), true, true);
    assertThat(denied.readiness()).isEqualTo(Readiness.DENIED);
    assertThat(denied.blockers()).containsExactly(TG);
    assertThat(
            CourseReadiness.of(
                    decision(new Outcome.Indeterminate(), List.of(), List.of(NO_TEST)), true, true)
                .readiness())
        .isEqualTo(Readiness.INDETERMINATE);
  }

  @Test
  void withoutAPrescriptionTheMissingPrescriptionIsNotABlocker() {
    CourseReadiness onlyNoRx =
        CourseReadiness.of(decision(new Outcome.Denied(), List.of(NO_RX), List.of()), true, false);
    assertThat(onlyNoRx.readiness()).isEqualTo(Readiness.READY_WHEN_PRESCRIBED);
    assertThat(onlyNoRx.blockers()).isEmpty();

    CourseReadiness alsoTg =
        CourseReadiness.of(
            decision(new Outcome.Denied(), List.of(NO_RX, TG), List.of()), true, false);
    assertThat(alsoTg.readiness()).isEqualTo(Readiness.DENIED);
    assertThat(alsoTg.blockers()).containsExactly(TG);

    CourseReadiness missing =
        CourseReadiness.of(
            decision(new Outcome.Denied(), List.of(NO_RX), List.of(NO_TEST)), true, false);
    assertThat(missing.readiness()).isEqualTo(Readiness.INDETERMINATE);
  }

  @Test
  void aCourseThatIsOverHasNoNextFillAndNoBlockers() {
    CourseReadiness over =
        CourseReadiness.of(decision(new Outcome.Denied(), List.of(TG), List.of()), false, true);
    assertThat(over.readiness()).isEqualTo(Readiness.COURSE_COMPLETED);
    assertThat(over.blockers()).isEmpty();
    assertThat(CourseReadiness.of(AUTHORIZED, false, false).readiness())
        .isEqualTo(Readiness.COURSE_COMPLETED);
  }
}
