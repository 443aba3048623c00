package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.core.plausibility.FactLimits;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends facts to a course. Each event is validated against the scenario contract in the context
 * of the case, then held to core's plausibility limits ({@link FactLimits}: dates between birth and
 * today, PHQ-9 items, mg not taken, lab ranges), before anything is written. Events of one course
 * are appended under its row lock.
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

  /** One fact of a visit, named by the part of the form it came from (for its field errors). */
  public record VisitFact(String part, ObjectNode event) {}

  /**
   * Records the facts of one visit (issue 14 item 3: the one-page monthly visit), all or none: each
   * is checked as {@link #record} checks it, in the case as it stands with the facts before it;
   * when any has a problem, every problem is reported at once with its part's name ({@code
   * weight.kg}, {@code alt.value}) and nothing is kept.
   *
   * @return the new events' ids, in order
   */
  @Transactional
  public List<Long> recordVisit(
      CurrentUser by, PatientRecord patient, List<VisitFact> facts, AuditFacts touched) {
    List<Long> ids = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (VisitFact f : facts) {
      try {
        ids.add(record(by, patient, f.event(), CLINICAL_TYPES, touched));
      } catch (InvalidInputException e) {
        e.problems().forEach(p -> problems.add(p.named(f.part() + "." + p.field())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    touched.detail("visit: " + facts.stream().map(VisitFact::part).toList());
    return ids;
  }

  /** Validates and appends one event of an allowed type; returns its id. */
  @Transactional
  public long record(
      CurrentUser by,
      PatientRecord patient,
      ObjectNode event,
      Set<String> allowedTypes,
      AuditFacts touched) {
    JsonNode type = event.get("type");
    if (type == null || !type.isTextual() || !allowedTypes.contains(type.asText())) {
      throw InvalidInputException.of(
          "type", "must be one of " + allowedTypes.stream().sorted().toList());
    }
    if (by.role() == Role.DESIGNEE && type.asText().equals("review")) {
      // §3.2: only the prescriber's review clears a hard stop, on every channel
      throw new ForbiddenException(
          "only the prescriber may review and clear a hard stop; a designee records facts");
    }
    touched.detail("event " + type.asText());
    CaseFile file = files.load(patient);
    if (file.course().status() != CourseStatus.ACTIVE && !type.asText().equals("pregnancy-test")) {
      throw new ConflictException("the course is completed; only pregnancy tests are recorded");
    }
    files.validateEvent(file, event);
    // Plausible as a fact of this course (dates, PHQ-9 items, mg not taken, lab ranges): one
    // place in core, the same for every channel.
    LocalDate today = LocalDate.now(clock);
    CourseEvent fact =
        ScenarioReader.readEvent(event)
            .orElseThrow(() -> InvalidInputException.of("event", "is not a valid event"));
    List<EntryProblem> problems = FactLimits.check(fact, files.history(file), today);
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems);
    }
    courses.lock(file.course().id());
    return events.append(patient.id(), file.course().id(), event, by.id(), null);
  }
}
