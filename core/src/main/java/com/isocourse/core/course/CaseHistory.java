package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One patient's current course as a decision sees it: who the parties are and every dated fact of
 * the course (scenarios/README.md). Earlier courses appear only as {@link
 * Course#previousCourseLastDose()}.
 *
 * @param prescriberCertified prescriber certified and active; absent when unknown (ALL-FACTS)
 * @param pharmacyActive pharmacy registered and active; absent when unknown (ALL-FACTS)
 * @param events the course's facts in any order
 */
public record CaseHistory(
    Jurisdiction jurisdiction,
    Patient patient,
    Optional<Boolean> prescriberCertified,
    Optional<Boolean> pharmacyActive,
    Course course,
    List<CourseEvent> events) {
  public CaseHistory {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(prescriberCertified, "prescriberCertified");
    Objects.requireNonNull(pharmacyActive, "pharmacyActive");
    Objects.requireNonNull(course, "course");
    events = List.copyOf(events);
  }

  /**
   * The events of a type dated on or before the date, oldest first (§3: later facts are ignored).
   */
  public <T extends CourseEvent> List<T> asOf(LocalDate date, Class<T> type) {
    return stream(date, type).sorted(Comparator.comparing(CourseEvent::date)).toList();
  }

  /** The events of a type dated on or before the date, in no particular order. */
  public <T extends CourseEvent> Stream<T> stream(LocalDate date, Class<T> type) {
    return events.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(e -> !e.date().isAfter(date));
  }

  /** The latest event of a type on or before the date (ties: the one listed last). */
  public <T extends CourseEvent> Optional<T> latest(LocalDate date, Class<T> type) {
    List<T> all = asOf(date, type);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** A copy with one more event (used by what-if tools and property tests). */
  public CaseHistory with(CourseEvent event) {
    return new CaseHistory(
        jurisdiction,
        patient,
        prescriberCertified,
        pharmacyActive,
        course,
        Stream.concat(events.stream(), Stream.of(event)).toList());
  }
}
