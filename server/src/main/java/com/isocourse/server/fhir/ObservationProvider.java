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
import com.isocourse.server.platform.security.CurrentUser;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * {@code Observation}: search by patient; create a lab result, weight, pregnancy test or PHQ-9
 * through {@link CourseRecorder}, the same validation (contract and core plausibility limits) as
 * {@code POST /api/patients/{id}/events}. A refusal is a 422 OperationOutcome naming the element.
 */
@Component
public class ObservationProvider implements IResourceProvider {
  private final FhirPatients patients;
  private final CourseResources course;
  private final CourseRecorder recorder;
  private final EventStore events;

  public ObservationProvider(
      FhirPatients patients, CourseResources course, CourseRecorder recorder, EventStore events) {
    this.patients = patients;
    this.course = course;
    this.recorder = recorder;
    this.events = events;
  }

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  /**
   * One observation of the current course, by the id its create returned; 404 when it is not an
   * observation, not of the current course, or of a patient outside the relationship.
   */
  @Read
  public Observation read(@IdParam IdType id) {
    return ClinicalProviders.courseResource(
        id.getIdPart(), "observation", events, patients, course::observations);
  }

  @Search
  public List<Observation> byPatient(
      @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient) {
    return course.observations(
        patients.readable(FhirCaller.current(), ClinicalProviders.patientOf(patient)));
  }

  @Create
  public MethodOutcome create(@ResourceParam Observation observation) {
    FhirCaller caller = FhirCaller.current();
    CurrentUser user = caller.user();
    FhirPatients.mayRecordFacts(user);
    ObservationFacts.Fact fact = ObservationFacts.of(observation);
    PatientRecord patient = patients.writable(caller, fact.patientId());
    long eventId =
        recorder.record(user, patient, fact.event(), CourseRecorder.CLINICAL_TYPES, caller.facts());
    MethodOutcome outcome = new MethodOutcome(new IdType("Observation", String.valueOf(eventId)));
    outcome.setCreated(true);
    return outcome;
  }
}
