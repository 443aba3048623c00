package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.FieldError;
import com.isocourse.contract.InvalidInputException;
import com.isocourse.contract.ParsedScenario;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.server.admin.ClinicPolicyRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.web.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a patient's case file and turns it into the engine's input. The stored rows are read as a
 * scenario of the shared contract by the contract's {@link ScenarioReader} (the stored event
 * payloads in place, without writing the scenario out and parsing it back), so the server and
 * {@code isocourse evaluate} see a case identically, and a stored event is valid exactly when the
 * contract says so.
 */
@Component
public class CaseFiles {
  private final CourseRepository courses;
  private final EventStore events;
  private final ClinicPolicyRepository policy;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final ParsedEvents parsed;

  public CaseFiles(
      CourseRepository courses,
      EventStore events,
      ClinicPolicyRepository policy,
      JdbcClient jdbc,
      ObjectMapper json,
      ParsedEvents parsed) {
    this.courses = courses;
    this.events = events;
    this.policy = policy;
    this.jdbc = jdbc;
    this.json = json;
    this.parsed = parsed;
  }

  public CaseFile load(PatientRecord patient) {
    return load(patient, prescriberCertified(patient.prescriberId()));
  }

  /**
   * As {@link #load(PatientRecord)}, with the prescriber's certification (null when the prescriber
   * row is missing) already read by the caller in a query of its own, which saves a round trip.
   */
  public CaseFile load(PatientRecord patient, Boolean prescriberCertified) {
    CourseRecord course = courses.current(patient.id()).orElseThrow();
    return new CaseFile(patient, course, events.history(course.id()), prescriberCertified);
  }

  /**
   * Whether the prescriber is certified, as the engine reads it: null when the prescriber row is
   * missing (read once for many case files).
   */
  public Boolean prescriberCertified(long prescriberId) {
    return jdbc.sql("select certified from prescriber where user_id = ?")
        .param(prescriberId)
        .query(Boolean.class)
        .optional()
        .orElse(null);
  }

  /** The clinic's policy overrides, read once for many {@link #scenario} calls. */
  public Map<String, String> policyOverrides() {
    return policy.overrides();
  }

  /**
   * The engine input for a dispense question on the case.
   *
   * @param pharmacyActive the asking pharmacy's status; null when no pharmacy asks (summaries)
   * @param capsules what the pharmacy intends to hand over, or null for the prescription's regimen
   */
  public ParsedScenario scenario(
      CaseFile file,
      String prescriptionId,
      LocalDate date,
      Boolean pharmacyActive,
      ArrayNode capsules) {
    return scenario(file, prescriptionId, date, pharmacyActive, capsules, policy.overrides());
  }

  /**
   * As {@link #scenario(CaseFile, String, LocalDate, Boolean, ArrayNode)} with the clinic's policy
   * overrides already read (one read for many cases).
   */
  public ParsedScenario scenario(
      CaseFile file,
      String prescriptionId,
      LocalDate date,
      Boolean pharmacyActive,
      ArrayNode capsules,
      Map<String, String> policyOverrides) {
    ObjectNode s = base(file, List.of(), policyOverrides);
    if (pharmacyActive != null) {
      s.putObject("pharmacy").put("active", pharmacyActive);
    } else {
      s.putObject("pharmacy").put("active", true);
    }
    ObjectNode request = s.putObject("request");
    request.put("type", "dispense").put("prescriptionId", prescriptionId);
    request.put("date", date.toString());
    if (capsules != null) {
      request.set("capsules", capsules);
    }
    // Each stored event is read once (ParsedEvents) and handed over as read; if any event has a
    // problem, the whole scenario is read with the stored payloads in place, which reports every
    // problem exactly as writing the scenario out and reading it back would.
    List<CourseEvent> read = new ArrayList<>(file.events().size());
    for (StoredEvent e : file.events()) {
      Optional<CourseEvent> event = parsed.event(e);
      if (event.isEmpty()) {
        read = null;
        break;
      }
      read.add(event.get());
    }
    if (read != null) {
      return ScenarioReader.readWithEvents(s, read);
    }
    List<ObjectNode> events = new ArrayList<>(file.events().size());
    for (StoredEvent e : file.events()) {
      events.add(e.payload());
    }
    return ScenarioReader.read(s, events);
  }

  /**
   * Checks a new event against the contract in the context of the case; every problem is reported
   * with the event's own field names.
   */
  public void validateEvent(CaseFile file, ObjectNode event) {
    ObjectNode s = base(file, List.of(event), policy.overrides());
    s.putObject("pharmacy").put("active", true);
    ObjectNode request = s.putObject("request");
    request.put("type", "dispense").put("prescriptionId", "validation");
    request.put("date", "2000-01-01");
    try {
      ScenarioReader.read(s.toString());
    } catch (InvalidInputException e) {
      List<FieldProblem> problems =
          e.errors().stream()
              .filter(err -> err.path().startsWith("events[0]"))
              .map(CaseFiles::eventField)
              .toList();
      throw new com.isocourse.server.web.InvalidInputException(
          problems.isEmpty()
              ? e.errors().stream().map(err -> new FieldProblem(err.path(), err.reason())).toList()
              : problems);
    }
  }

  private static FieldProblem eventField(FieldError err) {
    String field = err.path().substring("events[0]".length());
    field = field.startsWith(".") ? field.substring(1) : field;
    return new FieldProblem(field.isEmpty() ? "event" : field, err.reason());
  }

  private ObjectNode base(
      CaseFile file, List<ObjectNode> eventPayloads, Map<String, String> policyOverrides) {
    PatientRecord p = file.patient();
    CourseRecord c = file.course();
    ObjectNode s = json.createObjectNode();
    s.put("jurisdiction", p.jurisdiction());
    ObjectNode policyNode = s.putObject("policy");
    policyOverrides.forEach(policyNode::put);
    ObjectNode patient = s.putObject("patient");
    patient.put("birthDate", p.birthDate().toString());
    if (p.riskCategory() != null) {
      patient.put("canGetPregnant", p.riskCategory().equals("CAN_GET_PREGNANT"));
    }
    if (p.enrolledOn() != null) {
      patient.put("enrolledOn", p.enrolledOn().toString());
    } else {
      patient.putNull("enrolledOn");
    }
    patient.put("homeTestingAllowed", p.homeTestingAllowed());
    ObjectNode prescriber = s.putObject("prescriber");
    if (file.prescriberCertified() != null) {
      prescriber.put("certified", file.prescriberCertified());
    }
    ObjectNode course = s.putObject("course");
    if (c.formulation() != null) {
      course.put("formulation", c.formulation());
    }
    course.put("firstDoseDate", c.firstDoseDate() == null ? null : c.firstDoseDate().toString());
    if (c.targetMgPerKg() != null) {
      course.put("targetMgPerKg", c.targetMgPerKg());
    }
    course.put(
        "previousCourseLastDose",
        c.previousCourseLastDose() == null ? null : c.previousCourseLastDose().toString());
    ArrayNode ev = s.putArray("events");
    eventPayloads.forEach(ev::add);
    return s;
  }
}
