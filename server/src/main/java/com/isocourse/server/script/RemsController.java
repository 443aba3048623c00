package com.isocourse.server.script;

import com.isocourse.server.authorization.AuthorizationView;
import com.isocourse.server.authorization.PharmacyAuthorizations;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.NotFoundException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.web.InputHygieneFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /script/rems}: a pharmacy system's NCPDP SCRIPT {@code REMSRequest}, answered with a
 * {@code REMSResponse} from {@link PharmacyAuthorizations#request} — the same locking, decision,
 * authorization, idempotency (key {@code script-rems:<MessageID>}: a resent message gets the stored
 * answer and creates nothing) and audit as {@code POST /api/pharmacy/authorizations}. A message
 * that cannot be processed gets a SCRIPT {@code Error}: 400 when malformed, 404 when the patient or
 * prescription is not found, 409 when a live authorization or the message ID's earlier use stands
 * in the way.
 */
@RestController
class RemsController {
  static final MediaType XML = MediaType.APPLICATION_XML;

  private final PharmacyAuthorizations authorizations;
  private final Clock clock;

  public RemsController(PharmacyAuthorizations authorizations, Clock clock) {
    this.authorizations = authorizations;
    this.clock = clock;
  }

  @PostMapping("/script/rems")
  ResponseEntity<String> rems(
      @AuthenticationPrincipal CurrentUser user, HttpServletRequest http, AuditFacts touched)
      throws IOException {
    byte[] body = http.getInputStream().readNBytes(InputHygieneFilter.MAX_BODY_BYTES + 1);
    if (body.length > InputHygieneFilter.MAX_BODY_BYTES) {
      throw new ScriptMessageException("Message", "the message is larger than 1 MiB");
    }
    if (body.length == 0) {
      throw new ScriptMessageException("Message", "the request body is empty");
    }
    RemsRequest request = RemsRequest.read(ScriptXml.parse(body));
    AuthorizationView view =
        authorizations.request(
            user,
            request.idempotencyKey(),
            request.programId(),
            request.birthDate(),
            request.prescriptionId(),
            null,
            touched);
    return ResponseEntity.ok()
        .contentType(XML)
        .body(RemsResponses.answer(request, view, Instant.now(clock)));
  }

  @ExceptionHandler(ScriptMessageException.class)
  ResponseEntity<String> malformed(ScriptMessageException e) {
    return error(HttpStatus.BAD_REQUEST, "900", e.element(), e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<String> notFound(NotFoundException e) {
    return error(
        HttpStatus.NOT_FOUND,
        "900",
        "Body/REMSRequest",
        e.getMessage()
            + " (REMSPatientID and DateOfBirth must match an enrolled patient, and"
            + " PrescriberOrderNumber one of their prescriptions)");
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<String> conflict(ConflictException e) {
    return error(HttpStatus.CONFLICT, "900", "Body/REMSRequest", e.getMessage());
  }

  private ResponseEntity<String> error(
      HttpStatus status, String code, String element, String description) {
    return ResponseEntity.status(status)
        .contentType(XML)
        .body(RemsResponses.error(null, code, element, description, Instant.now(clock)));
  }
}
