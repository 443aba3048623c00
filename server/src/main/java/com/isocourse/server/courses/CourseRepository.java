package com.isocourse.server.courses;

import com.isocourse.core.course.CourseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses in plain SQL; a patient's current course is their latest one. */
@Repository
public class CourseRepository {
  private static final String COLUMNS =
      "id, patient_id, formulation, first_dose_date, target_mg_per_kg, previous_course_last_dose,"
          + " planned_mg_per_kg_per_day, status, completed_on";

  /**
   * The ids of the current courses of one prescriber's patients (parameter: the prescriber's user
   * id), for set-based loading.
   */
  static final String CURRENT_COURSE_IDS_OF_PRESCRIBER =
      "select distinct on (patient_id) id from course where patient_id in"
          + " (select id from patient where prescriber_id = ?) order by patient_id, id desc";

  private final JdbcClient jdbc;

  public CourseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long create(long patientId, LocalDate previousCourseLastDose) {
    return jdbc.sql(
            "insert into course (patient_id, previous_course_last_dose) values (?, ?) returning id")
        .params(patientId, previousCourseLastDose)
        .query(Long.class)
        .single();
  }

  public Optional<CourseRecord> current(long patientId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from course where patient_id = ? order by id desc fetch first 1 rows only")
        .param(patientId)
        .query(CourseRepository::row)
        .optional();
  }

  /**
   * The current course of each of a prescriber's patients with the version of its history, by
   * patient id (one query). The version is read from the last event by the {@code (course_id, seq)}
   * index, one row per course ({@link HistoryVersion}).
   */
  public Map<Long, CurrentCourse> currentOfPrescriber(long prescriberId) {
    Map<Long, CurrentCourse> out = new HashMap<>();
    jdbc.sql(
            "select c.*, v.seq as last_seq, v.id as last_event_id,"
                + " v.recorded_at as last_recorded_at from (select distinct on (patient_id) "
                + COLUMNS
                + " from course where patient_id in"
                + " (select id from patient where prescriber_id = ?) order by patient_id, id desc) c"
                + " left join lateral (select e.seq, e.id, e.recorded_at from course_event e"
                + " where e.course_id = c.id order by e.seq desc fetch first 1 rows only) v on true")
        .param(prescriberId)
        .query(
            (rs, n) -> {
              Timestamp at = rs.getTimestamp("last_recorded_at");
              HistoryVersion history =
                  at == null
                      ? HistoryVersion.EMPTY
                      : new HistoryVersion(
                          rs.getInt("last_seq"), rs.getLong("last_event_id"), at.toInstant());
              return new CurrentCourse(row(rs, n), history);
            })
        .list()
        .forEach(c -> out.put(c.course().patientId(), c));
    return out;
  }

  /** Locks the course row: appends to one course are serialized (event sequence numbers). */
  public CourseRecord lock(long courseId) {
    return jdbc.sql("select " + COLUMNS + " from course where id = ? for update")
        .param(courseId)
        .query(CourseRepository::row)
        .single();
  }

  public void plan(long courseId, String formulation, double mgPerKgPerDay, double target) {
    jdbc.sql(
            "update course set formulation = ?, planned_mg_per_kg_per_day = ?, target_mg_per_kg = ?"
                + " where id = ?")
        .params(formulation, mgPerKgPerDay, target, courseId)
        .update();
  }

  public void startIfNotStarted(long courseId, LocalDate firstDose) {
    jdbc.sql("update course set first_dose_date = ? where id = ? and first_dose_date is null")
        .params(firstDose, courseId)
        .update();
  }

  public void complete(long courseId, LocalDate lastDose) {
    jdbc.sql("update course set status = 'COMPLETED', completed_on = ? where id = ?")
        .params(lastDose, courseId)
        .update();
  }

  static CourseRecord row(ResultSet rs, int n) throws SQLException {
    return new CourseRecord(
        rs.getLong("id"),
        rs.getLong("patient_id"),
        rs.getString("formulation"),
        rs.getObject("first_dose_date", LocalDate.class),
        number(rs, "target_mg_per_kg"),
        rs.getObject("previous_course_last_dose", LocalDate.class),
        number(rs, "planned_mg_per_kg_per_day"),
        CourseStatus.valueOf(rs.getString("status")),
        rs.getObject("completed_on", LocalDate.class));
  }

  private static Double number(ResultSet rs, String column) throws SQLException {
    java.math.BigDecimal d = rs.getBigDecimal(column);
    return d == null ? null : d.doubleValue();
  }
}
