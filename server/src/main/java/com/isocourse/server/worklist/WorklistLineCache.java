package com.isocourse.server.worklist;

import com.isocourse.core.monitoring.DueItem;
import com.isocourse.server.courses.CourseRecord;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.courses.HistoryVersion;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.cache.BoundedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The worklist line last computed for each patient, kept with everything it was computed from
 * ({@link Inputs}). A line is handed out again only when all of that equals what the worklist has
 * just read (value equality of records, so a hit is exactly what recomputing would give); any
 * change misses, and the recomputed line replaces the patient's old one, so there is at most one
 * line per patient and a stale one is never kept beside its successor.
 *
 * <p>Bounded by {@code isocourse.cache.worklist-lines} patients (default 50,000, about 50 MB): past
 * the bound, about a tenth of the lines (in no particular order) are dropped; 0 keeps none.
 */
@Component
class WorklistLineCache {
  /**
   * Everything a worklist line is computed from. The history by its version only (events are
   * append-only, {@link HistoryVersion}); the prescriptions by the one they make the line about
   * (the line reads nothing else of them, {@code CourseSummaries#worklistLine}).
   */
  record Inputs(
      PatientRecord patient,
      CourseRecord course,
      HistoryVersion history,
      Boolean prescriberCertified,
      String nextPrescription,
      Map<String, String> policyOverrides,
      LocalDate today) {

    /** The same inputs with the version of the history the line was actually computed from. */
    Inputs withHistory(HistoryVersion loaded) {
      return new Inputs(
          patient, course, loaded, prescriberCertified, nextPrescription, policyOverrides, today);
    }
  }

  /**
   * What a worklist line shows of the course summary besides the patient (unmodifiable): the
   * readiness, blockers and due items, and the severity tier with its trigger in words.
   */
  record Line(
      String readiness,
      List<String> blockers,
      List<DueItem> due,
      CourseSummary.EscalationView escalation) {
    static Line of(CourseSummary s) {
      return new Line(
          s.readiness(),
          s.blockers().stream().map(f -> f.code().name()).toList(),
          List.copyOf(s.due()),
          s.escalation());
    }
  }

  private record Kept(Inputs inputs, Line line) {}

  private final BoundedMap<Long, Kept> kept;

  WorklistLineCache(@Value("${isocourse.cache.worklist-lines:50000}") int max) {
    this.kept = new BoundedMap<>(max);
  }

  /** The line computed from exactly these inputs, or null. */
  Line find(Inputs inputs) {
    Kept k = kept.get(inputs.patient().id());
    return k != null && k.inputs().equals(inputs) ? k.line() : null;
  }

  /** Keeps the line computed from these inputs, in place of the patient's previous one. */
  void keep(Inputs inputs, Line line) {
    kept.put(inputs.patient().id(), new Kept(inputs, line));
  }

  /** How many patients have a line kept (for tests). */
  int size() {
    return kept.size();
  }
}
