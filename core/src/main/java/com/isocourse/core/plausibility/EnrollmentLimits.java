package com.isocourse.core.plausibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an enrollment is plausible (every channel that enrolls calls this): a name of plain text,
 * a birth date in the past and at most {@link #MAX_AGE_YEARS} years ago, a patient at least 12
 * years old on the enrollment date (ALL-AGE: isotretinoin is not given before 12), an enrollment
 * date on or after birth, not after today and not more than a year back, and a previous course that
 * ended between birth and today.
 */
public final class EnrollmentLimits {
  /** The oldest plausible patient. */
  public static final int MAX_AGE_YEARS = 120;

  /** The youngest patient who may be enrolled (ALL-AGE). */
  public static final int MIN_AGE_YEARS = 12;

  /** How far back an enrollment may be dated. */
  public static final int MAX_BACKDATE_DAYS = 365;

  private EnrollmentLimits() {}

  public static List<EntryProblem> check(
      String displayName,
      LocalDate birthDate,
      Optional<LocalDate> enrolledOnIfEnrolled,
      Optional<LocalDate> previousCourseLastDose,
      LocalDate today) {
    // Not enrolled yet: the age rule is judged as of today.
    LocalDate enrolledOn = enrolledOnIfEnrolled.orElse(today);
    List<EntryProblem> problems = new ArrayList<>();
    if (displayName.isBlank()) {
      problems.add(new EntryProblem("displayName", "is required"));
    } else if (displayName.strip().length() > 200) {
      problems.add(new EntryProblem("displayName", "must be at most 200 characters"));
    } else {
      TextLimits.problem(displayName)
          .ifPresent(r -> problems.add(new EntryProblem("displayName", r)));
    }
    if (!birthDate.isBefore(today)) {
      problems.add(new EntryProblem("birthDate", "must be in the past"));
    } else if (birthDate.isBefore(today.minusYears(MAX_AGE_YEARS))) {
      problems.add(
          new EntryProblem(
              "birthDate", "must be less than " + MAX_AGE_YEARS + " years ago (typing error?)"));
    }
    if (!birthDate.isBefore(today) || birthDate.isBefore(today.minusYears(MAX_AGE_YEARS))) {
      // already reported; no age to judge
    } else if (enrolledOn.isAfter(today)) {
      problems.add(new EntryProblem("enrolledOn", "must not be after today"));
    } else if (enrolledOn.isBefore(today.minusDays(MAX_BACKDATE_DAYS))) {
      problems.add(
          new EntryProblem(
              "enrolledOn",
              "must not be more than "
                  + MAX_BACKDATE_DAYS
                  + " days ago ("
                  + today.minusDays(MAX_BACKDATE_DAYS)
                  + ")"));
    } else if (!birthDate.isAfter(enrolledOn)
        && Period.between(birthDate, enrolledOn).getYears() < MIN_AGE_YEARS) {
      problems.add(
          new EntryProblem(
              "birthDate",
              "the patient would be "
                  + Period.between(birthDate, enrolledOn).getYears()
                  + " years old on enrollment; isotretinoin is not given before age 12 (ALL-AGE)"));
    } else if (birthDate.isAfter(enrolledOn)) {
      problems.add(new EntryProblem("enrolledOn", "must not be before the birth date"));
    }
    previousCourseLastDose.ifPresent(
        last -> {
          if (last.isAfter(today) || last.isBefore(birthDate)) {
            problems.add(
                new EntryProblem(
                    "previousCourseLastDose", "must be between the birth date and today"));
          }
        });
    return List.copyOf(problems);
  }
}
