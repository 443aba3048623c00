package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient facts a decision needs. Absent facts stay absent: an unknown risk category or birth
 * date makes a decision INDETERMINATE (ALL-CATEGORY, ALL-FACTS), never "safe".
 *
 * @param birthDate date of birth, for ALL-AGE
 * @param riskCategory PCGP or PCNGP, absent when not yet known
 * @param enrolledOn program enrollment date, absent when not enrolled (ALL-ENROLL)
 * @param homeTestingAllowed the prescriber allowed home pregnancy tests (US26-HOME)
 */
public record Patient(
    Optional<LocalDate> birthDate,
    Optional<RiskCategory> riskCategory,
    Optional<LocalDate> enrolledOn,
    boolean homeTestingAllowed) {
  public Patient {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(riskCategory, "riskCategory");
    Objects.requireNonNull(enrolledOn, "enrolledOn");
  }

  /** Age in whole years on the given date. */
  public Optional<Integer> ageOn(LocalDate date) {
    return birthDate.map(b -> java.time.Period.between(b, date).getYears());
  }
}
