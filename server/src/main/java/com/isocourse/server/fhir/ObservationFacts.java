package com.isocourse.server.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * An incoming Observation as the contract's event (the input of {@code CourseRecorder}, the same
 * use case as {@code POST /api/patients/{id}/events}): a lab result (LOINC, value and UCUM unit,
 * optional reference high), a body weight in kg, a pregnancy test (negative or positive, the
 * setting as method) or a PHQ-9 / PHQ-2 total with item 9. Only the shape is read here; every
 * clinical check is the recorder's, whose problems name contract fields that {@link
 * #CONTRACT_ELEMENTS} turns into FHIR elements.
 */
final class ObservationFacts {
  private ObservationFacts() {}

  /** Contract field → the Observation element it came from. */
  static final Map<String, String> CONTRACT_ELEMENTS =
      Map.ofEntries(
          Map.entry("date", "Observation.effectiveDateTime"),
          Map.entry("value", "Observation.valueQuantity.value"),
          Map.entry("unit", "Observation.valueQuantity.code"),
          Map.entry("loinc", "Observation.code"),
          Map.entry("referenceHigh", "Observation.referenceRange[0].high.value"),
          Map.entry("kg", "Observation.valueQuantity.value"),
          Map.entry("result", "Observation.valueCodeableConcept"),
          Map.entry("setting", "Observation.method"),
          Map.entry("instrument", "Observation.code"),
          Map.entry("total", "Observation.valueInteger"),
          Map.entry("item9", "Observation.component[0].valueInteger"),
          Map.entry("type", "Observation.code"),
          Map.entry("event", "Observation"));

  /** The subject's logical id and the event; every shape problem at once otherwise (422). */
  record Fact(long patientId, ObjectNode event) {}

  static Fact of(Observation o) {
    List<FieldProblem> problems = new ArrayList<>();
    ObjectNode e = JsonNodeFactory.instance.objectNode();
    long patientId = subject(o, problems);
    if (o.hasEffectiveDateTimeType() && o.getEffectiveDateTimeType().getValueAsString() != null) {
      String date = o.getEffectiveDateTimeType().getValueAsString();
      e.put("date", date.length() >= 10 ? date.substring(0, 10) : date);
    } else {
      problems.add(new FieldProblem("date", "is required (effectiveDateTime, a date)"));
    }
    String loinc = loinc(o.getCode()).orElse(null);
    if (loinc == null) {
      problems.add(new FieldProblem("loinc", "must have a LOINC coding (http://loinc.org)"));
    } else {
      switch (loinc) {
        case FhirCodes.WEIGHT -> weight(o, e, problems);
        case FhirCodes.HCG_URINE, FhirCodes.HCG_SERUM -> pregnancyTest(o, e, problems);
        case FhirCodes.PHQ9_TOTAL, FhirCodes.PHQ2_TOTAL -> mood(o, loinc, e, problems);
        default -> lab(o, loinc, e, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Fact(patientId, e);
  }

  private static long subject(Observation o, List<FieldProblem> problems) {
    String ref = o.getSubject().getReference();
    if (ref == null || !ref.matches("Patient/\\d{1,18}")) {
      problems.add(new FieldProblem("Observation.subject", "must reference Patient/{id}"));
      return -1;
    }
    return Long.parseLong(ref.substring("Patient/".length()));
  }

  private static void lab(Observation o, String loinc, ObjectNode e, List<FieldProblem> problems) {
    e.put("type", "lab").put("loinc", loinc);
    Quantity q = quantity(o.getValue(), problems);
    if (q != null) {
      e.put(
          "value",
          q.getValue()); // as written: the reader refuses what a double cannot hold (ADR 0024)
      e.put("unit", q.getCode() == null ? "" : q.getCode().replace("ukat/L", "µkat/L"));
    }
    if (o.hasReferenceRange() && o.getReferenceRangeFirstRep().hasHigh()) {
      var high = o.getReferenceRangeFirstRep().getHigh();
      if (high.hasValue()) {
        e.put("referenceHigh", high.getValue()); // as written (ADR 0024)
      }
    }
  }

  private static void weight(Observation o, ObjectNode e, List<FieldProblem> problems) {
    e.put("type", "weight");
    Quantity q = quantity(o.getValue(), problems);
    if (q != null) {
      if (!"kg".equals(q.getCode())) {
        problems.add(new FieldProblem("unit", "must be kg (UCUM)"));
      }
      e.put("kg", q.getValue()); // as written (ADR 0024)
    }
  }

  private static void pregnancyTest(Observation o, ObjectNode e, List<FieldProblem> problems) {
    e.put("type", "pregnancy-test");
    String result = null;
    if (o.getValue() instanceof CodeableConcept c) {
      for (Coding coding : c.getCoding()) {
        if (FhirCodes.SNOMED.equals(coding.getSystem())) {
          result =
              switch (String.valueOf(coding.getCode())) {
                case FhirCodes.NEGATIVE -> "negative";
                case FhirCodes.POSITIVE -> "positive";
                default -> null;
              };
        }
      }
    }
    if (result == null) {
      problems.add(
          new FieldProblem(
              "result",
              "must be SNOMED CT 260385009 (negative) or 10828004 (positive) in"
                  + " valueCodeableConcept"));
    } else {
      e.put("result", result);
    }
    for (Coding m : o.getMethod().getCoding()) {
      if (ObservationResources.TEST_SETTING.equals(m.getSystem()) && m.hasCode()) {
        e.put("setting", m.getCode());
      }
    }
  }

  private static void mood(Observation o, String loinc, ObjectNode e, List<FieldProblem> problems) {
    e.put("type", "mood-screen")
        .put("instrument", loinc.equals(FhirCodes.PHQ9_TOTAL) ? "PHQ-9" : "PHQ-2");
    JsonNode total = integer(o.getValue());
    if (total == null) {
      problems.add(new FieldProblem("total", "is required as valueInteger"));
    } else {
      e.set("total", total);
    }
    for (var c : o.getComponent()) {
      if (loinc(c.getCode()).filter(FhirCodes.PHQ9_ITEM9::equals).isPresent()) {
        JsonNode item9 = integer(c.getValue());
        if (item9 == null) {
          problems.add(new FieldProblem("item9", "is required as valueInteger"));
        } else {
          e.set("item9", item9);
        }
      }
    }
  }

  /**
   * A score as given: a valueInteger, or a valueQuantity's value as written, never truncated (an
   * item 9 of 0.5 is refused by the contract reader as not a whole number, not read as 0).
   */
  private static JsonNode integer(Type value) {
    if (value instanceof IntegerType i && i.getValue() != null) {
      return IntNode.valueOf(i.getValue());
    }
    if (value instanceof Quantity q && q.hasValue()) {
      return DecimalNode.valueOf(q.getValue());
    }
    return null;
  }

  private static Quantity quantity(Type value, List<FieldProblem> problems) {
    if (value instanceof Quantity q && q.hasValue()) {
      return q;
    }
    problems.add(new FieldProblem("value", "is required as valueQuantity with a value"));
    return null;
  }

  static Optional<String> loinc(CodeableConcept code) {
    return code.getCoding().stream()
        .filter(c -> FhirCodes.LOINC.equals(c.getSystem()) && c.hasCode())
        .map(Coding::getCode)
        .findFirst();
  }
}
