package com.isocourse.server.courses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only course history. Payloads are stored exactly in the scenario contract's event
 * shape, so the engine's input is rebuilt from the database without translation. Callers hold the
 * course row lock ({@link CourseRepository#lock}) while appending. Each append is announced ({@link
 * EventAppended}) inside the appending transaction.
 */
@Repository
public class EventStore {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final ParsedEvents parsed;
  private final ApplicationEventPublisher appended;

  public EventStore(
      JdbcClient jdbc, ObjectMapper json, ParsedEvents parsed, ApplicationEventPublisher appended) {
    this.jdbc = jdbc;
    this.json = json;
    this.parsed = parsed;
    this.appended = appended;
  }

  public long append(
      long patientId, long courseId, ObjectNode payload, long recordedBy, String reason) {
    int seq =
        jdbc.sql("select coalesce(max(seq), 0) + 1 from course_event where course_id = ?")
            .param(courseId)
            .query(Integer.class)
            .single();
    String type = payload.get("type").asText();
    long id =
        jdbc.sql(
                "insert into course_event (patient_id, course_id, seq, type, event_date, payload,"
                    + " recorded_by, reason) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)"
                    + " returning id")
            .params(
                patientId,
                courseId,
                seq,
                type,
                LocalDate.parse(payload.get("date").asText()),
                write(payload),
                recordedBy,
                reason)
            .query(Long.class)
            .single();
    appended.publishEvent(
        new EventAppended(id, patientId, courseId, type, payload.deepCopy(), recordedBy));
    return id;
  }

  /** The patient whose course holds the event, if there is such an event. */
  public java.util.Optional<Long> patientOf(long eventId) {
    return jdbc.sql("select patient_id from course_event where id = ?")
        .param(eventId)
        .query(Long.class)
        .optional();
  }

  public List<StoredEvent> history(long courseId) {
    return jdbc.sql(
            "select id, seq, type, payload, recorded_by, recorded_at from course_event"
                + " where course_id = ? order by seq")
        .param(courseId)
        .query(this::row)
        .list();
  }

  /**
   * The histories of the given courses in one query, by course id, each in sequence order; a course
   * without events has no entry.
   */
  public Map<Long, List<StoredEvent>> histories(Collection<Long> courseIds) {
    Map<Long, List<StoredEvent>> out = new HashMap<>();
    if (courseIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "select course_id, id, seq, type, payload, recorded_by, recorded_at from course_event"
                + " where course_id = any(?) order by course_id, seq")
        .param(courseIds.toArray(Long[]::new))
        .query(
            rs -> {
              out.computeIfAbsent(rs.getLong("course_id"), k -> new ArrayList<>()).add(row(rs, 0));
            });
    return out;
  }

  private StoredEvent row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long id = rs.getLong("id");
    return new StoredEvent(
        id,
        rs.getInt("seq"),
        rs.getString("type"),
        parsed.payload(id, rs.getString("payload"), this::read),
        rs.getLong("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  /** The history version: the highest sequence number, 0 for an empty history. */
  public int version(long courseId) {
    return jdbc.sql("select coalesce(max(seq), 0) from course_event where course_id = ?")
        .param(courseId)
        .query(Integer.class)
        .single();
  }

  private String write(ObjectNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode read(String text) {
    try {
      return (ObjectNode) json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored event payload is not JSON", e);
    }
  }
}
