package com.isocourse.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.ParsedScenario;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.DispenseRules;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CourseRecord;
import com.isocourse.server.courses.StoredEvent;
import com.isocourse.server.patients.PatientRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-population "what is due or overdue today" sweep: every patient's current course is read
 * with two streaming queries (cases in course order, and the history ordered by course and sequence
 * number, merged), turned into the engine's input by the server's {@code CaseFiles} scenario
 * builder, and the engine's due items are classified as overdue or due today, as the worklist does.
 * Decisions run in parallel on batches of 1,000 cases while the reader waits.
 */
public final class DueSweep {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1_000;

  /** Patients swept, how many have something overdue, how many something due today, seconds. */
  public record Result(long patients, long overdue, long dueToday, double seconds) {}

  private DueSweep() {}

  public static Result run(String url, LocalDate today) throws SQLException {
    long t0 = System.nanoTime();
    long[] counts = new long[3];
    try (Connection cases = DriverManager.getConnection(url, "postgres", "");
        Connection history = DriverManager.getConnection(url, "postgres", "")) {
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
                  "select course_id, seq, type, payload, recorded_by from course_event"
                      + " order by course_id, seq")) {
        cs.setFetchSize(2_000);
        hs.setFetchSize(10_000);
        try (ResultSet c = cs.executeQuery();
            ResultSet h = hs.executeQuery()) {
          boolean hMore = h.next();
          List<CaseFile> batch = new ArrayList<>(BATCH);
          while (c.next()) {
            long courseId = c.getLong("course_id");
            List<StoredEvent> events = new ArrayList<>();
            while (hMore && h.getLong(1) < courseId) {
              hMore = h.next();
            }
            while (hMore && h.getLong(1) == courseId) {
              events.add(
                  new StoredEvent(
                      0,
                      h.getInt(2),
                      h.getString(3),
                      (ObjectNode) JSON.readTree(h.getString(4)),
                      h.getLong(5),
                      Instant.EPOCH));
              hMore = h.next();
            }
            Boolean certified = (Boolean) c.getObject("certified");
            batch.add(new CaseFile(patient(c), course(c, courseId), events, certified));
            if (batch.size() == BATCH) {
              classify(batch, today, counts);
              batch.clear();
            }
          }
          classify(batch, today, counts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new SQLException("stored payload is not JSON", e);
        }
      }
      cases.rollback();
      history.rollback();
    }
    return new Result(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
  }

  private static void classify(List<CaseFile> batch, LocalDate today, long[] counts) {
    List<List<DueItem>> due =
        batch.parallelStream()
            .map(
                f -> {
                  ParsedScenario s =
                      Population.CASE_FILES.scenario(f, "(sweep)", today, null, null);
                  DispenseDecision d =
                      DispenseRules.decide(s.history(), s.request(), s.ruleSet(), s.policy());
                  return d.due();
                })
            .toList();
    for (List<DueItem> items : due) {
      counts[0]++;
      if (items.stream().anyMatch(d -> d.overdueOn(today))) {
        counts[1]++;
      } else if (items.stream().anyMatch(d -> !d.date().isAfter(today))) {
        counts[2]++;
      }
    }
  }

  private static PatientRecord patient(ResultSet c) throws SQLException {
    return new PatientRecord(
        c.getLong("id"),
        c.getString("program_id"),
        c.getString("display_name"),
        c.getObject("birth_date", LocalDate.class),
        c.getString("jurisdiction"),
        c.getString("risk_category"),
        c.getObject("enrolled_on", LocalDate.class),
        c.getBoolean("home_testing_allowed"),
        c.getLong("prescriber_id"));
  }

  private static Double decimal(ResultSet c, String column) throws SQLException {
    java.math.BigDecimal d = c.getBigDecimal(column);
    return d == null ? null : d.doubleValue();
  }

  private static CourseRecord course(ResultSet c, long courseId) throws SQLException {
    return new CourseRecord(
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
