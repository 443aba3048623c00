package com.isocourse.server.worklist;

import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRepository;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.CurrentCourse;
import com.isocourse.server.courses.EventStore;
import com.isocourse.server.courses.HistoryVersion;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.courses.PrescriptionRepository.PrescriptionState;
import com.isocourse.server.courses.StoredEvent;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.worklist.WorklistLineCache.Inputs;
import com.isocourse.server.worklist.WorklistLineCache.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

/**
 * The worklist lines of a prescriber's patients for a day, computed only where something they
 * depend on changed. A view reads what every line depends on in four small queries (current courses
 * with their history versions, prescription states, certification, policy), takes the unchanged
 * lines from {@link WorklistLineCache}, and loads and summarizes the histories of the others only:
 * a repeat view with nothing changed loads no history and runs no engine.
 */
@Service
class WorklistLines {
  private final CourseRepository courses;
  private final PrescriptionRepository prescriptions;
  private final EventStore events;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final WorklistLineCache cache;
  private final AtomicLong computed = new AtomicLong();

  WorklistLines(
      CourseRepository courses,
      PrescriptionRepository prescriptions,
      EventStore events,
      CaseFiles files,
      CourseSummaries summaries,
      WorklistLineCache cache) {
    this.courses = courses;
    this.prescriptions = prescriptions;
    this.events = events;
    this.files = files;
    this.summaries = summaries;
    this.cache = cache;
  }

  /** The line of each of the prescriber's patients (given, in order) on {@code today}. */
  List<Line> of(long prescriberId, List<PatientRecord> patients, LocalDate today) {
    return of(prescriberId, patients, today, true);
  }

  /**
   * As {@link #of(long, List, LocalDate)}; {@code parallel} false computes the missing lines on the
   * calling thread only (the background warm-up, which must not take the cores from requests).
   */
  List<Line> of(
      long prescriberId, List<PatientRecord> patients, LocalDate today, boolean parallel) {
    Map<Long, CurrentCourse> current = courses.currentOfPrescriber(prescriberId);
    Map<Long, List<PrescriptionState>> rx =
        prescriptions.statesOfCurrentCoursesOfPrescriber(prescriberId);
    Boolean certified = files.prescriberCertified(prescriberId);
    Map<String, String> policy = files.policyOverrides();
    List<Inputs> inputs = new ArrayList<>(patients.size());
    List<Line> lines = new ArrayList<>(patients.size());
    List<Integer> missing = new ArrayList<>();
    for (PatientRecord p : patients) {
      if (p.prescriberId() != prescriberId) {
        throw new IllegalArgumentException("patient " + p.id() + " is not the prescriber's");
      }
      CurrentCourse c = Optional.ofNullable(current.get(p.id())).orElseThrow();
      String next = CourseSummaries.nextPrescription(rx.getOrDefault(c.course().id(), List.of()));
      Inputs in = new Inputs(p, c.course(), c.history(), certified, next, policy, today);
      Line line = cache.find(in);
      if (line == null) {
        missing.add(lines.size());
      }
      inputs.add(in);
      lines.add(line);
    }
    if (!missing.isEmpty()) {
      Map<Long, List<StoredEvent>> histories =
          events.histories(missing.stream().map(i -> inputs.get(i).course().id()).toList());
      // Summarizing is CPU only (the engine on in-memory cases): spread it over the cores.
      List<Line> fresh =
          (parallel ? missing.parallelStream() : missing.stream())
              .map(i -> compute(inputs.get(i), histories.get(inputs.get(i).course().id())))
              .toList();
      for (int k = 0; k < missing.size(); k++) {
        lines.set(missing.get(k), fresh.get(k));
      }
    }
    return lines;
  }

  /**
   * Summarizes the case and keeps the line under the version of the history it was computed from,
   * which is newer than the one read with the course if an event was appended in between.
   */
  private Line compute(Inputs in, List<StoredEvent> loaded) {
    List<StoredEvent> history = loaded == null ? List.of() : loaded;
    CaseFile file = new CaseFile(in.patient(), in.course(), history, in.prescriberCertified());
    Line line =
        Line.of(
            summaries.worklistLine(file, in.nextPrescription(), in.policyOverrides(), in.today()));
    cache.keep(in.withHistory(HistoryVersion.of(history)), line);
    computed.incrementAndGet();
    return line;
  }

  /** How many lines have been computed rather than taken from the cache (for tests). */
  long computed() {
    return computed.get();
  }
}
