package com.isocourse.core.plausibility;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.exact.Decimals;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.RuleSetChooser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a prescription must be to be written at all (order entry), so that an order the dispense
 * rules would refuse is refused where it is made, naming the rule, and an absurd order never
 * reaches a pharmacy. Every channel that writes prescriptions (REST API, web form, FHIR) calls this
 * one function; the dispense decision (rules.md §3) still judges whatever is stored.
 *
 * <ul>
 *   <li>rules.md §4: only the capsule strengths made for the formulation; always two divided doses,
 *       each of 1 to {@code maxCapsulesPerDose} capsules;
 *   <li>ALL-SUPPLY and ALL-REFILLS: at most 30 days and no refills where the rule set limits them
 *       (US: every patient; EU/UK: a patient who can get pregnant or whose category is unknown);
 *       otherwise at most 90 days and 12 refills;
 *   <li>ALL-MAXDOSE: at most 2.0 mg/kg/day (micronized 1.6) at the current weight, exactly.
 * </ul>
 */
public final class OrderEntryLimits {
  /** Days' supply where no rule set limit applies (EU/UK patient who cannot get pregnant). */
  public static final int MAX_DAYS_UNLIMITED = 90;

  /** Refills where no rule set limit applies. */
  public static final int MAX_REFILLS_UNLIMITED = 12;

  /** How far a prescription may differ from the course plan before a warning (10 %). */
  static final BigDecimal PLAN_TOLERANCE = new BigDecimal("0.10");

  private OrderEntryLimits() {}

  /** A prescription as ordered. */
  public record Order(
      Formulation formulation, List<PrescribedCapsule> capsules, int daysSupply, int refills) {
    public Order {
      capsules = List.copyOf(capsules);
    }
  }

  /** The patient facts the limits depend on. */
  public record Patient(
      Jurisdiction jurisdiction, Optional<RiskCategory> category, Optional<BodyWeight> weight) {}

  /** Every limit the order breaks; empty when it may be written. */
  public static List<EntryProblem> check(Order o, Patient p, Policy policy, LocalDate today) {
    List<EntryProblem> problems = new ArrayList<>();
    if (o.capsules().isEmpty()) {
      problems.add(new EntryProblem("capsules", "must list at least one capsule strength"));
    }
    long morning = 0;
    long evening = 0;
    for (int i = 0; i < o.capsules().size(); i++) {
      PrescribedCapsule c = o.capsules().get(i);
      if (!o.formulation().strengthsMg().contains(c.strengthMg())) {
        problems.add(
            new EntryProblem(
                "capsules[" + i + "].strengthMg",
                c.strengthMg()
                    + " mg is not made for "
                    + o.formulation().code()
                    + " isotretinoin; the strengths are "
                    + o.formulation().strengthsMg()
                    + " mg (rules.md §4)"));
      }
      morning += c.morning();
      evening += c.evening();
    }
    int max = policy.maxCapsulesPerDose();
    if (!o.capsules().isEmpty()) {
      dose("morning", morning, max).ifPresent(problems::add);
      dose("evening", evening, max).ifPresent(problems::add);
    }
    boolean limited = supplyLimited(p, policy, today);
    int maxDays = limited ? 30 : MAX_DAYS_UNLIMITED;
    if (o.daysSupply() < 1 || o.daysSupply() > maxDays) {
      problems.add(
          new EntryProblem(
              "daysSupply",
              "must be between 1 and "
                  + maxDays
                  + " days"
                  + (limited ? " (ALL-SUPPLY: at most 30 days per fill)" : "")));
    }
    int maxRefills = limited ? 0 : MAX_REFILLS_UNLIMITED;
    if (o.refills() < 0 || o.refills() > maxRefills) {
      problems.add(
          new EntryProblem(
              "refills",
              limited
                  ? "must be 0 (ALL-REFILLS: isotretinoin prescriptions have no refills)"
                  : "must be between 0 and " + MAX_REFILLS_UNLIMITED));
    }
    p.weight()
        .filter(w -> problems.isEmpty())
        .ifPresent(w -> aboveMaximum(o, w).ifPresent(problems::add));
    return List.copyOf(problems);
  }

  /**
   * A warning, not a refusal: the prescribed mg/day differs from the course plan (planned mg/kg/day
   * × the current weight) by more than 10 %.
   */
  public static Optional<String> planDifference(
      Order o, BigDecimal plannedMgPerKgPerDay, BodyWeight weight) {
    BigDecimal planned = plannedMgPerKgPerDay.multiply(Decimals.of(weight.kg()));
    BigDecimal prescribed = Decimals.of(mgPerDay(o));
    if (planned.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal difference = prescribed.subtract(planned).abs();
    if (!Decimals.above(difference, planned.multiply(PLAN_TOLERANCE))) {
      return Optional.empty();
    }
    return Optional.of(
        "The prescription gives "
            + mgPerDay(o)
            + " mg/day; the course plan ("
            + plannedMgPerKgPerDay.stripTrailingZeros().toPlainString()
            + " mg/kg/day at "
            + Decimals.of(weight.kg()).stripTrailingZeros().toPlainString()
            + " kg) gives "
            + planned.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
            + " mg/day: a difference of more than 10 %.");
  }

  private static Optional<EntryProblem> dose(String which, long capsules, int max) {
    if (capsules >= 1 && capsules <= max) {
      return Optional.empty();
    }
    return Optional.of(
        new EntryProblem(
            "capsules",
            "the "
                + which
                + " dose must be 1 to "
                + max
                + " capsules (two divided doses, policy maxCapsulesPerDose), not "
                + capsules));
  }

  private static Optional<EntryProblem> aboveMaximum(Order o, BodyWeight w) {
    BigDecimal kg = Decimals.of(w.kg());
    BigDecimal maxMg = Decimals.of(o.formulation().maxMgPerKgPerDay()).multiply(kg);
    if (!Decimals.above(Decimals.of(mgPerDay(o)), maxMg)) {
      return Optional.empty();
    }
    return Optional.of(
        new EntryProblem(
            "capsules",
            mgPerDay(o)
                + " mg/day is above "
                + o.formulation().maxMgPerKgPerDay()
                + " mg/kg/day at "
                + kg.stripTrailingZeros().toPlainString()
                + " kg (ALL-MAXDOSE: at most "
                + maxMg.stripTrailingZeros().toPlainString()
                + " mg/day)"));
  }

  private static long mgPerDay(Order o) {
    return o.capsules().stream().mapToLong(PrescribedCapsule::mgPerDay).sum();
  }

  /** ALL-SUPPLY / ALL-REFILLS apply: US always; EU/UK unless the patient cannot get pregnant. */
  static boolean supplyLimited(Patient p, Policy policy, LocalDate today) {
    return RuleSetChooser.byDate(p.jurisdiction(), today, policy).limitsSupplyForEveryCategory()
        || p.category().filter(c -> c == RiskCategory.CANNOT_GET_PREGNANT).isEmpty();
  }
}
