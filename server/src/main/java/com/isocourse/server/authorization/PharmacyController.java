package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.idempotency.IdempotencyKey;
import com.isocourse.server.platform.idempotency.IdempotentCalls;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pharmacist API: only what a dispense needs. Find the patient by program ID and birth date (their
 * prescriptions, not their history), ask for an authorization, read it, record the dispense,
 * reverse an unclaimed authorization.
 */
@RestController
@RequestMapping("/api/pharmacy")
class PharmacyController {
  private final PharmacyAuthorizations authorizations;
  private final DispenseRecorder dispenses;
  private final PrescriptionRepository prescriptions;
  private final CaseFiles files;
  private final IdempotentCalls calls;

  public PharmacyController(
      PharmacyAuthorizations authorizations,
      DispenseRecorder dispenses,
      PrescriptionRepository prescriptions,
      CaseFiles files,
      IdempotentCalls calls) {
    this.authorizations = authorizations;
    this.dispenses = dispenses;
    this.prescriptions = prescriptions;
    this.files = files;
    this.calls = calls;
  }

  /** What a pharmacist sees of a patient. */
  public record PatientAtPharmacy(
      String programId, String displayName, LocalDate birthDate, List<Object> prescriptions) {}

  /**
   * Who is at the counter: sent in the body, never in the URL (proxy and access logs keep URLs).
   */
  public record PatientLookup(@NotBlank String programId, @NotNull LocalDate birthDate) {}

  /**
   * Finds the patient by program ID and birth date. A POST, not a GET, so the identifiers stay out
   * of URLs (issue 12); nothing is changed.
   */
  @PostMapping("/patients/lookup")
  PatientAtPharmacy find(@Valid @RequestBody PatientLookup lookup, AuditFacts touched) {
    String programId = lookup.programId();
    LocalDate birthDate = lookup.birthDate();
    PatientRecord p = authorizations.identify(programId, birthDate, touched);
    var course = files.load(p).course();
    List<Object> rx =
        prescriptions.forCourse(course.id()).stream()
            .filter(r -> r.status().equals("ACTIVE") && !r.dispensed())
            .map(r -> (Object) r.payload())
            .toList();
    return new PatientAtPharmacy(p.programId(), p.displayName(), p.birthDate(), rx);
  }

  /** Authorization request. {@code capsules} (optional) is what will be handed over. */
  public record AuthorizationRequest(
      @NotBlank String programId,
      @NotNull LocalDate birthDate,
      @NotBlank String prescriptionId,
      ArrayNode capsules) {}

  @PostMapping("/authorizations")
  ResponseEntity<AuthorizationView> request(
      @AuthenticationPrincipal CurrentUser user,
      @Parameter(
              required = true,
              description =
                  "Required: 1 to 200 visible ASCII characters, new for each new request. A retry"
                      + " with the same key returns the stored answer (200, replayed: true,"
                      + " Idempotent-Replayed: true) and asks nothing again.")
          @RequestHeader(name = IdempotencyKey.HEADER, required = false)
          String key,
      @Valid @RequestBody AuthorizationRequest r,
      AuditFacts touched) {
    if (IdempotencyKey.fromHeader(key).isEmpty()) {
      throw InvalidInputException.of(
          IdempotencyKey.HEADER,
          "header is required (1 to 200 visible ASCII characters), unique per request");
    }
    AuthorizationView v =
        authorizations.request(
            user, key, r.programId(), r.birthDate(), r.prescriptionId(), r.capsules(), touched);
    if (v.replayed()) {
      return ResponseEntity.ok().header(IdempotentCalls.REPLAYED, "true").body(v);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(v);
  }

  @GetMapping("/authorizations/{requestId}")
  AuthorizationView get(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long requestId, AuditFacts touched) {
    return authorizations.get(user, requestId, touched);
  }

  /** What was handed over. */
  public record DispenseInput(@NotNull List<DispenseRecorder.HandedOver> capsules) {}

  @PostMapping("/authorizations/{requestId}/dispense")
  ResponseEntity<AuthorizationView> dispense(
      @AuthenticationPrincipal CurrentUser user,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @PathVariable long requestId,
      @Valid @RequestBody DispenseInput input,
      HttpServletRequest request,
      AuditFacts touched) {
    return calls.once(
        user,
        key,
        request,
        input,
        HttpStatus.OK,
        AuthorizationView.class,
        () -> dispenses.record(user, requestId, input.capsules(), touched));
  }

  @PostMapping("/authorizations/{requestId}/reverse")
  AuthorizationView reverse(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long requestId, AuditFacts touched) {
    return authorizations.reverse(user, requestId, touched);
  }
}
