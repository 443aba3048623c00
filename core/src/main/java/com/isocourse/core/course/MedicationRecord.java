package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Another medication the patient takes (SAFE-TETRA, SAFE-RETINOID, WARN-VITA, WARN-SJW, WARN-BONE).
 * Active when start ≤ date ≤ end.
 *
 * @param route oral, injection, transdermal, topical, inhaled, nasal, ophthalmic, otic; absent when
 *     unknown (the name then decides whether it is systemic)
 */
public record MedicationRecord(
    LocalDate date,
    String name,
    Optional<String> rxnorm,
    Optional<String> route,
    LocalDate start,
    Optional<LocalDate> end)
    implements CourseEvent {
  public MedicationRecord {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rxnorm, "rxnorm");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** Active on the date: start ≤ date ≤ end (an open end means still taken). */
  public boolean activeOn(LocalDate day) {
    return !start.isAfter(day) && end.map(e -> !day.isAfter(e)).orElse(true);
  }
}
