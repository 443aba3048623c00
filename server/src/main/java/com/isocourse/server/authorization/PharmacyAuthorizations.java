package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.DecisionWriter;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.authorization.Outcome;
import com.isocourse.core.authorization.RequirementChecklist;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.metrics.OpsMetrics;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pharmacy's question before every fill. Double authorization is impossible by construction: in
 * one transaction the prescription row is locked, the idempotency key and any live authorization
 * are checked, the engine decides on the stored history, and the authorization is inserted under a
 * unique constraint on the prescription. A retry with the same key gets the stored answer; a
 * database failure aborts the transaction, so nothing is authorized.
 *
 * <p>A request makes few round trips: one statement identifies the patient and locks the
 * prescription, one reads the key, the live authorization, the authorization count, the pharmacy
 * and the prescriber's certification, two read the course and its history, and one statement stores
 * the request with the authorization it issues. The order matters under READ COMMITTED: a {@code
 * select … for update} that waited for the lock re-checks only the locked row, and the rest of that
 * statement sees the database as it was before the wait. So the lock statement reads nothing but
 * the patient (which no holder of the lock changes), and everything another request or a
 * cancellation holding the lock may have changed — the idempotency key, the live authorization and
 * the count, the history (a cancellation appends to it) — is read by statements that start after
 * the lock is granted and so see every commit made before.
 */
@Service
public class PharmacyAuthorizations {
  private final AuthorizationRepository store;
  private final PrescriptionRepository prescriptions;
  private final PatientRepository patients;
  private final CaseFiles files;
  private final ObjectMapper json;
  private final Clock clock;
  private final OpsMetrics metrics;

