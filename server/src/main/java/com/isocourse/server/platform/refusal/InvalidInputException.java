package com.isocourse.server.platform.refusal;

import java.util.List;

/** Bad input with every field error at once (400); thrown before anything is written. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super("invalid input");
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String reason) {
    return new InvalidInputException(List.of(new FieldProblem(field, reason)));
  }

  /** One problem of a coded limit (its sentence in other languages: {@link FieldWords}). */
  public static InvalidInputException of(String field, String limit, String reason) {
    return new InvalidInputException(List.of(new FieldProblem(field, reason, limit, List.of())));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The refusals of a plausibility check in core, as field problems. */
  public static InvalidInputException of(
      java.util.List<com.isocourse.core.plausibility.EntryProblem> problems) {
    return new InvalidInputException(
        problems.stream().map(p -> FieldProblem.of(p.field(), p)).toList());
  }
}
