package com.isocourse.server.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.MedicationRecord;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Period;

/**
 * The patient's other medications (SAFE-TETRA, SAFE-RETINOID, WARN-VITA, WARN-SJW, WARN-BONE) as
 * MedicationStatements, both ways: an incoming one as the contract's {@code medication} event (the
 * input of {@code CourseRecorder}, as {@code POST /api/patients/{id}/events} takes it: name, RxNorm
 * code, route, start, end, the date it was asserted), and a stored one back. Only the shape is read
 * here; every check is the recorder's, whose problems name contract fields that {@link #ELEMENTS}
 * turns into MedicationStatement elements.
 */
final class MedicationStatements {
  private MedicationStatements() {}

  /** Contract field → the MedicationStatement element it came from. */
  static final Map<String, String> ELEMENTS =
      Map.of(
          "date", "MedicationStatement.dateAsserted",
          "name", "MedicationStatement.medicationCodeableConcept.text",
          "rxnorm", "MedicationStatement.medicationCodeableConcept.coding",
          "route", "MedicationStatement.dosage[0].route.text",
          "start", "MedicationStatement.effectivePeriod.start",
          "end", "MedicationStatement.effectivePeriod.end",
          "type", "MedicationStatement",
          "event", "MedicationStatement");

  /** Statuses that say the patient takes or took the medication; the others record nothing. */
  private static final Set<MedicationStatementStatus> TAKEN =
      Set.of(
          MedicationStatementStatus.ACTIVE,
          MedicationStatementStatus.COMPLETED,
          MedicationStatementStatus.STOPPED,
          MedicationStatementStatus.ONHOLD);

  /** The subject's logical id and the event; every shape problem at once otherwise. */
  record Fact(long patientId, ObjectNode event) {}

  static Fact of(MedicationStatement s) {
    List<FieldProblem> problems = new ArrayList<>();
    ObjectNode e = JsonNodeFactory.instance.objectNode().put("type", "medication");
    String ref = s.getSubject().getReference();
    long patientId = -1;
    if (ref == null || !ref.matches("Patient/\\d{1,18}")) {
      problems.add(problem("MedicationStatement.subject", "must reference Patient/{id}"));
    } else {
      patientId = Long.parseLong(ref.substring("Patient/".length()));
    }
    if (!s.hasStatus() || !TAKEN.contains(s.getStatus())) {
      problems.add(
          problem(
              "MedicationStatement.status",
              "must be active, completed, stopped or on-hold (a medication the patient takes or"
                  + " took)"));
    }
    medication(s, e, problems);
    Optional<String> start =
        day(s.hasEffectivePeriod() ? s.getEffectivePeriod().getStartElement() : null);
    Optional<String> end =
        day(s.hasEffectivePeriod() ? s.getEffectivePeriod().getEndElement() : null);
    if (s.hasEffectiveDateTimeType()) {
      start = day(s.getEffectiveDateTimeType());
    }
    start.ifPresent(d -> e.put("start", d));
    end.ifPresent(d -> e.put("end", d));
    Optional<String> asserted = s.hasDateAsserted() ? day(s.getDateAssertedElement()) : start;
    asserted.ifPresentOrElse(
        d -> e.put("date", d),
        () ->
            problems.add(
                problem(
                    "MedicationStatement.dateAsserted",
                    "is required (or effectivePeriod.start): the date of the record")));
    if (s.hasDosage() && s.getDosageFirstRep().hasRoute()) {
      CodeableConcept route = s.getDosageFirstRep().getRoute();
      String text = route.hasText() ? route.getText() : route.getCodingFirstRep().getDisplay();
      if (text != null && !text.isBlank()) {
        e.put("route", text.trim().toLowerCase(Locale.ROOT));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Fact(patientId, e);
  }

  private static void medication(MedicationStatement s, ObjectNode e, List<FieldProblem> problems) {
    if (!s.hasMedicationCodeableConcept()) {
      problems.add(
          problem(
              "MedicationStatement.medicationCodeableConcept",
              "is required (a contained or referenced Medication is not read)"));
      return;
    }
    CodeableConcept m = s.getMedicationCodeableConcept();
    Optional<Coding> rxnorm =
        m.getCoding().stream().filter(c -> FhirCodes.RXNORM.equals(c.getSystem())).findFirst();
    String name = m.hasText() ? m.getText() : rxnorm.map(Coding::getDisplay).orElse(null);
    if (name == null || name.isBlank()) {
      problems.add(
          problem(
              "MedicationStatement.medicationCodeableConcept.text",
              "is required: the medication's name (or an RxNorm coding with a display)"));
    } else {
      e.put("name", name.trim());
    }
    rxnorm.filter(Coding::hasCode).ifPresent(c -> e.put("rxnorm", c.getCode()));
  }

  private static Optional<String> day(org.hl7.fhir.r4.model.BaseDateTimeType d) {
    if (d == null || d.getValueAsString() == null) {
      return Optional.empty();
    }
    String v = d.getValueAsString();
    return Optional.of(v.length() >= 10 ? v.substring(0, 10) : v);
  }

  private static FieldProblem problem(String element, String reason) {
    return new FieldProblem(element, reason);
  }

  /** The recorder's problems with contract fields named as MedicationStatement elements. */
  static InvalidInputException named(InvalidInputException e) {
    return new InvalidInputException(
        e.problems().stream()
            .map(p -> new FieldProblem(ELEMENTS.getOrDefault(p.field(), p.field()), p.reason()))
            .toList());
  }

  /**
   * A stored medication as a MedicationStatement with the stored event's id: {@code active} while
   * it is taken on {@code today}, {@code completed} once its end date has passed, {@code intended}
   * before its start.
   */
  static Optional<MedicationStatement> of(
      long eventId, CourseEvent event, PatientRecord patient, LocalDate today) {
    if (!(event instanceof MedicationRecord m)) {
      return Optional.empty();
    }
    MedicationStatement s = new MedicationStatement();
    s.setId(String.valueOf(eventId));
    s.setStatus(
        m.activeOn(today)
            ? MedicationStatementStatus.ACTIVE
            : m.start().isAfter(today)
                ? MedicationStatementStatus.INTENDED
                : MedicationStatementStatus.COMPLETED);
    CodeableConcept medication = new CodeableConcept().setText(m.name());
    m.rxnorm().ifPresent(code -> medication.addCoding().setSystem(FhirCodes.RXNORM).setCode(code));
    s.setMedication(medication);
    s.setSubject(PatientResources.reference(patient));
    Period period = new Period().setStartElement(new DateTimeType(m.start().toString()));
    m.end().ifPresent(end -> period.setEndElement(new DateTimeType(end.toString())));
    s.setEffective(period);
    s.setDateAssertedElement(new DateTimeType(m.date().toString()));
    m.route().ifPresent(r -> s.addDosage().setRoute(new CodeableConcept().setText(r)));
    return Optional.of(s);
  }
}
