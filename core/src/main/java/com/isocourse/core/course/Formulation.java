package com.isocourse.core.course;

import java.util.List;
import java.util.Optional;

/**
 * Isotretinoin product family (rules.md §1, §4). Capsules are never substituted across families
 * (ALL-FORMULATION), and each family has its own strengths and dose range.
 */
public enum Formulation {
  /** Generic isotretinoin, Claravis, Amnesteem, Myorisan, Zenatane. */
  CONVENTIONAL("conventional", List.of(10, 20, 30, 40), 2.0),
  /** Absorica. */
  LIDOSE("lidose", List.of(10, 20, 25, 30, 35, 40), 2.0),
  /** Absorica LD: lower mg for the same exposure, hence the lower maximum. */
  MICRONIZED("micronized", List.of(8, 16, 20, 24, 28, 32), 1.6);

  private final String code;
  private final List<Integer> strengthsMg;
  private final double maxMgPerKgPerDay;

  Formulation(String code, List<Integer> strengthsMg, double maxMgPerKgPerDay) {
    this.code = code;
    this.strengthsMg = strengthsMg;
    this.maxMgPerKgPerDay = maxMgPerKgPerDay;
  }

  /** The code used in the scenario contract. */
  public String code() {
    return code;
  }

  /** Capsule strengths marketed for this family, ascending. */
  public List<Integer> strengthsMg() {
    return strengthsMg;
  }

  /** ALL-MAXDOSE ceiling: 2.0 mg/kg/day, 1.6 for micronized. */
  public double maxMgPerKgPerDay() {
    return maxMgPerKgPerDay;
  }

  /** The lower bound of the label range; below it the regimen is a low-dose one (§3.3 notes). */
  public double lowDoseBelowMgPerKgPerDay() {
    return this == MICRONIZED ? 0.4 : 0.5;
  }

  /** Micronized mg count 1.25 times toward a conventional-equivalent total (§4). */
  public double conventionalEquivalentFactor() {
    return this == MICRONIZED ? 1.25 : 1.0;
  }

  public static Optional<Formulation> fromCode(String code) {
    for (Formulation f : values()) {
      if (f.code.equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
