package com.isocourse.core.authorization;

import static com.isocourse.core.fixtures.Decisions.doNotDispenseAfter;
import static com.isocourse.core.fixtures.Decisions.missing;
import static com.isocourse.core.fixtures.Decisions.outcome;
import static com.isocourse.core.fixtures.Decisions.reasons;
import static com.isocourse.core.fixtures.Decisions.warnings;
import static com.isocourse.core.fixtures.DispenseBaselines.TG;
import static com.isocourse.core.fixtures.DispenseBaselines.euPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.reasons.ReasonCode.PREGNANCY_TEST_POSITIVE;
import static com.isocourse.core.reasons.ReasonCode.PRESCRIBER_STATUS_MISSING;
import static com.isocourse.core.reasons.ReasonCode.RISK_CATEGORY_MISSING;
import static com.isocourse.core.reasons.ReasonCode.WEIGHT_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import org.junit.jupiter.api.Test;

/** rules.md §3: precedence, missing facts, unknown category, and facts after the request. */
class PrecedenceTest {

  @Test
  void deniedBeatsIndeterminateAndTheMissingFactsAreStillReported() {
    DispenseCases c = usPcgpMidCourse().prescriberCertified(null).without(WeightMeasured.class);
    DispenseDecision d = c.withPositivePregnancyTest(c.requestDate()).decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_POSITIVE);
    assertThat(missing(d)).containsExactlyInAnyOrder(PRESCRIBER_STATUS_MISSING, WEIGHT_MISSING);
  }

  @Test
  void withAnUnknownCategoryPcgpOnlyReasonsAreNotReported() {
    DispenseDecision d =
        usPcgpMidCourse()
            .riskCategory(null)
            .without(PregnancyTest.class)
            .without(ComprehensionCompleted.class)
            .decide();

    assertThat(outcome(d)).isEqualTo("INDETERMINATE");
    assertThat(d.reasons()).isEmpty();
    assertThat(missing(d)).containsExactly(RISK_CATEGORY_MISSING);
  }

  @Test
  void withAnUnknownCategoryReasonsForEveryPatientStillDeny() {
    DispenseCases c = usPcgpMidCourse().riskCategory(null).daysSupply(31);
    DispenseDecision d = c.withPositivePregnancyTest(c.requestDate()).decide();

    assertThat(outcome(d)).isEqualTo("DENIED");
    assertThat(reasons(d))
        .containsExactlyInAnyOrder(PREGNANCY_TEST_POSITIVE, ReasonCode.SUPPLY_OVER_30_DAYS);
    assertThat(missing(d)).containsExactly(RISK_CATEGORY_MISSING);
  }

  @Test
  void inTheEuTheSupplyLimitDoesNotHoldForBothCategories() {
    DispenseDecision d = euPcgpMidCourse().riskCategory(null).daysSupply(31).refills(1).decide();

    assertThat(outcome(d)).isEqualTo("INDETERMINATE");
    assertThat(d.reasons()).isEmpty();
  }

  @Test
  void factsDatedAfterTheRequestAreIgnored() {
    DispenseCases c = usPcgpMidCourse();
    DispenseDecision d =
        c.withPositivePregnancyTest(c.requestDate().plusDays(1))
            .withLab(c.requestDate().plusDays(1), TG, 2000, LabUnit.MG_PER_DL)
            .withSymptom(c.requestDate().plusDays(1), SymptomCode.SEIZURE)
            .withMedication(c.requestDate().plusDays(1), "doxycycline")
            .decide();

    assertThat(outcome(d)).isEqualTo("AUTHORIZED");
  }

  @Test
  void aReviewDatedAfterTheRequestDoesNotClearYet() {
    DispenseCases c = usPcgpMidCourse();
    DispenseDecision d =
        c.withPositivePregnancyTest(c.requestDate().minusDays(1))
            .withReview(c.requestDate().plusDays(1), PREGNANCY_TEST_POSITIVE)
            .decide();

    assertThat(reasons(d)).containsExactly(PREGNANCY_TEST_POSITIVE);
  }

  @Test
  void warningsNeverChangeTheDecision() {
    DispenseCases c = usPcgpMidCourse();
    DispenseDecision before = c.decide();
    DispenseDecision d =
        c.withLab(c.requestDate(), TG, 600, LabUnit.MG_PER_DL)
            .withMedication(c.requestDate(), "vitamin A")
            .withPhq2(c.requestDate(), 5)
            .withSymptom(c.requestDate(), SymptomCode.INSOMNIA)
            .targetMgPerKg(40)
            .decide();

    assertThat(warnings(d)).hasSizeGreaterThanOrEqualTo(5);
    assertThat(d.outcome()).isEqualTo(before.outcome());
    assertThat(doNotDispenseAfter(d)).isEqualTo(doNotDispenseAfter(before));
  }
}
