package com.isocourse.server.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.isocourse.core.exact.Decimals;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.FieldWords;
import com.isocourse.server.platform.refusal.ForbiddenException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.refusal.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem: 400 with all field errors, 403, 404, 409, and 503
 * when the database is unreachable (fail closed: nothing is authorized). Logs carry the exception
 * type only, never request content, so no patient data reaches the logs.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
  private final FieldWords words;

  public ApiExceptionHandler(FieldWords words) {
    this.words = words;
  }

  /**
   * 400 with every field problem. A patient reading Spanish reads the reasons (and the detail) in
   * Spanish (ADR 0018: the locale is the patient's choice); fields stay as they are.
   */
  private ProblemDetail invalid(List<FieldProblem> problems) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail p = ProblemResponses.invalid(words.translated(problems, locale));
    if (!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
      p.setDetail(words.detail(locale));
    }
    return p;
  }

  /** Bean validation's constraint names as limit codes ({@code NotNull} → {@code required}). */
  private static String limitOf(String constraint) {
    return switch (constraint == null ? "" : constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Positive" -> "more-than-zero";
      default -> com.isocourse.core.plausibility.EntryProblem.INVALID;
    };
  }

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail p = ProblemResponses.problem(HttpStatus.CONFLICT, e.type(), e.getMessage());
    e.properties().forEach(p::setProperty);
    return p;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalid(e.problems());
  }

  @ExceptionHandler(com.isocourse.contract.InvalidInputException.class)
  ProblemDetail invalidScenario(com.isocourse.contract.InvalidInputException e) {
    return invalid(e.errors().stream().map(x -> FieldProblem.of(x.path(), x)).toList());
  }

  @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
  ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
    return ProblemResponses.problem(
        HttpStatus.CONFLICT, "conflict", "A concurrent request changed the same record; retry.");
  }

  /** The audit row could not be written, so nothing was committed (issue 12: fail closed). */
  @ExceptionHandler(com.isocourse.server.platform.audit.AuditUnavailableException.class)
  ProblemDetail auditUnavailable(com.isocourse.server.platform.audit.AuditUnavailableException e) {
    LOG.error("audit row could not be written; the change was rolled back");
    return ProblemResponses.problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "audit-unavailable",
        "The audit trail cannot be written, so nothing was recorded and nothing is authorized."
            + " Retry later.");
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    CannotCreateTransactionException.class,
    DataAccessResourceFailureException.class,
    TransientDataAccessException.class,
    QueryTimeoutException.class
  })
  ProblemDetail databaseDown(Exception e) {
    LOG.warn("database unavailable: {}", e.getClass().getSimpleName());
    return ProblemResponses.databaseUnavailable();
  }

  /** Anything unforeseen: a 500 problem without internals; the log names the type only. */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    // Messages may quote data (SQL values): log the type and where it happened, not the message.
    LOG.error(
        "unexpected failure: {} at {}",
        e.getClass().getName(),
        java.util.Arrays.stream(e.getStackTrace())
            .filter(f -> f.getClassName().startsWith("com.isocourse"))
            .limit(5)
            .map(StackTraceElement::toString)
            .toList());
    return ProblemResponses.problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "internal", "The request failed; nothing was changed.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    ex.getBindingResult()
        .getFieldErrors()
        .forEach(
            f ->
                errors.add(
                    new FieldProblem(
                        f.getField(), f.getDefaultMessage(), limitOf(f.getCode()), List.of())));
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    ex.getParameterValidationResults()
        .forEach(
            r ->
                r.getResolvableErrors()
                    .forEach(
                        err ->
                            errors.add(
                                new FieldProblem(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage()))));
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = "body";
    String reason = "must be a JSON document of the documented shape";
    String limit = "json-shape";
    if (ex.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      field =
          m.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      boolean unknown = m instanceof UnrecognizedPropertyException;
      reason = unknown ? "is not a known field" : "has the wrong type or format";
      limit = unknown ? "unknown-field" : "wrong-type";
      if (m instanceof ExactNumbers.NotExact) {
        reason = Decimals.TOO_PRECISE;
        limit = "too-precise";
      } else if (m instanceof MismatchedInputException mi && wholeNumber(mi.getTargetType())) {
        // a fraction for a count or score: refused, never truncated (accept-float-as-int=false)
        reason = "must be a whole number";
        limit = "whole-number";
      }
    }
    return ResponseEntity.badRequest()
        .body(invalid(List.of(new FieldProblem(field, reason, limit, List.of()))));
  }

  private static boolean wholeNumber(Class<?> type) {
    return type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class;
  }
}
