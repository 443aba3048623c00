package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One patient's current course as a decision sees it: who the parties are and every dated fact of
 * the course (scenarios/README.md). Earlier courses appear only as {@link
 * Course#previousCourseLastDose()}.
 *
 * <p>Immutable. The events are indexed once, by type and date: every rule asks "the X facts as of
 * the request date", and a decision asks that dozens of times. Events of one type on the same date
 * are put in a canonical order (by their content), never in input order, so that no answer can
 * depend on the order of events in the input (rules.md §3, "Same-date records of one kind"); rules
 * that read one record of a date choose the worst one explicitly (for a weight: {@link
 * #currentWeight}).
 */
public final class CaseHistory {
  private final Jurisdiction jurisdiction;
  private final Patient patient;
  private final Optional<Boolean> prescriberCertified;
  private final Optional<Boolean> pharmacyActive;
  private final Course course;
  private final List<CourseEvent> events;
  private final Map<Class<?>, List<CourseEvent>> byType;

  /**
   * Date, then content: events are records, so equal text means equal facts, and the order of two
   * different facts on one date no longer depends on where they were listed.
   */
  private static final Comparator<CourseEvent> CANONICAL =
      Comparator.comparing(CourseEvent::date).thenComparing(Object::toString);

  /**
   * @param prescriberCertified prescriber certified and active; absent when unknown (ALL-FACTS)
   * @param pharmacyActive pharmacy registered and active; absent when unknown (ALL-FACTS)
   * @param events the course's facts in any order
   */
  public CaseHistory(
      Jurisdiction jurisdiction,
      Patient patient,
      Optional<Boolean> prescriberCertified,
      Optional<Boolean> pharmacyActive,
      Course course,
      List<CourseEvent> events) {
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.patient = Objects.requireNonNull(patient, "patient");
    this.prescriberCertified = Objects.requireNonNull(prescriberCertified, "prescriberCertified");
    this.pharmacyActive = Objects.requireNonNull(pharmacyActive, "pharmacyActive");
    this.course = Objects.requireNonNull(course, "course");
    this.events = List.copyOf(events);
    Map<Class<?>, List<CourseEvent>> index = new HashMap<>();
    for (CourseEvent e : this.events) {
      index.computeIfAbsent(e.getClass(), k -> new ArrayList<>()).add(e);
    }
    index.replaceAll((k, v) -> v.stream().sorted(CANONICAL).toList());
    this.byType = Map.copyOf(index);
  }

  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  public Patient patient() {
    return patient;
  }

  public Optional<Boolean> prescriberCertified() {
    return prescriberCertified;
  }

  public Optional<Boolean> pharmacyActive() {
    return pharmacyActive;
  }

  public Course course() {
    return course;
  }

  /** The course's facts in the order given. */
  public List<CourseEvent> events() {
    return events;
  }

  /**
   * The events of a type dated on or before the date, oldest first (§3: later facts are ignored).
   */
  @SuppressWarnings("unchecked")
  public <T extends CourseEvent> List<T> asOf(LocalDate date, Class<T> type) {
    List<CourseEvent> all = byType.getOrDefault(type, List.of());
    int end = all.size();
    while (end > 0 && all.get(end - 1).date().isAfter(date)) {
      end--;
    }
    return (List<T>) (List<?>) all.subList(0, end);
  }

  /** The events of a type dated on or before the date, oldest first, as a stream. */
  public <T extends CourseEvent> Stream<T> stream(LocalDate date, Class<T> type) {
    return asOf(date, type).stream();
  }

  /**
   * The latest event of a type on or before the date. On a same-date tie the choice is canonical
   * (by content), not by input order; a rule for which the tie matters reads {@link #latestDay} and
   * picks the record least favourable to dispensing.
   */
  public <T extends CourseEvent> Optional<T> latest(LocalDate date, Class<T> type) {
    List<T> all = asOf(date, type);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Every event of a type on the latest date that has one, on or before the date. */
  public <T extends CourseEvent> List<T> latestDay(LocalDate date, Class<T> type) {
    List<T> all = asOf(date, type);
    if (all.isEmpty()) {
      return List.of();
    }
    LocalDate day = all.get(all.size() - 1).date();
    int from = all.size() - 1;
    while (from > 0 && all.get(from - 1).date().equals(day)) {
      from--;
    }
    return all.subList(from, all.size());
  }

  /**
   * The body weight that counts on a date (ALL-WEIGHT, ALL-MAXDOSE, §4): the latest measurement on
   * or before it, and of several measured that day the lowest (rules.md §3, worst record wins: the
   * lowest weight gives the highest mg/kg).
   */
  public Optional<WeightMeasured> currentWeight(LocalDate date) {
    return latestDay(date, WeightMeasured.class).stream()
        .min(Comparator.comparingDouble((WeightMeasured w) -> w.weight().kg()));
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

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseHistory h
        && jurisdiction == h.jurisdiction
        && patient.equals(h.patient)
        && prescriberCertified.equals(h.prescriberCertified)
        && pharmacyActive.equals(h.pharmacyActive)
        && course.equals(h.course)
        && events.equals(h.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, patient, prescriberCertified, pharmacyActive, course, events);
  }

  @Override
  public String toString() {
    return "CaseHistory[" + jurisdiction + ", " + patient + ", " + events.size() + " events]";
  }
}
