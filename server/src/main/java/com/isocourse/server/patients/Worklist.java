package com.isocourse.server.patients;

import com.isocourse.core.monitoring.DueItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * A prescriber's patients, most urgent first: blocked (the next dispense would be denied), then
 * overdue items, then items due within 7 days, then the rest; ties by earliest due date.
 */
@Service
public class Worklist {
  private final PatientRepository patients;
  private final WorklistLines lines;
  private final Clock clock;

  Worklist(PatientRepository patients, WorklistLines lines, Clock clock) {
    this.patients = patients;
    this.lines = lines;
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
   * Reads the prescriber's patients and their lines for today ({@link WorklistLines}: a constant
   * number of queries, histories only for the lines that changed), then orders them. The sort is
   * stable, so ties keep patient order.
   */
  public List<Entry> forPrescriber(long prescriberId) {
    LocalDate today = LocalDate.now(clock);
    List<PatientRecord> mine = patients.findByPrescriber(prescriberId);
    List<WorklistLineCache.Line> line = lines.of(prescriberId, mine, today);
    return IntStream.range(0, mine.size())
        .mapToObj(i -> entry(mine.get(i), line.get(i), today))
        .sorted(Comparator.comparingInt(Worklist::rank).thenComparing(Worklist::firstDue))
        .toList();
  }

  private static Entry entry(PatientRecord p, WorklistLineCache.Line l, LocalDate today) {
    String urgency;
    if (!l.blockers().isEmpty()) {
      urgency = "BLOCKED";
    } else if (l.due().stream().anyMatch(d -> d.overdueOn(today))) {
      urgency = "OVERDUE";
    } else if (l.due().stream().anyMatch(d -> !d.date().isAfter(today.plusDays(7)))) {
      urgency = "DUE_THIS_WEEK";
    } else {
      urgency = "ON_TRACK";
    }
    return new Entry(
        p.id(), p.programId(), p.displayName(), urgency, l.readiness(), l.blockers(), l.due());
  }

  private static int rank(Entry e) {
    return List.of("BLOCKED", "OVERDUE", "DUE_THIS_WEEK", "ON_TRACK").indexOf(e.urgency());
  }

  private static LocalDate firstDue(Entry e) {
    return e.due().stream().map(DueItem::date).min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
  }
}
