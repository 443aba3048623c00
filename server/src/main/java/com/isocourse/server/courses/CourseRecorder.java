package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.audit.PatientTouched;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.web.ConflictException;
import com.isocourse.server.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends facts to a course. Each event is validated against the scenario contract in the context
 * of the case before anything is written; dates after today are refused (a fact cannot be recorded
 * before it happened). Events of one course are appended under its row lock.
 */
@Service
public class CourseRecorder {
  /** Event types a prescriber or designee records through the generic endpoint. */
  public static final Set<String> CLINICAL_TYPES =
      Set.of(
          "weight",
          "pregnancy-test",
          "contraception",
          "comprehension",
          "counseling",
          "acknowledgement",
          "returned",
          "missed-dose",
          "lab",
          "medication",
          "symptom",
          "mood-screen",
          "review");

  private final CaseFiles files;
  private final CourseRepository courses;
  private final EventStore events;
  private final Clock clock;

  public CourseRecorder(CaseFiles files, CourseRepository courses, EventStore events, Clock clock) {
    this.files = files;
    this.courses = courses;
    this.events = events;
    this.clock = clock;
  }

  /** Validates and appends one event of an allowed type; returns its id. */
  @Transactional
  public long record(
      CurrentUser by, PatientRecord patient, ObjectNode event, Set<String> allowedTypes) {
    JsonNode type = event.get("type");
    if (type == null || !type.isTextual() || !allowedTypes.contains(type.asText())) {
      throw InvalidInputException.of(
          "type", "must be one of " + allowedTypes.stream().sorted().toList());
    }
    PatientTouched.detail("event " + type.asText());
    CaseFile file = files.load(patient);
    if (!file.course().status().equals("ACTIVE") && !type.asText().equals("pregnancy-test")) {
      throw new ConflictException("the course is completed; only pregnancy tests are recorded");
    }
    requireNotFuture(event);
    files.validateEvent(file, event);
    courses.lock(file.course().id());
    return events.append(patient.id(), file.course().id(), event, by.id(), null);
  }

  private void requireNotFuture(ObjectNode event) {
    JsonNode date = event.get("date");
    if (date == null || !date.isTextual()) {
      return; // the contract reader reports the missing or malformed date
    }
    try {
      if (LocalDate.parse(date.asText()).isAfter(LocalDate.now(clock))) {
        throw InvalidInputException.of("date", "must not be after today");
      }
    } catch (DateTimeParseException e) {
      // reported by the contract reader with the contract's wording
    }
  }
}
