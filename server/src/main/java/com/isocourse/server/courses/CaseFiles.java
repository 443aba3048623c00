package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.FieldError;
import com.isocourse.contract.InvalidInputException;
import com.isocourse.contract.ParsedScenario;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.server.admin.ClinicPolicyRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.web.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a patient's case file and turns it into the engine's input. The stored rows are written out
 * as a scenario of the shared contract and read back with the contract's {@link ScenarioReader}, so
 * the server and {@code isocourse evaluate} see a case identically, and a stored event is valid
 * exactly when the contract says so.
 */
@Component
public class CaseFiles {
  private final CourseRepository courses;
  private final EventStore events;
  private final ClinicPolicyRepository policy;
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public CaseFiles(
      CourseRepository courses,
      EventStore events,
      ClinicPolicyRepository policy,
      JdbcClient jdbc,
      ObjectMapper json) {
    this.courses = courses;
    this.events = events;
    this.policy = policy;
    this.jdbc = jdbc;
    this.json = json;
  }

  public CaseFile load(PatientRecord patient) {
    CourseRecord course = courses.current(patient.id()).orElseThrow();
    Boolean certified =
        jdbc.sql("select certified from prescriber where user_id = ?")
            .param(patient.prescriberId())
            .query(Boolean.class)
            .optional()
            .orElse(null);
    return new CaseFile(patient, course, events.history(course.id()), certified);
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
    ObjectNode s = base(file, file.events().stream().map(StoredEvent::payload).toList());
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
    return ScenarioReader.read(s.toString());
  }

  /**
   * Checks a new event against the contract in the context of the case; every problem is reported
   * with the event's own field names.
   */
  public void validateEvent(CaseFile file, ObjectNode event) {
    ObjectNode s = base(file, List.of(event));
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

  private ObjectNode base(CaseFile file, List<ObjectNode> eventPayloads) {
    PatientRecord p = file.patient();
    CourseRecord c = file.course();
    ObjectNode s = json.createObjectNode();
    s.put("jurisdiction", p.jurisdiction());
    ObjectNode policyNode = s.putObject("policy");
    policy.overrides().forEach(policyNode::put);
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
