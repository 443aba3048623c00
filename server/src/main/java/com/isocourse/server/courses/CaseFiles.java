package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.FieldError;
import com.isocourse.contract.InvalidInputException;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Course;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.Patient;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import com.isocourse.server.admin.ClinicPolicyRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.refusal.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a patient's case file and maps it once into core's types (issue 13: one course model): the
 * patient and course rows become core's {@link Patient} and {@link Course}, each stored event is
 * read once by the contract's event reader and kept ({@link ParsedEvents}), and the question is a
 * core {@link DispenseCase}. The contract's JSON is only the edge format: a new event is checked
 * against it before it is stored ({@link #validateEvent}), so a stored event is valid exactly when
 * the contract says so and the server and {@code isocourse evaluate} see a case identically.
 */
@Component
public class CaseFiles {
  private final CourseRepository courses;
  private final EventStore events;
  private final ClinicPolicyRepository policy;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final ParsedEvents parsed;
  private volatile KeptPolicy keptPolicy;

  /** The question's prescription when the course has no open one: what a first fill needs. */
  public static final String NO_OPEN_PRESCRIPTION = "(none open)";

  private record KeptPolicy(Map<String, String> overrides, Policy policy) {}

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

  /**
   * Reads case files already in memory (rows at hand, no repositories behind it; {@link #load} is
   * not available): the bench's check of its own reading against this one, and tools.
   */
  public static CaseFiles inMemory(ClinicPolicyRepository policy, ObjectMapper json) {
    return new CaseFiles(null, null, policy, null, json, new ParsedEvents(0));
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

  /** The clinic's policy overrides, read once for many case files. */
  public Map<String, String> policyOverrides() {
    return policy.overrides();
  }

  /** The clinic's policy: the defaults with the clinic's overrides applied (rules.md §8). */
  public Policy policy() {
    return policy(policy.overrides());
  }

  /**
   * The policy for overrides already read. The overrides were validated as a whole when stored; the
   * result is kept for as long as the repository hands out the same overrides, so a decision does
   * not apply them again.
   */
  public Policy policy(Map<String, String> overrides) {
    KeptPolicy k = keptPolicy;
    if (k != null && k.overrides() == overrides) {
      return k.policy();
    }
    PolicyOverrides.Result result = PolicyOverrides.apply(Policy.defaults(), overrides);
    if (!result.ok()) {
      throw new IllegalStateException("stored clinic policy is invalid: " + result.problems());
    }
    keptPolicy = new KeptPolicy(overrides, result.policy());
    return result.policy();
  }

  /**
   * The course as core's case history: the stored rows mapped once into core's types (no JSON on
   * the way), the pharmacy's status as the engine reads it.
   *
   * @param pharmacyActive the asking pharmacy's status; empty when no pharmacy asks (summaries,
   *     plans), read as active so that only the course decides
   */
  public CaseHistory history(CaseFile file, Optional<Boolean> pharmacyActive) {
    PatientRecord p = file.patient();
    CourseRecord c = file.course();
    Patient patient =
        new Patient(
            Optional.ofNullable(p.birthDate()),
            Optional.ofNullable(p.riskCategory()).map(RiskCategory::valueOf),
            Optional.ofNullable(p.enrolledOn()),
            p.homeTestingAllowed());
    Course course =
        new Course(
            Optional.ofNullable(c.formulation()).flatMap(Formulation::fromCode),
            Optional.ofNullable(c.firstDoseDate()),
            Optional.ofNullable(c.targetMgPerKg()),
            Optional.ofNullable(c.previousCourseLastDose()));
    return new CaseHistory(
        Jurisdiction.valueOf(p.jurisdiction()),
        patient,
        Optional.ofNullable(file.prescriberCertified()),
        Optional.of(pharmacyActive.orElse(true)),
        course,
        events(file));
  }

  /** The course as core's case history when no pharmacy asks. */
  public CaseHistory history(CaseFile file) {
    return history(file, Optional.empty());
  }

  /** A pharmacy's dispense question on the case, with the clinic's current policy. */
  public DispenseCase dispenseCase(
      CaseFile file, DispenseRequest request, Optional<Boolean> pharmacyActive) {
    return new DispenseCase(history(file, pharmacyActive), request, Optional.empty(), policy());
  }

  /**
   * What the course needs before prescription {@code prescriptionId} (or the next one, when none is
   * open: {@link #NO_OPEN_PRESCRIPTION}) could be dispensed on {@code date}, with overrides already
   * read (one read for many cases).
   */
  public DispenseCase nextFill(
      CaseFile file, String prescriptionId, LocalDate date, Map<String, String> overrides) {
    return new DispenseCase(
        history(file),
        new DispenseRequest(prescriptionId, date, Optional.empty()),
        Optional.empty(),
        policy(overrides));
  }

  /** As {@link #nextFill(CaseFile, String, LocalDate, Map)} with the clinic's current policy. */
  public DispenseCase nextFill(CaseFile file, String prescriptionId, LocalDate date) {
    return nextFill(file, prescriptionId, date, policy.overrides());
  }

  /**
   * Every stored event as core reads it. Each event was checked against the contract when it was
   * recorded, so one that cannot be read is a damaged store, reported with its problems.
   */
  private List<CourseEvent> events(CaseFile file) {
    List<CourseEvent> read = new ArrayList<>(file.events().size());
    for (StoredEvent e : file.events()) {
      Optional<CourseEvent> event = parsed.event(e);
      if (event.isEmpty()) {
        throw new IllegalStateException(
            "stored event "
                + e.id()
                + " of course "
                + file.course().id()
                + " cannot be read: "
                + ScenarioReader.eventProblems(e.payload()));
      }
      read.add(event.get());
    }
    return read;
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
      throw new com.isocourse.server.platform.refusal.InvalidInputException(
          problems.isEmpty()
              ? e.errors().stream().map(err -> FieldProblem.of(err.path(), err)).toList()
              : problems);
    }
  }

  private static FieldProblem eventField(FieldError err) {
    String field = err.path().substring("events[0]".length());
    field = field.startsWith(".") ? field.substring(1) : field;
    return FieldProblem.of(field.isEmpty() ? "event" : field, err);
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
