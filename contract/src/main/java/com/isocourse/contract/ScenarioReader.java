package com.isocourse.contract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Course;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Jurisdiction;
import com.isocourse.core.course.Patient;
import com.isocourse.core.course.RiskCategory;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import com.isocourse.core.rulesets.RuleSetId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a scenario (scenarios/README.md "Input") into domain values, validating at the edge.
 *
 * <p>Invalid input (rules.md §3 "Required input", unknown codes, out-of-range values) is reported
 * as an {@link InvalidInputException} listing every problem. Facts the engine decides about when
 * absent ({@code patient.canGetPregnant}, {@code patient.birthDate}, {@code prescriber.certified},
 * {@code pharmacy.active}) are read as empty, which makes the decision INDETERMINATE, never "safe".
 * Fields the contract does not define are ignored, so producers may add annotations such as {@code
 * "comment"}; only an unknown event {@code type}, which would silently drop a fact, is an error.
 */
public final class ScenarioReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Course targets above this are invalid input (rules.md §3.3). */
  static final double MAX_TARGET_MG_PER_KG = 220;

  private ScenarioReader() {}

  /**
   * Reads and validates one scenario given as text, as input arrives: every string is held to
   * {@link com.isocourse.core.plausibility.TextLimits} first.
   *
   * @throws InvalidInputException with every problem found
   */
  public static DispenseCase read(String json) {
    JsonNode root = parse(json);
    List<FieldError> textErrors = new ArrayList<>();
    TextFields.check(root, "", textErrors);
    if (!textErrors.isEmpty()) {
      throw new InvalidInputException(textErrors);
    }
    return readTree(root);
  }

  /**
   * Reads one event object alone, as {@link #read(String)} reads each of a scenario's events: the
   * event when it has no problem, empty when it has any (its problems are reported only by reading
   * the whole scenario). An event's reading depends on nothing but the event itself, so a valid
   * result can be kept and used for any case holding that event (the server keeps each stored event
   * read once).
   */
  public static Optional<CourseEvent> readEvent(JsonNode event) {
    if (event == null || !event.isObject()) {
      return Optional.empty();
    }
    List<FieldError> errors = new ArrayList<>();
    List<CourseEvent> read =
        EventReader.events(List.of(new JsonFields(event, "events[0]", errors)));
    return errors.isEmpty() && read.size() == 1 ? Optional.of(read.get(0)) : Optional.empty();
  }

  /**
   * Every problem of one event object alone, with paths as {@link #read(String)} reports them for a
   * first event ({@code events[0]...}); empty when {@link #readEvent} reads it.
   */
  public static List<FieldError> eventProblems(JsonNode event) {
    if (event == null || !event.isObject()) {
      return List.of(new FieldError("events[0]", "must be a JSON object"));
    }
    List<FieldError> errors = new ArrayList<>();
    EventReader.events(List.of(new JsonFields(event, "events[0]", errors)));
    return List.copyOf(errors);
  }

  /**
   * Reads what a pharmacy intends to hand over ({@code request.capsules} of a scenario), as {@link
   * #read(String)} reads it, for a channel that asks its dispense question without a scenario.
   *
   * @throws InvalidInputException with every problem, paths {@code request.capsules[i]...}
   */
  public static List<DispensedCapsules> readCapsules(JsonNode capsules) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode request = MAPPER.createObjectNode();
    request.set("capsules", capsules);
    List<DispensedCapsules> read =
        SupplyEventReader.dispensedCapsules(new JsonFields(request, "request", errors), "capsules");
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return read;
  }

  private static DispenseCase readTree(JsonNode root) {
    List<FieldError> errors = new ArrayList<>();
    JsonFields doc = new JsonFields(root, "", errors);
    if (!root.isObject()) {
      throw new InvalidInputException(List.of(new FieldError("$", "must be a JSON object")));
    }
    Jurisdiction jurisdiction =
        doc.requiredCode(
            "jurisdiction", ScenarioReader::jurisdiction, "jurisdiction", "US, EU, UK");
    Optional<RuleSetId> ruleSet =
        doc.optionalCode("ruleSet", RuleSetId::fromCode, "rule set", Codes.ruleSets());
    Policy policy = policy(doc.object("policy"));
    Patient patient = patient(doc.object("patient"));
    Optional<Boolean> certified = doc.object("prescriber").optionalBoolean("certified");
    Optional<Boolean> active = doc.object("pharmacy").optionalBoolean("active");
    Course course = course(doc.object("course"));
    List<CourseEvent> events = EventReader.events(doc);
    DispenseRequest request = request(doc);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CaseHistory history = new CaseHistory(jurisdiction, patient, certified, active, course, events);
    return new DispenseCase(history, request, ruleSet, policy);
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw new InvalidInputException(List.of(new FieldError("$", "the input is empty")));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidInputException(
          List.of(new FieldError("$", "malformed JSON" + where + ": " + e.getOriginalMessage())));
    }
  }

  private static Optional<Jurisdiction> jurisdiction(String code) {
    return switch (code) {
      case "US" -> Optional.of(Jurisdiction.US);
      case "EU" -> Optional.of(Jurisdiction.EU);
      case "UK" -> Optional.of(Jurisdiction.UK);
      default -> Optional.empty();
    };
  }

  private static Policy policy(JsonFields policy) {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : policy.node().properties()) {
      JsonNode v = f.getValue();
      if (v.isValueNode() && !v.isNull()) {
        overrides.put(f.getKey(), v.asText());
      } else {
        policy.error(f.getKey(), "must be a number or a text value");
      }
    }
    PolicyOverrides.Result result = PolicyOverrides.apply(Policy.defaults(), overrides);
    result.problems().forEach(p -> policy.error(p.key(), p.reason()));
    return result.policy();
  }

  private static Patient patient(JsonFields p) {
    Optional<LocalDate> birthDate = p.optionalDate("birthDate");
    Optional<RiskCategory> category =
        p.optionalBoolean("canGetPregnant")
            .map(can -> can ? RiskCategory.CAN_GET_PREGNANT : RiskCategory.CANNOT_GET_PREGNANT);
    Optional<LocalDate> enrolledOn = p.optionalDate("enrolledOn");
    boolean homeTesting = p.optionalBoolean("homeTestingAllowed").orElse(false);
    return new Patient(birthDate, category, enrolledOn, homeTesting);
  }

  private static Course course(JsonFields c) {
    Optional<Formulation> formulation =
        c.optionalCode("formulation", Formulation::fromCode, "formulation", Codes.formulations());
    Optional<LocalDate> firstDose = c.optionalDate("firstDoseDate");
    Optional<Double> target = c.optionalNumber("targetMgPerKg");
    if (target.isPresent() && !(target.get() > 0 && target.get() <= MAX_TARGET_MG_PER_KG)) {
      c.error("targetMgPerKg", "must be above 0 and at most 220 mg/kg");
      target = Optional.empty();
    }
    Optional<LocalDate> previous = c.optionalDate("previousCourseLastDose");
    return new Course(formulation, firstDose, target, previous);
  }

  private static DispenseRequest request(JsonFields doc) {
    if (!doc.required("request")) {
      return null;
    }
    JsonFields r = doc.object("request");
    r.optionalText("type")
        .filter(type -> !type.equals("dispense"))
        .ifPresent(
            type -> r.error("type", "unknown request type '" + type + "' (expected dispense)"));
    int before = r.errorCount();
    String prescriptionId = r.requiredText("prescriptionId");
    LocalDate date = r.requiredDate("date");
    Optional<List<DispensedCapsules>> capsules =
        r.has("capsules")
            ? Optional.of(SupplyEventReader.dispensedCapsules(r, "capsules"))
            : Optional.empty();
    if (r.errorCount() > before) {
      return null;
    }
    return new DispenseRequest(prescriptionId, date, capsules);
  }
}
