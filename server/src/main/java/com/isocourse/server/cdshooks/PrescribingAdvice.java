package com.isocourse.server.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The use case behind the CDS services: which cards a prescriber gets for a hook. The patient is
 * identified strictly — the hook's {@code context.patientId} (and the prefetched Patient's program
 * ID identifier, when sent) must be the program ID of an enrolled patient — and only the prescriber
 * caring for that patient gets cards; anything else gets no cards, never a guess and never a hint
 * that the patient exists. The cards are the engine's decision for the next fill ({@code
 * DispenseRules.decide} on the stored case file, as the pharmacy API and the course summary ask
 * it), without "prescription not found": the order being signed is that prescription. Nothing is
 * stored and no authorization is created.
 */
@Service
class PrescribingAdvice {
  /** The identifier system of the Isocourse program ID in FHIR. */
  public static final String PROGRAM_ID_SYSTEM = "https://isocourse.example/program-id";

  /** The prescription id of "the next fill" (as in the course summary). */
  private static final String NEXT = "(next)";

  private final PatientRepository patients;
  private final CaseFiles files;
  private final Clock clock;
  private final DecisionCards cards;

  public PrescribingAdvice(
      PatientRepository patients, CaseFiles files, Clock clock, ObjectMapper json) {
    this.patients = patients;
    this.files = files;
    this.clock = clock;
    this.cards = new DecisionCards(json);
  }

  /**
   * @param baseUrl the server's base URL as the client reached it, for the link to the patient page
   */
  CdsResponse advise(
      CurrentUser user,
      CdsService service,
      HookRequest request,
      String baseUrl,
      AuditFacts touched) {
    if (service.aboutOrders() && !ordersIsotretinoinFor(request)) {
      return CdsResponse.none();
    }
    if (request.prefetchedProgramId().filter(id -> !id.equals(request.patientId())).isPresent()) {
      return CdsResponse.none();
    }
    Optional<PatientRecord> found = patients.findByProgramId(request.patientId());
    if (found.isEmpty()) {
      return CdsResponse.none();
    }
    PatientRecord p = found.get();
    touched.patient(p.id());
    if (!user.prescriberScope().map(s -> s == p.prescriberId()).orElse(false)) {
      touched.detail("cds " + service.hook() + ": not their patient, no cards");
      return CdsResponse.none();
    }
    CaseFile file = files.load(p);
    LocalDate today = LocalDate.now(clock);
    DispenseCase s = files.nextFill(file, NEXT, today);
    DispenseDecision d = s.decide();
    DispenseDecision forTheOrder =
        new DispenseDecision(
            d.ruleSet(),
            d.policy(),
            d.outcome(),
            d.reasons().stream()
                .filter(f -> f.code() != ReasonCode.PRESCRIPTION_NOT_FOUND)
                .toList(),
            d.warnings(),
            d.missing(),
            d.notes(),
            d.cumulative(),
            d.due());
    List<CdsCard> out =
        cards.of(forTheOrder, p.programId(), baseUrl + "/prescriber/patients/" + p.id());
    touched.detail("cds " + service.hook() + ": " + out.size() + " cards");
    return new CdsResponse(out);
  }

  /**
   * True when some draft order is isotretinoin; an isotretinoin order naming another subject than
   * the context's patient makes the request ambiguous, so it gets no cards at all.
   */
  private static boolean ordersIsotretinoinFor(HookRequest request) {
    IsotretinoinProducts products = IsotretinoinProducts.vocabulary();
    List<JsonNode> iso = request.orders().stream().filter(products::ordered).toList();
    String patient = "Patient/" + request.patientId();
    boolean sameSubject =
        iso.stream()
            .map(o -> o.path("subject").path("reference"))
            .allMatch(r -> r.isMissingNode() || r.asText().equals(patient));
    return !iso.isEmpty() && sameSubject;
  }
}
