package com.isocourse.server.alerts;

import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.escalation.Escalation;
import com.isocourse.core.escalation.Trigger;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.EventAppended;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises the prescriber's alert for a fact as it is recorded, whoever records it (the patient, the
 * prescriber, a designee, the demo seeder): the engine says which stop the fact raises on its own
 * (core {@code Escalation#raisedBy}), and the alert is written in the transaction that appends the
 * fact ({@link EventAppended} is published inside it), and {@link AlertRaised} is published in the
 * same transaction for the prescriber's e-mail. If the alert cannot be written, the fact is not
 * recorded either: the patient is never told "your prescriber has been alerted" in vain.
 */
@Component
class AlertRaiser {
  /** The kinds of fact that can raise a safety or lab stop; any other append costs nothing. */
  static final Set<String> ESCALATING_TYPES =
      Set.of("symptom", "mood-screen", "pregnancy-test", "lab");

  private final PatientRepository patients;
  private final CaseFiles files;
  private final AlertRepository alerts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  AlertRaiser(
      PatientRepository patients,
      CaseFiles files,
      AlertRepository alerts,
      Clock clock,
      ApplicationEventPublisher events) {
    this.patients = patients;
    this.files = files;
    this.alerts = alerts;
    this.clock = clock;
    this.events = events;
  }

  @EventListener
  void onAppended(EventAppended appended) {
    if (!ESCALATING_TYPES.contains(appended.type())) {
      return;
    }
    Optional<CourseEvent> fact = ScenarioReader.readEvent(appended.payload());
    if (fact.isEmpty()) {
      return; // only facts valid under the contract are stored (CourseRecorder validates them)
    }
    PatientRecord patient = patients.findById(appended.patientId()).orElseThrow();
    CaseFile file = files.load(patient);
    if (file.course().id() != appended.courseId()) {
      return; // appended to a course that is no longer the current one
    }
    Optional<Trigger.Stop> stop =
        Escalation.raisedBy(fact.get(), files.history(file), files.policy());
    stop.ifPresent(
        t -> {
          long alert =
              alerts.raise(
                  patient.id(), appended.courseId(), patient.prescriberId(), appended.eventId(), t);
          // in this transaction too: the prescriber's e-mail (notifications) commits with the alert
          events.publishEvent(new AlertRaised(alert, patient.id(), patient.prescriberId(), t.on()));
        });
  }
}
