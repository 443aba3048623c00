package com.isocourse.server.patients;

import com.isocourse.core.monitoring.DueItem;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.courses.PrescriptionRepository.PrescriptionRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A prescriber's patients, most urgent first: blocked (the next dispense would be denied), then
 * overdue items, then items due within 7 days, then the rest; ties by earliest due date.
 */
@Service
public class Worklist {
  private final PatientRepository patients;
  private final CaseFiles files;
  private final CourseSummaries summaries;
  private final PrescriptionRepository prescriptions;
  private final Clock clock;

  public Worklist(
      PatientRepository patients,
      CaseFiles files,
      CourseSummaries summaries,
      PrescriptionRepository prescriptions,
      Clock clock) {
    this.patients = patients;
    this.prescriptions = prescriptions;
    this.files = files;
    this.summaries = summaries;
    this.clock = clock;
  }

  /** One worklist line. */
  public record Entry(
      long patientId,
      String programId,
      String displayName,
      String urgency,
      String readiness,
      List<String> blockers,
      List<DueItem> due) {}

  /**
   * Loads every case of the prescriber in a constant number of queries (patients, current courses,
   * histories, prescriptions, certification, policy), then summarizes each case in memory.
   */
  public List<Entry> forPrescriber(long prescriberId) {
    LocalDate today = LocalDate.now(clock);
    List<PatientRecord> mine = patients.findByPrescriber(prescriberId);
    List<CaseFile> cases = files.loadAll(prescriberId, mine);
    Map<Long, List<PrescriptionRow>> rx = prescriptions.forCurrentCoursesOfPrescriber(prescriberId);
    Map<String, String> policy = files.policyOverrides();
    // Summarizing is CPU only (the engine on in-memory cases): spread it over the cores. The
    // sort is stable for this ordered stream, so ties keep patient order as before.
    return cases.parallelStream()
        .map(
            f ->
                entry(
                    summaries.worklistLine(f, rx.getOrDefault(f.course().id(), List.of()), policy),
                    today))
        .sorted(Comparator.comparingInt(Worklist::rank).thenComparing(Worklist::firstDue))
        .toList();
  }

  private static Entry entry(CourseSummary s, LocalDate today) {
    String urgency;
    if (!s.blockers().isEmpty()) {
      urgency = "BLOCKED";
    } else if (s.due().stream().anyMatch(d -> d.overdueOn(today))) {
      urgency = "OVERDUE";
    } else if (s.due().stream().anyMatch(d -> !d.date().isAfter(today.plusDays(7)))) {
      urgency = "DUE_THIS_WEEK";
    } else {
      urgency = "ON_TRACK";
    }
    return new Entry(
        s.patientId(),
        s.programId(),
        s.displayName(),
        urgency,
        s.readiness(),
        s.blockers().stream().map(f -> f.code().name()).toList(),
        s.due());
  }

  private static int rank(Entry e) {
    return List.of("BLOCKED", "OVERDUE", "DUE_THIS_WEEK", "ON_TRACK").indexOf(e.urgency());
  }

  private static LocalDate firstDue(Entry e) {
    return e.due().stream().map(DueItem::date).min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
  }
}
