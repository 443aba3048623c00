package com.isocourse.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.monitoring.CourseDue;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.rulesets.Policy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole-population "what is due or overdue today" sweep: every patient's current course is read
 * with two streaming queries (cases in course order, and the history ordered by course and sequence
 * number, merged), read into core's case history ({@link Population#history}: the columns in core's
 * types, the payloads by the published contract's event reader), and each case's due items (core's
 * {@link CourseDue}: the monitoring schedule while the course is active, the post-course tests once
 * it is completed, as on the worklist) are classified as overdue or due today. No server class is
 * used: the sweep reads the tables the server writes.
 *
 * <p>The reader thread only moves rows: the stored payloads are parsed, read by the contract and
 * scheduled in parallel on batches of 1,000 cases, while the reader fetches the next batch (at most
 * two batches in flight, so memory stays bounded whatever the population).
 */
public final class DueSweep {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1_000;
  private static final Policy DEFAULTS = Policy.defaults();

  /** Patients swept, how many have something overdue, how many something due today, seconds. */
  public record Result(long patients, long overdue, long dueToday, double seconds) {}

  /** A case as read, payloads still text. */
  private record RawCase(
      Population.PatientRow patient,
      Population.CourseRow course,
      Boolean certified,
      List<String> events) {}

  private DueSweep() {}

  public static Result run(String url, LocalDate today) throws SQLException {
    long t0 = System.nanoTime();
    long[] counts = new long[3];
    try (Connection cases = DriverManager.getConnection(url);
        Connection history = DriverManager.getConnection(url)) {
      cases.setAutoCommit(false);
      history.setAutoCommit(false);
      try (PreparedStatement cs =
              cases.prepareStatement(
                  "select p.id, p.program_id, p.display_name, p.birth_date, p.jurisdiction,"
                      + " p.risk_category, p.enrolled_on, p.home_testing_allowed,"
                      + " p.prescriber_id, pr.certified, c.id as course_id, c.formulation,"
                      + " c.first_dose_date, c.target_mg_per_kg, c.previous_course_last_dose,"
                      + " c.planned_mg_per_kg_per_day, c.status, c.completed_on"
                      + " from patient p"
                      + " join lateral (select * from course where patient_id = p.id"
                      + "   order by id desc fetch first 1 rows only) c on true"
                      + " left join prescriber pr on pr.user_id = p.prescriber_id"
                      + " order by c.id");
          PreparedStatement hs =
              history.prepareStatement(
                  "select course_id, payload from course_event" + " order by course_id, seq")) {
        cs.setFetchSize(2_000);
        hs.setFetchSize(10_000);
        CompletableFuture<long[]> inFlight = CompletableFuture.completedFuture(new long[3]);
        try (ResultSet c = cs.executeQuery();
            ResultSet h = hs.executeQuery()) {
          boolean hMore = h.next();
          List<RawCase> batch = new ArrayList<>(BATCH);
          while (c.next()) {
            long courseId = c.getLong("course_id");
            List<String> events = new ArrayList<>();
            while (hMore && h.getLong(1) < courseId) {
              hMore = h.next();
            }
            while (hMore && h.getLong(1) == courseId) {
              events.add(h.getString(2));
              hMore = h.next();
            }
            Boolean certified = (Boolean) c.getObject("certified");
            batch.add(new RawCase(patient(c), course(c, courseId), certified, events));
            if (batch.size() == BATCH) {
              inFlight = next(inFlight, batch, today, counts);
              batch = new ArrayList<>(BATCH);
            }
          }
          add(counts, next(inFlight, batch, today, counts));
        } catch (CompletionException e) {
          throw new SQLException("sweep failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
      cases.rollback();
      history.rollback();
    }
    return new Result(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Waits for the batch in flight, adds its counts, and starts {@code batch}: so the reader runs
   * ahead by one batch at most.
   */
  private static CompletableFuture<long[]> next(
      CompletableFuture<long[]> inFlight, List<RawCase> batch, LocalDate today, long[] counts) {
    add(counts, inFlight);
    return CompletableFuture.supplyAsync(() -> classify(batch, today));
  }

  private static void add(long[] counts, CompletableFuture<long[]> batch) {
    long[] done = batch.join();
    for (int i = 0; i < counts.length; i++) {
      counts[i] += done[i];
    }
  }

  private static long[] classify(List<RawCase> batch, LocalDate today) {
    List<List<DueItem>> due = batch.parallelStream().map(r -> due(r, today)).toList();
    long[] counts = new long[3];
    for (List<DueItem> items : due) {
      counts[0]++;
      if (items.stream().anyMatch(d -> d.overdueOn(today))) {
        counts[1]++;
      } else if (items.stream().anyMatch(d -> !d.date().isAfter(today))) {
        counts[2]++;
      }
    }
    return counts;
  }

  private static List<DueItem> due(RawCase r, LocalDate today) {
    List<ObjectNode> events = new ArrayList<>(r.events().size());
    for (String payload : r.events()) {
      events.add(parse(payload));
    }
    CaseHistory history = Population.history(r.patient(), r.course(), r.certified(), events);
    return CourseDue.of(
        history,
        CourseStatus.valueOf(r.course().status()),
        Optional.ofNullable(r.course().completedOn()),
        today,
        DEFAULTS);
  }

  private static ObjectNode parse(String payload) {
    try {
      return (ObjectNode) JSON.readTree(payload);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored payload is not JSON", e);
    }
  }

  private static Double decimal(ResultSet c, String column) throws SQLException {
    java.math.BigDecimal d = c.getBigDecimal(column);
    return d == null ? null : d.doubleValue();
  }

  private static Population.PatientRow patient(ResultSet c) throws SQLException {
    return new Population.PatientRow(
        c.getLong("id"),
        c.getString("program_id"),
        c.getString("display_name"),
        c.getObject("birth_date", LocalDate.class),
        c.getString("jurisdiction"),
        c.getString("risk_category"),
        c.getObject("enrolled_on", LocalDate.class),
        c.getBoolean("home_testing_allowed"));
  }

  private static Population.CourseRow course(ResultSet c, long courseId) throws SQLException {
    return new Population.CourseRow(
        courseId,
        c.getLong("id"),
        c.getString("formulation"),
        c.getObject("first_dose_date", LocalDate.class),
        decimal(c, "target_mg_per_kg"),
        c.getObject("previous_course_last_dose", LocalDate.class),
        decimal(c, "planned_mg_per_kg_per_day"),
        c.getString("status"),
        c.getObject("completed_on", LocalDate.class));
  }
}
