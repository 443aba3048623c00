package com.isocourse.server.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import com.isocourse.server.courses.CourseRecorder;
import com.isocourse.server.courses.EventStore;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.springframework.stereotype.Component;

/**
 * {@code MedicationStatement}: the patient's other medications, which the interaction rules read
 * (SAFE-TETRA, SAFE-RETINOID, WARN-VITA, WARN-SJW, WARN-BONE). Create goes through {@link
 * CourseRecorder} as a {@code medication} event, the use case of {@code POST
 * /api/patients/{id}/events}: the prescriber or her designee, for her own patients (another's is
 * 404, anyone else 403), validated in the context of the case, nothing written on a refusal (a 422
 * OperationOutcome naming the element). Read and search by patient within the relationship, as
 * Observation.
 */
@Component
public class MedicationStatementProvider implements IResourceProvider {
  private static final Set<String> MEDICATION = Set.of("medication");
  private final FhirPatients patients;
  private final CourseResources course;
  private final CourseRecorder recorder;
  private final EventStore events;

  public MedicationStatementProvider(
      FhirPatients patients, CourseResources course, CourseRecorder recorder, EventStore events) {
    this.patients = patients;
    this.course = course;
    this.recorder = recorder;
    this.events = events;
  }

  @Override
  public Class<MedicationStatement> getResourceType() {
    return MedicationStatement.class;
  }

  /** One medication of the current course; 404 outside the relationship or when it is not one. */
  @Read
  public MedicationStatement read(@IdParam IdType id) {
    return ClinicalProviders.courseResource(
        id.getIdPart(), "medication statement", events, patients, course::medicationStatements);
  }

  @Search
  public List<MedicationStatement> byPatient(
      @RequiredParam(name = MedicationStatement.SP_PATIENT) ReferenceParam patient) {
    return course.medicationStatements(
        patients.readable(FhirCaller.current(), ClinicalProviders.patientOf(patient)));
  }

  @Create
  public MethodOutcome create(@ResourceParam MedicationStatement statement) {
    FhirCaller caller = FhirCaller.current();
    CurrentUser user = caller.user();
    FhirPatients.mayRecordFacts(user);
    MedicationStatements.Fact fact = MedicationStatements.of(statement);
    PatientRecord patient = patients.writable(caller, fact.patientId());
    long eventId;
    try {
      eventId = recorder.record(user, patient, fact.event(), MEDICATION, caller.facts());
    } catch (InvalidInputException e) {
      throw MedicationStatements.named(e);
    }
    MethodOutcome outcome =
        new MethodOutcome(new IdType("MedicationStatement", String.valueOf(eventId)));
    outcome.setCreated(true);
    return outcome;
  }
}
