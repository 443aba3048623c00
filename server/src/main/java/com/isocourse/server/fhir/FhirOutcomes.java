package com.isocourse.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;

/** OperationOutcomes the adapter writes itself, before HAPI runs (refusals of the filter chain). */
final class FhirOutcomes {
  private FhirOutcomes() {}

  /** One error issue with the HTTP status's FHIR issue type and a sentence that says what to do. */
  static OperationOutcome error(HttpStatus status, String diagnostics) {
    OperationOutcome oo = new OperationOutcome();
    oo.addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(issueType(status))
        .setDiagnostics(diagnostics);
    return oo;
  }

  static IssueType issueType(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> IssueType.LOGIN;
      case FORBIDDEN -> IssueType.FORBIDDEN;
      case NOT_FOUND -> IssueType.NOTFOUND;
      case CONFLICT -> IssueType.CONFLICT;
      case SERVICE_UNAVAILABLE -> IssueType.TRANSIENT;
      default -> IssueType.INVALID;
    };
  }

  static void write(
      HttpServletResponse response, FhirContext fhir, HttpStatus status, String diagnostics)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType("application/fhir+json;charset=UTF-8");
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response
        .getOutputStream()
        .write(
            fhir.newJsonParser()
                .encodeResourceToString(error(status, diagnostics))
                .getBytes(StandardCharsets.UTF_8));
  }
}
