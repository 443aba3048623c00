package com.isocourse.server.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.escalation.Escalation;
import com.isocourse.core.escalation.SeverityTier;
import com.isocourse.core.escalation.Trigger;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.courses.CourseRecord;
import com.isocourse.server.courses.CourseSummary.EscalationView;
import com.isocourse.server.courses.HistoryVersion;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.worklist.WorklistLineCache.Inputs;
import com.isocourse.server.worklist.WorklistLineCache.Line;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorklistLineCacheTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final Line LINE =
      new Line(
          "AUTHORIZED",
          List.of(),
          List.of(new DueItem("ALT", DAY.plusDays(20))),
          EscalationView.of(Escalation.NONE));
  private static final Line OTHER =
      new Line(
          "DENIED",
          List.of("COUNSELING_NOT_CONFIRMED"),
          List.of(),
          EscalationView.of(
              new Escalation(
                  SeverityTier.ADMINISTRATIVE_BLOCK,
                  List.of(new Trigger.Reason(ReasonCode.COUNSELING_NOT_CONFIRMED)))));

  private static PatientRecord patient(long id) {
    return new PatientRecord(
        id, "P-" + id, "Pat " + id, LocalDate.of(2000, 5, 5), "US", null, DAY, false, 7);
  }

  private static Inputs inputs(long patientId) {
    return new Inputs(
        patient(patientId),
        new CourseRecord(
            100 + patientId,
            patientId,
            "conventional",
            DAY,
            135.0,
            null,
            0.5,
            CourseStatus.ACTIVE,
            null),
        new HistoryVersion(5, 1000 + patientId, Instant.parse("2026-12-01T10:00:00Z")),
        true,
        "rx-" + patientId + "-1",
        Map.of("tg.stopMgDl", "800"),
        DAY);
  }

  @Test
  void aLineIsFoundOnlyForEqualInputs() {
    WorklistLineCache cache = new WorklistLineCache(10);
    Inputs in = inputs(1);
    cache.keep(in, LINE);
    assertThat(cache.find(inputs(1))).isSameAs(LINE);

    List<Inputs> changed =
        List.of(
            new Inputs(
                new PatientRecord(
                    1,
                    "P-1",
                    "Pat 1",
                    LocalDate.of(2000, 5, 5),
                    "US",
                    "CAN_GET_PREGNANT",
                    DAY,
                    false,
                    7),
                in.course(),
                in.history(),
                true,
                in.nextPrescription(),
                in.policyOverrides(),
                DAY),
            new Inputs(
                in.patient(),
                new CourseRecord(
                    101, 1, "conventional", DAY, 135.0, null, 1.0, CourseStatus.ACTIVE, null),
                in.history(),
                true,
                in.nextPrescription(),
                in.policyOverrides(),
                DAY),
            in.withHistory(new HistoryVersion(6, 1001, in.history().lastRecordedAt())),
            in.withHistory(new HistoryVersion(5, 9999, in.history().lastRecordedAt())),
            in.withHistory(new HistoryVersion(5, 1001, Instant.parse("2027-01-01T00:00:00Z"))),
            new Inputs(
                in.patient(),
                in.course(),
                in.history(),
                null,
                in.nextPrescription(),
                in.policyOverrides(),
                DAY),
            new Inputs(
                in.patient(), in.course(), in.history(), true, "(next)", in.policyOverrides(), DAY),
            new Inputs(
                in.patient(),
                in.course(),
                in.history(),
                true,
                in.nextPrescription(),
                Map.of(),
                DAY),
            new Inputs(
                in.patient(),
                in.course(),
                in.history(),
                true,
                in.nextPrescription(),
                in.policyOverrides(),
                DAY.plusDays(1)));
    for (Inputs c : changed) {
      assertThat(cache.find(c)).as(c.toString()).isNull();
    }
  }

  @Test
  void aRecomputedLineReplacesThePatientsOldOne() {
    WorklistLineCache cache = new WorklistLineCache(10);
    Inputs in = inputs(1);
    Inputs next = in.withHistory(new HistoryVersion(6, 1002, in.history().lastRecordedAt()));
    cache.keep(in, LINE);
    cache.keep(next, OTHER);
    assertThat(cache.size()).isOne();
    assertThat(cache.find(next)).isSameAs(OTHER);
    assertThat(cache.find(in)).isNull();
  }

  @Test
  void theCacheStaysBoundedAndDropsAboutATenthWhenFull() {
    WorklistLineCache cache = new WorklistLineCache(20);
    for (long id = 1; id <= 20; id++) {
      cache.keep(inputs(id), LINE);
    }
    assertThat(cache.size()).isEqualTo(20);
    cache.keep(inputs(21), LINE);
    assertThat(cache.size()).isEqualTo(18);
    for (long id = 22; id <= 100; id++) {
      cache.keep(inputs(id), LINE);
    }
    assertThat(cache.size()).isBetween(18, 20);
    long found =
        java.util.stream.LongStream.rangeClosed(1, 100)
            .filter(id -> cache.find(inputs(id)) != null)
            .count();
    assertThat(found).isEqualTo(cache.size());

    WorklistLineCache none = new WorklistLineCache(0);
    none.keep(inputs(1), LINE);
    assertThat(none.size()).isZero();
    assertThat(none.find(inputs(1))).isNull();
  }
}