  public PharmacyAuthorizations(
      AuthorizationRepository store,
      PrescriptionRepository prescriptions,
      PatientRepository patients,
      CaseFiles files,
      ObjectMapper json,
      Clock clock,
      OpsMetrics metrics) {
    this.store = store;
    this.prescriptions = prescriptions;
    this.patients = patients;
    this.files = files;
    this.json = json;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Finds the patient a pharmacist serves: program ID and birth date must both match. */
  public PatientRecord identify(String programId, LocalDate birthDate, AuditFacts touched) {
    PatientRecord p =
        patients
            .findByProgramId(programId)
            .filter(x -> x.birthDate().equals(birthDate))
            .orElseThrow(() -> new NotFoundException("patient"));
    touched.patient(p.id());
    return p;
  }

  @Transactional
  public AuthorizationView request(
      CurrentUser pharmacist,
      String key,
      String programId,
      LocalDate birthDate,
      String prescriptionId,
      ArrayNode capsules,
      AuditFacts touched) {
    // ALL-ONEFILL: the patient's row first, so requests for different prescriptions of one
    // patient, dispenses and prescription changes are serialized per patient.
    patients
        .lockIdentified(programId, birthDate)
        .orElseThrow(() -> new NotFoundException("patient"));
    PrescriptionRepository.IdentifiedPatient found =
        prescriptions
            .identifyAndLock(programId, birthDate, prescriptionId)
            .orElseThrow(() -> new NotFoundException("patient"));
    PatientRecord patient = found.patient();
    touched.patient(patient.id());
    if (!found.prescriptionLocked()) {
      throw new NotFoundException("prescription");
    }
    // From here on every statement starts after the lock was granted.
    long pharmacyId = pharmacyOf(pharmacist);
    LocalDate today = LocalDate.now(clock);
    // An authorization past its last dispense date is no longer live: it holds nothing.
    store.expireStale(patient.id(), today);
    AuthorizationRepository.BeforeDeciding before =
        store.beforeDeciding(
            key, prescriptionId, patient.id(), today, pharmacyId, patient.prescriberId());
    if (before.earlierRequestId() != null) {
      return replay(
          store.byId(before.earlierRequestId()).orElseThrow(), pharmacist, prescriptionId);
    }
    if (before.liveAuthorizationId() != null) {
      throw new ConflictException(
          "prescription "
              + prescriptionId
              + " already has authorization "
              + before.liveAuthorizationId()
              + "; reverse it before asking again");
    }
    if (before.patientLiveAuthorization() != null) {
      throw new ConflictException(
          "the patient already holds live authorization "
              + before.patientLiveAuthorization()
              + ": one supply at a time (ALL-ONEFILL); dispense or reverse it first");
    }
    CaseFile file = files.load(patient, before.prescriberCertified());
    if (file.course().status() != CourseStatus.ACTIVE) {
      // Ending a course cancels its open prescriptions (ADR 0023); this guards any left open.
      throw new ConflictException(
          "the patient's course is completed; nothing may be dispensed for it");
    }
    DispenseCase s =
        files.dispenseCase(
            file,
            new DispenseRequest(prescriptionId, today, handedOver(capsules)),
            Optional.ofNullable(before.pharmacyActive()));
    DispenseDecision decision = s.decide();
    AuthorizationRepository.NewAuthorization issue = null;
    if (decision.outcome() instanceof Outcome.Authorized a) {
      String code = a.authorizationCode() + "-" + (before.authorizations() + 1);
      issue = new AuthorizationRepository.NewAuthorization(code, a.doNotDispenseAfter());
    }
    ObjectNode requestJson = json.createObjectNode().put("prescriptionId", prescriptionId);
    requestJson.put("date", today.toString());
    if (capsules != null) {
      requestJson.set("capsules", capsules);
    }
    ObjectNode decisionJson = DecisionWriter.toNode(decision);
    // every requirement the decision checked, met or not, stored with it (ADR 0017)
    decisionJson.set(
        "requirements",
        RequirementsJson.toNode(
            RequirementChecklist.of(s.history(), s.request(), decision).requirements()));
    AuthorizationRepository.Inserted stored =
        store.insertRequest(
            new AuthorizationRepository.NewRequest(
                key,
                prescriptionId,
                patient.id(),
                pharmacyId,
                pharmacist.id(),
                today,
                requestJson.toString(),
                decision.outcome().decision(),
                decisionJson.toString(),
                decision.ruleSet().code(),
                file.version()),
            issue);
    metrics.authorizationDecided(decision.outcome().decision());
    touched.detail(
        "authorization request " + stored.requestId() + " " + decision.outcome().decision());
    // The answer is what was just stored, built from what is at hand rather than read back.
    return new AuthorizationView(
        stored.requestId(),
        prescriptionId,
        patient.programId(),
        today,
        file.version(),
        decisionJson,
        stored.authorization(),
        false);
  }

  private AuthorizationView replay(
      AuthorizationRepository.StoredRequest earlier, CurrentUser pharmacist, String rxId) {
    if (earlier.pharmacyId() != pharmacyOf(pharmacist)
        || !earlier.view().prescriptionId().equals(rxId)) {
      throw new ConflictException(
          "this Idempotency-Key was already used for another request; use a new key");
    }
    return earlier.view().asReplay();
  }

  /** A request made by this pharmacist's pharmacy. */
  public AuthorizationView get(CurrentUser pharmacist, long requestId, AuditFacts touched) {
    AuthorizationRepository.StoredRequest r = own(pharmacist, requestId, touched);
    return r.view();
  }

  private AuthorizationRepository.StoredRequest own(
      CurrentUser pharmacist, long requestId, AuditFacts touched) {
    AuthorizationRepository.StoredRequest r =
        store
            .byId(requestId)
            .filter(x -> x.pharmacyId() == pharmacyOf(pharmacist))
            .orElseThrow(() -> new NotFoundException("authorization request"));
    patients.findByProgramId(r.view().programId()).ifPresent(p -> touched.patient(p.id()));
    return r;
  }

  /** Reverses an issued, unclaimed authorization so the prescription may be asked about again. */
  @Transactional
  public AuthorizationView reverse(CurrentUser pharmacist, long requestId, AuditFacts touched) {
    AuthorizationRepository.StoredRequest r = own(pharmacist, requestId, touched);
    if (r.authorizationId() == null) {
      throw new ConflictException("this request was not authorized; there is nothing to reverse");
    }
    patients.findByProgramId(r.view().programId()).ifPresent(p -> patients.lock(p.id()));
    var auth = store.lock(r.authorizationId()).orElseThrow();
    if (!auth.status().equals("ISSUED")) {
      throw new ConflictException(
          "the authorization is " + auth.status() + " and cannot be reversed");
    }
    store.reverse(auth.id());
    return store.byId(requestId).orElseThrow().view();
  }

  /**
   * Loads an own request's authorization locked, for recording the dispense: the patient's row
   * first (the per-patient lock order of every supply change), then the authorization.
   */
  AuthorizationRepository.LockedAuthorization lockOwn(
      CurrentUser pharmacist, long requestId, AuditFacts touched) {
    AuthorizationRepository.StoredRequest r = own(pharmacist, requestId, touched);
    if (r.authorizationId() == null) {
      throw new ConflictException("this request was not authorized; nothing may be dispensed");
    }
    patients.findByProgramId(r.view().programId()).ifPresent(p -> patients.lock(p.id()));
    return store.lock(r.authorizationId()).orElseThrow();
  }

  /** What the pharmacy says it will hand over (the edge format read once); empty: the regimen. */
  private static Optional<List<DispensedCapsules>> handedOver(ArrayNode capsules) {
    return capsules == null ? Optional.empty() : Optional.of(ScenarioReader.readCapsules(capsules));
  }

  /**
   * The pharmacy a pharmacist works at; only pharmacists reach these calls (their security chains
   * admit no other role), and any other person is refused here too.
   */
  private static long pharmacyOf(CurrentUser user) {
    return switch (user) {
      case CurrentUser.Pharmacist p -> p.pharmacyId();
      case CurrentUser.Admin a -> throw notAPharmacy();
      case CurrentUser.Prescriber p -> throw notAPharmacy();
      case CurrentUser.Designee d -> throw notAPharmacy();
      case CurrentUser.PatientUser p -> throw notAPharmacy();
    };
  }

  private static ForbiddenException notAPharmacy() {
    return new ForbiddenException("only a pharmacy asks for and records dispenses");
  }
}
