package com.isocourse.server.worklist;

import com.isocourse.core.escalation.SeverityTier;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * A prescriber's patients, most severe first, by the engine's severity tier (core {@code
 * SeverityTier}): safety stop, lab stop, administrative block, overdue, due today, due this week,
 * nothing. Within a tier the trigger that has waited longest comes first, then the earliest due
 * date. Each line names its trigger in words ("Suicidal thoughts reported 2026-11-30").
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

  /**
   * One worklist line.
   *
   * @param urgency the coarse grouping of earlier versions, kept for API clients: BLOCKED (any stop
   *     or block), OVERDUE, DUE_THIS_WEEK (due today or this week) or ON_TRACK
   * @param tier the severity tier: SAFETY_STOP, LAB_STOP, ADMINISTRATIVE_BLOCK, OVERDUE, DUE_TODAY,
   *     DUE_THIS_WEEK or NONE
   * @param trigger what put the patient in the tier, in words ("" when on track)
   */
  public record Entry(
      long patientId,
      String programId,
      String displayName,
      String urgency,
      String readiness,
      List<String> blockers,
      List<DueItem> due,
      String tier,
      String trigger) {}

  /**
   * Reads the prescriber's patients and their lines for today ({@link WorklistLines}: a constant
   * number of queries, histories only for the lines that changed), then orders them. The sort is
   * stable, so ties keep patient order.
   */
  public List<Entry> forPrescriber(long prescriberId, AuditFacts touched) {
    LocalDate today = LocalDate.now(clock);
    List<PatientRecord> mine = patients.findByPrescriber(prescriberId);
    touched.patients(mine.stream().map(PatientRecord::id).toList());
    List<WorklistLineCache.Line> line = lines.of(prescriberId, mine, today);
    List<Integer> order =
        IntStream.range(0, mine.size())
            .boxed()
            .sorted(
                Comparator.comparing((Integer i) -> tier(line.get(i)))
                    .thenComparing(i -> since(line.get(i)))
                    .thenComparing(i -> firstDue(line.get(i))))
            .toList();
    return order.stream().map(i -> entry(mine.get(i), line.get(i))).toList();
  }

  private static Entry entry(PatientRecord p, WorklistLineCache.Line l) {
    CourseSummary.EscalationView e = l.escalation();
    return new Entry(
        p.id(),
        p.programId(),
        p.displayName(),
        urgency(tier(l)),
        l.readiness(),
        l.blockers(),
        l.due(),
        e.tier(),
        String.join("; ", e.triggers()));
  }

  /** The coarse urgency of a tier, as the worklist grouped lines before there were tiers. */
  static String urgency(SeverityTier tier) {
    return switch (tier) {
      case SAFETY_STOP, LAB_STOP, ADMINISTRATIVE_BLOCK -> "BLOCKED";
      case OVERDUE -> "OVERDUE";
      case DUE_TODAY, DUE_THIS_WEEK -> "DUE_THIS_WEEK";
      case NONE -> "ON_TRACK";
    };
  }

  private static SeverityTier tier(WorklistLineCache.Line l) {
    return SeverityTier.valueOf(l.escalation().tier());
  }

  private static LocalDate since(WorklistLineCache.Line l) {
    return Optional.ofNullable(l.escalation().since()).orElse(LocalDate.MAX);
  }

  private static LocalDate firstDue(WorklistLineCache.Line l) {
    return l.due().stream().map(DueItem::date).min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
  }
}
