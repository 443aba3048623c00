package com.isocourse.server.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import com.isocourse.server.authorization.DispenseHistory;
import com.isocourse.server.courses.EventStore;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.refusal.NotFoundException;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/** The read-only course resources, searched by patient within the relationship. */
final class ClinicalProviders {
  private ClinicalProviders() {}

  static IdType patientOf(ReferenceParam patient) {
    String value = patient.getValue();
    return new IdType(value.startsWith("Patient/") ? value : "Patient/" + value);
  }

  /**
   * One resource of a patient's current course, found by the id of the event it was recorded as:
   * 404 ("not found" naming {@code what}) for a malformed id, an event of a patient outside the
   * caller's relationship, or an event that is not one of {@code ofPatient}'s resources.
   */
  static <T extends Resource> T courseResource(
      String idPart,
      String what,
      EventStore events,
      FhirPatients patients,
      Function<PatientRecord, List<T>> ofPatient) {
    if (idPart == null || !idPart.matches("\\d{1,18}")) {
      throw new NotFoundException(what);
    }
    long patientId =
        events.patientOf(Long.parseLong(idPart)).orElseThrow(() -> new NotFoundException(what));
    return ofPatient.apply(patients.readable(FhirCaller.current(), patientId)).stream()
        .filter(r -> r.getIdElement().getIdPart().equals(idPart))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(what));
  }

  /** {@code MedicationRequest?patient=…}: the current course's isotretinoin prescriptions. */
  @Component
  public static class MedicationRequestProvider implements IResourceProvider {
    private final FhirPatients patients;
    private final CourseResources course;
    private final PrescriptionRepository prescriptions;

    public MedicationRequestProvider(
        FhirPatients patients, CourseResources course, PrescriptionRepository prescriptions) {
      this.patients = patients;
      this.course = course;
      this.prescriptions = prescriptions;
    }

    @Override
    public Class<MedicationRequest> getResourceType() {
      return MedicationRequest.class;
    }

    /** One prescription of the current course, within the relationship; 404 otherwise. */
    @Read
    public MedicationRequest read(@IdParam IdType id) {
      String rx = id.getIdPart();
      long patientId =
          prescriptions
              .find(rx)
              .map(PrescriptionRepository.PrescriptionRow::patientId)
              .orElseThrow(() -> new NotFoundException("prescription"));
      return course.medicationRequests(patients.readable(FhirCaller.current(), patientId)).stream()
          .filter(m -> m.getIdElement().getIdPart().equals(rx))
          .findFirst()
          .orElseThrow(() -> new NotFoundException("prescription"));
    }

    @Search
    public List<MedicationRequest> byPatient(
        @RequiredParam(name = MedicationRequest.SP_PATIENT) ReferenceParam patient) {
      return course.medicationRequests(patients.readable(FhirCaller.current(), patientOf(patient)));
    }
  }

  /** {@code DetectedIssue?patient=…}: each blocking reason of the current dispense decision. */
  @Component
  public static class DetectedIssueProvider implements IResourceProvider {
    private final FhirPatients patients;
    private final CourseResources course;

    public DetectedIssueProvider(FhirPatients patients, CourseResources course) {
      this.patients = patients;
      this.course = course;
    }

    @Override
    public Class<DetectedIssue> getResourceType() {
      return DetectedIssue.class;
    }

    @Search
    public List<DetectedIssue> byPatient(
        @RequiredParam(name = DetectedIssue.SP_PATIENT) ReferenceParam patient) {
      return course.detectedIssues(patients.readable(FhirCaller.current(), patientOf(patient)));
    }
  }

  /** {@code MedicationDispense?patient=…} and by id: the patient's recorded dispenses. */
  @Component
  public static class MedicationDispenseProvider implements IResourceProvider {
    private final FhirPatients patients;
    private final DispenseHistory dispenses;

    public MedicationDispenseProvider(FhirPatients patients, DispenseHistory dispenses) {
      this.patients = patients;
      this.dispenses = dispenses;
    }

    @Override
    public Class<MedicationDispense> getResourceType() {
      return MedicationDispense.class;
    }

    /** One dispense, within the relationship; 404 otherwise (also for an id that is no number). */
    @Read
    public MedicationDispense read(@IdParam IdType id) {
      String part = id.getIdPart();
      if (part == null || !part.matches("\\d{1,18}")) {
        throw new NotFoundException("dispense");
      }
      var row =
          dispenses.find(Long.parseLong(part)).orElseThrow(() -> new NotFoundException("dispense"));
      return MedicationDispenses.of(row, patients.readable(FhirCaller.current(), row.patientId()));
    }

    @Search
    public List<MedicationDispense> byPatient(
        @RequiredParam(name = MedicationDispense.SP_PATIENT) ReferenceParam patient) {
      var record = patients.readable(FhirCaller.current(), patientOf(patient));
      return dispenses.ofPatient(record.id()).stream()
          .map(row -> MedicationDispenses.of(row, record))
          .toList();
    }
  }

  /** {@code QuestionnaireResponse?patient=…}: PHQ-9 screens and comprehension results. */
  @Component
  public static class QuestionnaireResponseProvider implements IResourceProvider {
    private final FhirPatients patients;
    private final CourseResources course;

    public QuestionnaireResponseProvider(FhirPatients patients, CourseResources course) {
      this.patients = patients;
      this.course = course;
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
      return QuestionnaireResponse.class;
    }

    @Search
    public List<QuestionnaireResponse> byPatient(
        @RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient) {
      return course.questionnaireResponses(
          patients.readable(FhirCaller.current(), patientOf(patient)));
    }
  }
}
