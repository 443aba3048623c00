package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.DecisionWriter;
import com.isocourse.contract.ParsedScenario;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.DispenseRules;
import com.isocourse.core.authorization.Outcome;
import com.isocourse.server.audit.PatientTouched;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.courses.PrescriptionRepository.PrescriptionRow;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.web.ConflictException;
import com.isocourse.server.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pharmacy's question before every fill. Double authorization is impossible by construction: in
 * one transaction the prescription row is locked, the idempotency key and any live authorization
 * are checked, the engine decides on the stored history, and the authorization is inserted under a
 * unique constraint on the prescription. A retry with the same key gets the stored answer; a
 * database failure aborts the transaction, so nothing is authorized.
 */
@Service
public class PharmacyAuthorizations {
  private final AuthorizationRepository store;
  private final PrescriptionRepository prescriptions;
  private final PatientRepository patients;
  private final CaseFiles files;
  private final ObjectMapper json;
  private final Clock clock;

  public PharmacyAuthorizations(
      AuthorizationRepository store,
      PrescriptionRepository prescriptions,
      PatientRepository patients,
      CaseFiles files,
      ObjectMapper json,
      Clock clock) {
    this.store = store;
    this.prescriptions = prescriptions;
    this.patients = patients;
    this.files = files;
    this.json = json;
    this.clock = clock;
  }

  /** Finds the patient a pharmacist serves: program ID and birth date must both match. */
  public PatientRecord identify(String programId, LocalDate birthDate) {
    PatientRecord p =
        patients
            .findByProgramId(programId)
            .filter(x -> x.birthDate().equals(birthDate))
            .orElseThrow(() -> new NotFoundException("patient"));
    PatientTouched.patient(p.id());
    return p;
  }

  @Transactional
  public AuthorizationView request(
      CurrentUser pharmacist,
      String key,
      String programId,
      LocalDate birthDate,
      String prescriptionId,
      ArrayNode capsules) {
    PatientRecord patient = identify(programId, birthDate);
    PrescriptionRow rx =
        prescriptions
            .lock(prescriptionId)
            .filter(r -> r.patientId() == patient.id())
            .orElseThrow(() -> new NotFoundException("prescription"));
    Optional<AuthorizationRepository.StoredRequest> earlier = store.byKey(key);
    if (earlier.isPresent()) {
      return replay(earlier.get(), pharmacist, prescriptionId);
    }
    Optional<Long> live = store.liveAuthorization(prescriptionId);
    if (live.isPresent()) {
      throw new ConflictException(
          "prescription "
              + prescriptionId
              + " already has authorization "
              + live.get()
              + "; reverse it before asking again");
    }
    long pharmacyId = pharmacist.pharmacyId();
    LocalDate today = LocalDate.now(clock);
    CaseFile file = files.load(patient);
    ParsedScenario s =
        files.scenario(file, rx.id(), today, store.pharmacyActive(pharmacyId), capsules);
    DispenseDecision decision =
        DispenseRules.decide(s.history(), s.request(), s.ruleSet(), s.policy());
    AuthorizationView.Authorization authorization = null;
    if (decision.outcome() instanceof Outcome.Authorized a) {
      String code = a.authorizationCode() + "-" + (store.authorizationCount(rx.id()) + 1);
      authorization =
          store.insertAuthorization(
              rx.id(), patient.id(), pharmacyId, code, a.doNotDispenseAfter());
    }
    ObjectNode requestJson = json.createObjectNode().put("prescriptionId", rx.id());
    requestJson.put("date", today.toString());
    if (capsules != null) {
      requestJson.set("capsules", capsules);
    }
    ObjectNode decisionJson = DecisionWriter.toNode(decision);
    long id =
        store.insertRequest(
            key,
            rx.id(),
            patient.id(),
            pharmacyId,
            pharmacist.id(),
            today,
            requestJson.toString(),
            decision.outcome().decision(),
            decisionJson.toString(),
            decision.ruleSet().code(),
            file.version(),
            authorization == null ? null : authorization.id());
    PatientTouched.detail("authorization request " + id + " " + decision.outcome().decision());
    // The answer is what was just stored, built from what is at hand rather than read back.
    return new AuthorizationView(
        id,
        rx.id(),
        patient.programId(),
        today,
        file.version(),
        decisionJson,
        authorization,
        false);
  }

  private AuthorizationView replay(
      AuthorizationRepository.StoredRequest earlier, CurrentUser pharmacist, String rxId) {
    if (earlier.pharmacyId() != pharmacist.pharmacyId()
        || !earlier.view().prescriptionId().equals(rxId)) {
      throw new ConflictException(
          "this Idempotency-Key was already used for another request; use a new key");
    }
    return earlier.view().asReplay();
  }

  /** A request made by this pharmacist's pharmacy. */
  public AuthorizationView get(CurrentUser pharmacist, long requestId) {
    AuthorizationRepository.StoredRequest r = own(pharmacist, requestId);
    return r.view();
  }

  private AuthorizationRepository.StoredRequest own(CurrentUser pharmacist, long requestId) {
    AuthorizationRepository.StoredRequest r =
        store
            .byId(requestId)
            .filter(x -> x.pharmacyId() == pharmacist.pharmacyId())
            .orElseThrow(() -> new NotFoundException("authorization request"));
    patients.findByProgramId(r.view().programId()).ifPresent(p -> PatientTouched.patient(p.id()));
    return r;
  }

  /** Reverses an issued, unclaimed authorization so the prescription may be asked about again. */
  @Transactional
  public AuthorizationView reverse(CurrentUser pharmacist, long requestId) {
    AuthorizationRepository.StoredRequest r = own(pharmacist, requestId);
    if (r.authorizationId() == null) {
      throw new ConflictException("this request was not authorized; there is nothing to reverse");
    }
    var auth = store.lock(r.authorizationId()).orElseThrow();
    if (!auth.status().equals("ISSUED")) {
      throw new ConflictException(
          "the authorization is " + auth.status() + " and cannot be reversed");
    }
    store.reverse(auth.id());
    return store.byId(requestId).orElseThrow().view();
  }

  /** Loads an own request's authorization locked, for recording the dispense. */
  AuthorizationRepository.LockedAuthorization lockOwn(CurrentUser pharmacist, long requestId) {
    AuthorizationRepository.StoredRequest r = own(pharmacist, requestId);
    if (r.authorizationId() == null) {
      throw new ConflictException("this request was not authorized; nothing may be dispensed");
    }
    return store.lock(r.authorizationId()).orElseThrow();
  }
}
