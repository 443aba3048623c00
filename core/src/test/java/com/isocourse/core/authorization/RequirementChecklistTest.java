package com.isocourse.core.authorization;

import static com.isocourse.core.authorization.RequirementStatus.MET;
import static com.isocourse.core.authorization.RequirementStatus.MISSING;
import static com.isocourse.core.authorization.RequirementStatus.UNMET;
import static com.isocourse.core.fixtures.DispenseBaselines.FIRST_REQUEST;
import static com.isocourse.core.fixtures.DispenseBaselines.MID_COURSE;
import static com.isocourse.core.fixtures.DispenseBaselines.MONTHLY_TEST;
import static com.isocourse.core.fixtures.DispenseBaselines.PRE_TEST_2;
import static com.isocourse.core.fixtures.DispenseBaselines.euPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpFirstDispense;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcgpMidCourse;
import static com.isocourse.core.fixtures.DispenseBaselines.usPcngpMidCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.fixtures.DispenseCases;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The requirement checklist (ADR 0017): edge cases per requirement, listed from the catalog. */
class RequirementChecklistTest {

  static RequirementChecklist checklist(DispenseCases c) {
    return RequirementChecklist.of(c.history(), c.request(), c.decide());
  }

  static Requirement item(RequirementChecklist list, String ruleId) {
    return list.requirements().stream()
        .filter(r -> r.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " is not listed: " + ids(list)));
  }

  static List<String> ids(RequirementChecklist list) {
    return list.requirements().stream().map(Requirement::ruleId).toList();
  }

  @Test
  void
      anAuthorizedMidCourseDispenseListsEveryRequirementOfTheRuleSetForAPatientWhoCanGetPregnant() {
    RequirementChecklist list = checklist(usPcgpMidCourse());
    assertThat(list.ruleSet()).isEqualTo(RuleSetId.US_IPLEDGE_2026);
    assertThat(ids(list))
        .containsExactly(
            "ALL-ENROLL",
            "ALL-PRESCRIBER",
            "ALL-PHARMACY",
            "ALL-RX",
            "ALL-SUPPLY",
            "ALL-REFILLS",
            "ALL-AGE",
            "ALL-MAXDOSE",
            "ALL-WEIGHT",
            "ALL-CATEGORY",
            "ALL-FACTS",
            "ALL-ONEFILL",
            "ALL-PREG+",
            "SAFE-TETRA",
            "SAFE-RETINOID",
            "SAFE-SYMPTOM",
            "SAFE-PREGCHECK",
            "SAFE-MOOD",
            "SAFE-TG",
            "SAFE-ALT",
            "US26-CONTRA",
            "US26-QUIZ",
            "US26-COUNSEL",
            "US26-WINDOW",
            "US26-HOME");
    assertThat(list.allMet()).isTrue();
  }

  @Test
  void metRequirementsCarryTheFactsDateAndTheLastDayItHolds() {
    RequirementChecklist list = checklist(usPcgpMidCourse());
    assertThat(item(list, "US26-WINDOW").factDate()).contains(MONTHLY_TEST);
    assertThat(item(list, "US26-WINDOW").holdsUntil()).contains(MONTHLY_TEST.plusDays(6));
    assertThat(item(list, "US26-QUIZ").holdsUntil()).contains(MONTHLY_TEST.plusDays(30));
    assertThat(item(list, "US26-CONTRA").holdsUntil()).contains(MONTHLY_TEST.plusDays(30));
    assertThat(item(list, "ALL-WEIGHT").holdsUntil()).contains(MONTHLY_TEST.plusDays(90));
    assertThat(item(list, "ALL-ENROLL").factDate()).contains(LocalDate.of(2026, 11, 20));
    assertThat(item(list, "ALL-ENROLL").holdsUntil()).isEmpty();
    assertThat(item(list, "SAFE-TETRA").factDate()).isEmpty();
    assertThat(item(list, "US26-WINDOW").whoActs()).isEqualTo(ActingParty.PATIENT);
  }

  @Test
  void aPatientWhoCannotGetPregnantHasNoPregnancyRequirementAndIsCounseledOnce() {
    RequirementChecklist list = checklist(usPcngpMidCourse());
    assertThat(ids(list))
        .doesNotContain(
            "ALL-PREG+", "SAFE-PREGCHECK", "US26-WINDOW", "US26-HOME", "US26-CONTRA", "US26-QUIZ")
        .contains("US26-COUNSEL");
    assertThat(item(list, "US26-COUNSEL").factDate()).contains(LocalDate.of(2026, 11, 20));
    assertThat(item(list, "US26-COUNSEL").holdsUntil()).isEmpty();
    assertThat(list.allMet()).isTrue();
  }

  @Test
  void underTheOldRuleSetAPatientWhoCannotGetPregnantHasTheCounselingWindowInstead() {
    RequirementChecklist list =
        checklist(
            usPcngpMidCourse()
                .withCounseling(MONTHLY_TEST)
                .underRuleSet(RuleSetId.US_IPLEDGE_2021));
    assertThat(ids(list))
        .contains("US21-COUNSEL", "US21-PCNGP-WINDOW")
        .doesNotContain("US26-COUNSEL");
    assertThat(item(list, "US21-PCNGP-WINDOW").holdsUntil()).contains(MONTHLY_TEST.plusDays(29));
  }

  @ParameterizedTest(name = "request {0} days after the test: {1}")
  @CsvSource({"0, MET", "6, MET", "7, UNMET"})
  void theWindowHoldsThroughTheSixthDayAfterTheSpecimen(int days, RequirementStatus expected) {
    Requirement window =
        item(checklist(usPcgpMidCourse().requestedOn(MONTHLY_TEST.plusDays(days))), "US26-WINDOW");
    assertThat(window.status()).isEqualTo(expected);
    if (expected == UNMET) {
      assertThat(window.codes()).containsExactly(ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW);
      assertThat(window.factDate()).isEmpty();
    }
  }

  @ParameterizedTest(name = "quiz {0} days before the request: {1}")
  @CsvSource({"30, MET", "31, UNMET"})
  void theQuizCountsForThirtyDays(int daysBefore, RequirementStatus expected) {
    DispenseCases c =
        usPcgpMidCourse()
            .without(ComprehensionCompleted.class)
            .withQuiz(MID_COURSE.minusDays(daysBefore), true);
    Requirement quiz = item(checklist(c), "US26-QUIZ");
    assertThat(quiz.status()).isEqualTo(expected);
    assertThat(quiz.holdsUntil())
        .isEqualTo(expected == MET ? Optional.of(MID_COURSE) : Optional.empty());
  }

  @Test
  void noCurrentWeightLeavesTheMaximumDoseUncheckedNotMet() {
    RequirementChecklist list = checklist(usPcgpMidCourse().without(WeightMeasured.class));
    assertThat(item(list, "ALL-WEIGHT").status()).isEqualTo(MISSING);
    assertThat(item(list, "ALL-MAXDOSE").status()).isEqualTo(MISSING);
    assertThat(item(list, "ALL-MAXDOSE").codes()).containsExactly(ReasonCode.WEIGHT_MISSING);
  }

  @Test
  void anUnknownPrescriberStatusIsNeverACertifiedPrescriber() {
    RequirementChecklist list = checklist(usPcgpMidCourse().prescriberCertified(null));
    assertThat(item(list, "ALL-PRESCRIBER").status()).isEqualTo(MISSING);
    assertThat(item(list, "ALL-FACTS").codes())
        .containsExactly(ReasonCode.PRESCRIBER_STATUS_MISSING);
  }

  @Test
  void withoutThePrescriptionItsSupplyIsUnchecked() {
    RequirementChecklist list = checklist(usPcgpMidCourse().prescriptionNotOnFile());
    assertThat(item(list, "ALL-RX").status()).isEqualTo(UNMET);
    assertThat(item(list, "ALL-RX").whoActs()).isEqualTo(ActingParty.PRESCRIBER);
    assertThat(item(list, "ALL-SUPPLY").status()).isEqualTo(MISSING);
    assertThat(item(list, "ALL-SUPPLY").codes()).containsExactly(ReasonCode.PRESCRIPTION_NOT_FOUND);
  }

  @Test
  void anUnknownRiskCategoryListsNoCategoryRuleItDidNotReport() {
    RequirementChecklist list = checklist(usPcgpMidCourse().riskCategory(null));
    assertThat(item(list, "ALL-CATEGORY").status()).isEqualTo(MISSING);
    assertThat(ids(list)).doesNotContain("US26-WINDOW", "US26-QUIZ").contains("SAFE-PREGCHECK");
  }

  @Test
  void anActiveTetracyclineIsTheHardStopThePrescriberMustClear() {
    Requirement tetra =
        item(
            checklist(usPcgpMidCourse().withMedication(MONTHLY_TEST, "doxycycline")), "SAFE-TETRA");
    assertThat(tetra.status()).isEqualTo(UNMET);
    assertThat(tetra.codes()).containsExactly(ReasonCode.INTERACTION_TETRACYCLINE);
    assertThat(tetra.whoActs()).isEqualTo(ActingParty.PRESCRIBER);
  }

  @Test
  void theFirstDispenseAddsThePretreatmentTestsAndTheLeadIn() {
    RequirementChecklist first = checklist(usPcgpFirstDispense());
    assertThat(first.allMet()).isTrue();
    assertThat(item(first, "US26-PRE-TESTS").factDate()).contains(PRE_TEST_2);
    assertThat(item(first, "US26-LEADIN").factDate()).contains(LocalDate.of(2026, 11, 1));
    assertThat(ids(checklist(usPcgpMidCourse()))).doesNotContain("US26-PRE-TESTS", "US26-LEADIN");
    assertThat(FIRST_REQUEST).isAfter(PRE_TEST_2);
  }

  @Test
  void theEuPrescriptionHoldsSevenDaysAndTheFormOnceSigned() {
    RequirementChecklist list = checklist(euPcgpMidCourse());
    assertThat(list.allMet()).isTrue();
    assertThat(item(list, "EU-RXVALID").holdsUntil()).contains(MONTHLY_TEST.plusDays(7));
    assertThat(item(list, "EU-ACK").factDate()).contains(LocalDate.of(2026, 12, 15));
    assertThat(item(list, "EU-TEST").factDate()).contains(LocalDate.of(2027, 3, 1));
    assertThat(ids(checklist(euPcgpMidCourse().riskCategory(RiskCategory.CANNOT_GET_PREGNANT))))
        .doesNotContain("EU-TEST", "EU-CONTRA", "ALL-SUPPLY");
  }

  @ParameterizedTest
  @EnumSource(RuleSetId.class)
  void everyRequirementRuleOfEveryRuleSetHasTerms(RuleSetId id) {
    RuleCatalog.rulesOf(id).stream()
        .filter(RequirementChecklist::isRequirement)
        .forEach(
            r ->
                assertThatCode(() -> RequirementTerms.of(r.ruleId()))
                    .as(r.ruleId())
                    .doesNotThrowAnyException());
  }
}
