package com.isocourse.server.platform.refusal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.isocourse.contract.FieldError;
import com.isocourse.core.plausibility.EntryProblem;
import java.util.List;

/**
 * One rejected input field: its JSON path and why, in an English sentence. {@code limit} and {@code
 * args} name the broken limit by its stable code (core {@link EntryProblem#limit}) so a patient's
 * page and answer can say it in the patient's language ({@link FieldWords}); they are not part of
 * the API's problem details, which keep {@code field} and {@code reason}.
 */
public record FieldProblem(
    String field, String reason, @JsonIgnore String limit, @JsonIgnore List<String> args) {
  public FieldProblem {
    limit = limit == null ? EntryProblem.INVALID : limit;
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A problem without a coded limit (clinician-facing checks). */
  public FieldProblem(String field, String reason) {
    this(field, reason, EntryProblem.INVALID, List.of());
  }

  /** A problem of core's checks, under the given field name. */
  public static FieldProblem of(String field, EntryProblem p) {
    return new FieldProblem(field, p.reason(), p.limit(), p.args());
  }

  /** A problem of the contract reader, under the given field name. */
  public static FieldProblem of(String field, FieldError e) {
    return new FieldProblem(field, e.reason(), e.code(), e.args());
  }

  /** The same problem under another field name (a visit's part prefixed). */
  public FieldProblem named(String newField) {
    return new FieldProblem(newField, reason, limit, args);
  }
}
