package com.isocourse.server.fhir;

import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Prescription;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseSummaries;
import com.isocourse.server.courses.CourseSummary;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.courses.StoredEvent;
import com.isocourse.server.patients.PatientRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's current course as FHIR resources, read from the same stores and through the same
 * readers as the REST API's course summary: stored events read as core events by the contract's
 * reader, prescriptions as core prescriptions, blocking reasons from the summary's decision.
 */
@Component
class CourseResources {
  private final CaseFiles files;
  private final PrescriptionRepository prescriptions;
  private final CourseSummaries summaries;
  private final Clock clock;

  CourseResources(
      CaseFiles files,
      PrescriptionRepository prescriptions,
      CourseSummaries summaries,
      Clock clock) {
    this.files = files;
    this.prescriptions = prescriptions;
    this.summaries = summaries;
    this.clock = clock;
  }

  /** The patient's other medications recorded in the current course, as of today. */
  @Transactional(readOnly = true)
  public List<MedicationStatement> medicationStatements(PatientRecord patient) {
    CaseFile file = files.load(patient);
    LocalDate today = LocalDate.now(clock);
    List<MedicationStatement> out = new ArrayList<>();
    for (StoredEvent e : file.events()) {
      Optional<CourseEvent> event = ScenarioReader.readEvent(e.payload());
      event.flatMap(ev -> MedicationStatements.of(e.id(), ev, patient, today)).ifPresent(out::add);
    }
    return out;
  }

  @Transactional(readOnly = true)
  public List<Observation> observations(PatientRecord patient) {
    CaseFile file = files.load(patient);
    List<Observation> out = new ArrayList<>();
    for (StoredEvent e : file.events()) {
      Optional<CourseEvent> event = ScenarioReader.readEvent(e.payload());
      event.flatMap(ev -> ObservationResources.of(e.id(), ev, patient)).ifPresent(out::add);
    }
    return out;
  }

  /** The PHQ-9 screens and comprehension results of the current course. */
  @Transactional(readOnly = true)
  public List<QuestionnaireResponse> questionnaireResponses(PatientRecord patient) {
    CaseFile file = files.load(patient);
    List<QuestionnaireResponse> out = new ArrayList<>();
    for (StoredEvent e : file.events()) {
      Optional<CourseEvent> event = ScenarioReader.readEvent(e.payload());
      event.flatMap(ev -> QuestionnaireResponses.of(e.id(), ev, patient)).ifPresent(out::add);
    }
    return out;
  }

  @Transactional(readOnly = true)
  public List<MedicationRequest> medicationRequests(PatientRecord patient) {
    CaseFile file = files.load(patient);
    List<MedicationRequest> out = new ArrayList<>();
    for (PrescriptionRepository.PrescriptionRow row : prescriptions.forCourse(file.course().id())) {
      if (ScenarioReader.readEvent(row.payload()).orElse(null) instanceof Prescription rx) {
        out.add(MedicationRequests.of(row, rx, patient));
      }
    }
    return out;
  }

  /** The blocking reasons of the next dispense's decision today, as the summary shows them. */
  @Transactional(readOnly = true)
  public List<DetectedIssue> detectedIssues(PatientRecord patient) {
    CourseSummary summary = summaries.summarize(files.load(patient));
    return summary.blockers().stream()
        .map(f -> DetectedIssues.of(f, patient, summary.today()))
        .toList();
  }
}
