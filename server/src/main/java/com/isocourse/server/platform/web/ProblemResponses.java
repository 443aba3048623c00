package com.isocourse.server.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.refusal.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details, also for filters that answer before any controller. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("https://isocourse.example/problems/" + type));
    return p;
  }

  public static ProblemDetail invalid(List<FieldProblem> errors) {
    ProblemDetail p =
        problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.");
    p.setProperty("errors", errors);
    return p;
  }

  public static ProblemDetail databaseUnavailable() {
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "database-unavailable",
        "The database cannot be reached; nothing was recorded and nothing is authorized. Retry"
            + " later.");
  }

  /** Writes a problem from a servlet filter, outside Spring MVC. */
  public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail p)
      throws IOException {
    response.setStatus(p.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), p);
  }
}
