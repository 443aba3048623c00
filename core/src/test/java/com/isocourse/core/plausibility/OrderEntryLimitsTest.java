package com.isocourse.core.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Order entry (rules.md §4, ALL-SUPPLY, ALL-REFILLS, ALL-MAXDOSE): edge tables. */
class OrderEntryLimitsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final OrderEntryLimits.Patient US_PCGP_70KG =
      new OrderEntryLimits.Patient(
          Jurisdiction.US,
          Optional.of(RiskCategory.CAN_GET_PREGNANT),
          Optional.of(new BodyWeight(70)));

  private static List<EntryProblem> check(
      Formulation f, List<PrescribedCapsule> caps, int days, int refills) {
    return OrderEntryLimits.check(
        new OrderEntryLimits.Order(f, caps, days, refills), US_PCGP_70KG, Policy.defaults(), TODAY);
  }

  private static List<PrescribedCapsule> twoDoses(int strength) {
    return List.of(new PrescribedCapsule(strength, 1, 1));
  }

  @ParameterizedTest(name = "{0} {1} mg: made {2}")
  @CsvSource({
    "conventional, 10, true",
    "conventional, 25, false",
    "conventional, 7, false",
    "lidose, 25, true",
    "lidose, 35, true",
    "micronized, 8, true",
    "micronized, 10, false",
    "micronized, 32, true"
  })
  void onlyStrengthsMadeForTheFormulation(String formulation, int strength, boolean made) {
    List<EntryProblem> p =
        check(Formulation.fromCode(formulation).orElseThrow(), twoDoses(strength), 30, 0);

    assertThat(p.stream().anyMatch(x -> x.field().equals("capsules[0].strengthMg")))
        .isEqualTo(!made);
  }

  @ParameterizedTest(name = "morning {0}, evening {1}: allowed {2}")
  @CsvSource({
    "0, 1, false",
    "1, 0, false",
    "1, 1, true",
    "2, 2, true",
    "3, 1, false",
    "4, 4, false"
  })
  void twoDosesOfOneToTwoCapsules(int morning, int evening, boolean allowed) {
    List<EntryProblem> p =
        check(
            Formulation.CONVENTIONAL, List.of(new PrescribedCapsule(10, morning, evening)), 30, 0);

    assertThat(p.isEmpty()).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} days, {1} refills: allowed {2}")
  @CsvSource({"29, 0, true", "30, 0, true", "31, 0, false", "0, 0, false", "30, 1, false"})
  void usSupplyAndRefills(int days, int refills, boolean allowed) {
    List<EntryProblem> p = check(Formulation.CONVENTIONAL, twoDoses(20), days, refills);

    assertThat(p.isEmpty()).isEqualTo(allowed);
    if (!allowed && days > 30) {
      assertThat(p).extracting(EntryProblem::reason).anyMatch(r -> r.contains("ALL-SUPPLY"));
    }
    if (!allowed && refills > 0) {
      assertThat(p).extracting(EntryProblem::reason).anyMatch(r -> r.contains("ALL-REFILLS"));
    }
  }

  @Test
  void anEuPatientWhoCannotGetPregnantMayHaveLongerSuppliesAndRefills() {
    OrderEntryLimits.Patient eu =
        new OrderEntryLimits.Patient(
            Jurisdiction.UK, Optional.of(RiskCategory.CANNOT_GET_PREGNANT), Optional.empty());
    OrderEntryLimits.Patient unknown =
        new OrderEntryLimits.Patient(Jurisdiction.EU, Optional.empty(), Optional.empty());
    var order = new OrderEntryLimits.Order(Formulation.CONVENTIONAL, twoDoses(20), 90, 2);

    assertThat(OrderEntryLimits.check(order, eu, Policy.defaults(), TODAY)).isEmpty();
    assertThat(OrderEntryLimits.check(order, unknown, Policy.defaults(), TODAY)).hasSize(2);
    assertThat(
            OrderEntryLimits.check(
                new OrderEntryLimits.Order(Formulation.CONVENTIONAL, twoDoses(20), 91, 0),
                eu,
                Policy.defaults(),
                TODAY))
        .extracting(EntryProblem::field)
        .containsExactly("daysSupply");
  }

  @ParameterizedTest(name = "{0} kg, 2 × 2 × 40 mg = 160 mg/day: above maximum {1}")
  @CsvSource({"79.9, true", "80, false", "80.1, false"})
  void maximumDoseAtTheCurrentWeight(double kg, boolean above) {
    var patient =
        new OrderEntryLimits.Patient(
            Jurisdiction.US,
            Optional.of(RiskCategory.CAN_GET_PREGNANT),
            Optional.of(new BodyWeight(kg)));
    List<EntryProblem> p =
        OrderEntryLimits.check(
            new OrderEntryLimits.Order(
                Formulation.CONVENTIONAL, List.of(new PrescribedCapsule(40, 2, 2)), 30, 0),
            patient,
            Policy.defaults(),
            TODAY);

    assertThat(p.stream().anyMatch(x -> x.reason().contains("ALL-MAXDOSE"))).isEqualTo(above);
  }

  @Test
  void anAbsurdStrengthNeverOverflowsIntoAnAcceptedDose() {
    List<EntryProblem> p =
        check(
            Formulation.CONVENTIONAL,
            List.of(new PrescribedCapsule(Integer.MAX_VALUE, 4, 4)),
            30,
            0);

    assertThat(p).extracting(EntryProblem::field).contains("capsules[0].strengthMg", "capsules");
  }

  @ParameterizedTest(name = "plan 1.0 mg/kg/day at 70 kg, prescribed {0} mg/day: warning {1}")
  @CsvSource({"62, true", "63, false", "70, false", "77, false", "78, true"})
  void aWarningWhenTheOrderIsMoreThanTenPercentOffThePlan(int mgPerDay, boolean warning) {
    var order =
        new OrderEntryLimits.Order(
            Formulation.CONVENTIONAL, List.of(new PrescribedCapsule(mgPerDay, 1, 0)), 30, 0);

    assertThat(
            OrderEntryLimits.planDifference(order, BigDecimal.ONE, new BodyWeight(70)).isPresent())
        .isEqualTo(warning);
  }
}
