package com.isocourse.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every FHIR request shares: its route is named for the audit row ({@code GET
 * /fhir/Patient/{id}}, never the query), and the use cases' refusals become OperationOutcomes with
 * the status the REST API gives them (404 outside the relationship, 403, 409, 422 naming the
 * element, 503 when the database is down) instead of HAPI's 500.
 */
@Component
@Interceptor
class FhirRequests {
  private final FhirContext fhir;

  public FhirRequests(FhirContext fhir) {
    this.fhir = fhir;
  }

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean nameTheRoute(RequestDetails details, HttpServletRequest request) {
    StringBuilder route = new StringBuilder("/fhir");
    if (details.getResourceName() != null && !details.getResourceName().isEmpty()) {
      route.append('/').append(details.getResourceName());
    }
    if (details.getId() != null && details.getId().hasIdPart()) {
      route.append("/{id}");
    }
    if (details.getOperation() != null && !details.getOperation().isEmpty()) {
      route.append('/').append(details.getOperation());
    }
    request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, route.toString());
    refuseBlankParameters(details);
    return true;
  }

  /**
   * A search parameter given without a value ({@code Patient?identifier=}, {@code
   * Observation?patient}) is bad input, answered as a 400 OperationOutcome naming the parameter;
   * HAPI would hand the provider a null and the request would end in a 500.
   */
  static void refuseBlankParameters(RequestDetails details) {
    if (details.getParameters() == null) {
      return;
    }
    details
        .getParameters()
        .forEach(
            (name, values) -> {
              boolean blank =
                  values == null
                      || values.length == 0
                      || java.util.Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
              if (blank) {
                throw new ca.uhn.fhir.rest.server.exceptions.InvalidRequestException(
                    "Search parameter '" + name + "' has no value");
              }
            });
  }

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException translate(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      BaseServerResponseException mapped = mapped(t);
      if (mapped != null) {
        return mapped;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private BaseServerResponseException mapped(Throwable t) {
    if (t instanceof NotFoundException e) {
      return new ResourceNotFoundException(e.getMessage());
    }
    if (t instanceof ForbiddenException e) {
      return new ForbiddenOperationException(e.getMessage());
    }
    if (t instanceof ConflictException e) {
      return new ResourceVersionConflictException(e.getMessage());
    }
    if (t instanceof InvalidInputException e) {
      return invalid(e.problems(), ObservationFacts.CONTRACT_ELEMENTS);
    }
    if (t instanceof DataAccessException) {
      return new Unavailable();
    }
    return null;
  }

  /** A 422 OperationOutcome with one issue per problem, naming the FHIR element. */
  UnprocessableEntityException invalid(
      List<FieldProblem> problems, java.util.Map<String, String> elements) {
    OperationOutcome oo = new OperationOutcome();
    for (FieldProblem p : problems) {
      String element = elements.getOrDefault(p.field(), p.field());
      var issue =
          oo.addIssue()
              .setSeverity(OperationOutcome.IssueSeverity.ERROR)
              .setCode(OperationOutcome.IssueType.INVALID)
              .setDiagnostics(element + ": " + p.reason());
      issue.addExpression(element);
    }
    return new UnprocessableEntityException(fhir, oo);
  }

  /** The database cannot be reached: 503, retry later. */
  static final class Unavailable extends BaseServerResponseException {
    private static final long serialVersionUID = 1L;

    Unavailable() {
      super(
          HttpStatus.SERVICE_UNAVAILABLE.value(),
          "The database cannot be reached; nothing was shown or changed. Retry later.");
    }
  }
}
