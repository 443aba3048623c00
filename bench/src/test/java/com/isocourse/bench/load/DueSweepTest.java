package com.isocourse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.monitoring.CourseDue;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.platform.db.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's due items (the bench's own reading of the rows, core's {@link CourseDue}) are the
 * server's worklist's, and the sweep over a stored population counts exactly what classifying the
 * same generated cases in memory counts.
 */
class DueSweepTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final int PATIENTS = 600;

  @TempDir Path dir;

  @Test
  void dueItemsAreTheWorklistLinesForActiveAndCompletedCourses() {
    Population p = new Population(42, TODAY);
    CourseSummaries summaries =
        new CourseSummaries(
            ServerMirror.CASE_FILES,
            null,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    int[] completed = new int[1];
    IntStream.range(0, 400)
        .mapToObj(p::patient)
        .forEach(
            g -> {
              CaseFile file = ServerMirror.caseFile(g);
              List<DueItem> due = due(g);
              assertThat(due)
                  .as("patient %d (%s)", g.index(), g.state())
                  .isEqualTo(summaries.worklistLine(file, "(next)", Map.of(), TODAY).due());
              if (!file.course().status().equals("ACTIVE")) {
                completed[0]++;
              }
            });
    assertThat(completed[0]).as("completed courses among the cases").isPositive();
  }

  @Test
  void sweepOfStoredPopulationCountsWhatTheCasesSay() throws Exception {
    Population p = new Population(42, TODAY);
    long[] expected = new long[3];
    for (int i = 0; i < PATIENTS; i++) {
      List<DueItem> due = due(p.patient(i));
      expected[0]++;
      if (due.stream().anyMatch(d -> d.overdueOn(TODAY))) {
        expected[1]++;
      } else if (due.stream().anyMatch(d -> !d.date().isAfter(TODAY))) {
        expected[2]++;
      }
    }
    assertThat(expected[1]).as("some overdue").isPositive();
    assertThat(expected[2]).as("some due today").isPositive();

    Files.setPosixFilePermissions(
        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    try (EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("pgdata"), 0)) {
      pg.createDatabaseIfMissing("isocourse");
      String url = pg.jdbcUrl("isocourse") + "?user=" + pg.user() + "&password=" + pg.password();
      try (PopulationLoader loader = new PopulationLoader(url)) {
        loader.migrate();
        var clinic = loader.clinic(Population.prescribers(PATIENTS));
        loader.load(p, 0, PATIENTS, clinic.prescriberIds(), clinic.pharmacyId(), null);
      }
      DueSweep.Result r = DueSweep.run(url, TODAY);
      assertThat(new long[] {r.patients(), r.overdue(), r.dueToday()}).containsExactly(expected);
    }
  }

  /** What the bench's sweep finds due for a generated patient, read without the server. */
  private static List<DueItem> due(Population.Generated g) {
    return CourseDue.of(
        Population.history(g.patient(), g.course(), true, g.events()),
        CourseStatus.valueOf(g.course().status()),
        Optional.ofNullable(g.course().completedOn()),
        TODAY,
        Policy.defaults());
  }
}
