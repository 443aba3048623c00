package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.dispensing.HandOverCheck;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.server.courses.CourseRepository;
import com.isocourse.server.courses.EventStore;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.metrics.OpsMetrics;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what was handed over against an authorization, exactly once: the authorization row is
 * locked, must be issued and unexpired, the capsules must match the prescription (strengths, counts
 * within regimen × days' supply, formulation), and the dispense row is unique per authorization.
 * The dispense also becomes a history event, and the course starts on its date.
 */
@Service
class DispenseRecorder {
  private final PharmacyAuthorizations authorizations;
  private final AuthorizationRepository store;
  private final PrescriptionRepository prescriptions;
  private final CourseRepository courses;
  private final EventStore events;
  private final ObjectMapper json;
  private final Clock clock;
  private final OpsMetrics metrics;

  public DispenseRecorder(
      PharmacyAuthorizations authorizations,
      AuthorizationRepository store,
      PrescriptionRepository prescriptions,
      CourseRepository courses,
      EventStore events,
      ObjectMapper json,
      Clock clock,
      OpsMetrics metrics) {
    this.authorizations = authorizations;
    this.store = store;
    this.prescriptions = prescriptions;
    this.courses = courses;
    this.events = events;
    this.json = json;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Capsules of one strength handed over. */
  public record HandedOver(int strengthMg, int count, String formulation) {}

  @Transactional
  public AuthorizationView record(
      CurrentUser pharmacist, long requestId, List<HandedOver> caps, AuditFacts touched) {
    var auth = authorizations.lockOwn(pharmacist, requestId, touched);
    LocalDate today = LocalDate.now(clock);
    if (auth.status().equals("CLAIMED")) {
      throw new ConflictException("the dispense for this authorization is already recorded");
    }
    if (!auth.status().equals("ISSUED")) {
      throw new ConflictException("the authorization is " + auth.status());
    }
    if (today.isAfter(auth.doNotDispenseAfter())) {
      throw new ConflictException(
          "the authorization expired after " + auth.doNotDispenseAfter() + "; ask again");
    }
    var rx = prescriptions.find(auth.prescriptionId()).orElseThrow();
    if (!rx.status().equals("ACTIVE")) {
      throw new ConflictException(
          "prescription " + rx.id() + " was cancelled after it was authorized; do not dispense");
    }
    if (courses.lock(rx.courseId()).status() != CourseStatus.ACTIVE) {
      throw new ConflictException(
          "the course was completed after it was authorized; do not dispense");
    }
    check(rx.payload(), caps);
    ArrayNode capsules = json.createArrayNode();
    caps.forEach(
        c ->
            capsules
                .addObject()
                .put("strengthMg", c.strengthMg())
                .put("count", c.count())
                .put("formulation", c.formulation()));
    store.insertDispense(
        auth.id(), rx.id(), rx.patientId(), today, capsules.toString(), pharmacist.id());
    store.claim(auth.id());
    ObjectNode event = json.createObjectNode();
    event.put("type", "dispense").put("date", today.toString()).put("prescriptionId", rx.id());
    event.set("capsules", capsules);
    events.append(rx.patientId(), rx.courseId(), event, pharmacist.id(), null);
    courses.startIfNotStarted(rx.courseId(), today);
    metrics.dispenseRecorded();
    return authorizations.get(pharmacist, requestId, touched);
  }

  /**
   * ALL-QTY and ALL-FORMULATION at the moment of handing over, checked by core ({@link
   * HandOverCheck}) against the stored prescription.
   */
  private static void check(ObjectNode prescription, List<HandedOver> caps) {
    Formulation prescribed =
        Formulation.fromCode(prescription.path("formulation").asText())
            .orElseThrow(() -> new IllegalStateException("stored prescription has no formulation"));
    List<PrescribedCapsule> lines = new ArrayList<>();
    for (JsonNode line : prescription.path("capsules")) {
      lines.add(
          new PrescribedCapsule(
              line.path("strengthMg").asInt(),
              line.path("morning").asInt(),
              line.path("evening").asInt()));
    }
    Prescription rx =
        new Prescription(
            LocalDate.parse(prescription.path("date").asText(LocalDate.EPOCH.toString())),
            prescription.path("id").asText("rx"),
            Optional.of(prescribed),
            lines,
            prescription.path("daysSupply").asInt(),
            prescription.path("refills").asInt(),
            false);
    List<EntryProblem> problems =
        HandOverCheck.problems(
            rx,
            prescribed,
            caps == null
                ? null
                : caps.stream()
                    .map(
                        c ->
                            c == null
                                ? null
                                : new HandOverCheck.HandedOver(
                                    c.strengthMg(), c.count(), c.formulation()))
                    .toList());
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems);
    }
  }
}
