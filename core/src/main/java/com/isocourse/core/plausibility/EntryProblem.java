package com.isocourse.core.plausibility;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why an entry is refused: the field (a contract path such as {@code capsules[0].strengthMg}) and
 * the limit it breaks, in words a person can act on; the rule ID when a clinical rule sets the
 * limit.
 *
 * <p>The English {@code reason} is what the API, FHIR and clinicians read. {@code limit} is a
 * stable code of the limit ({@code after-today}, {@code more-than-on-hand}) and {@code args} the
 * values its sentence names (dates as ISO days, amounts as plain numbers), so a reader in another
 * language gets the same sentence in their words (issue 14: patient pages in the patient's
 * language) without core knowing any language but English. A limit no patient meets keeps {@link
 * #INVALID}.
 */
public record EntryProblem(String field, String reason, String limit, List<String> args) {
  /** The limit code of a refusal that has no sentence of its own outside English. */
  public static final String INVALID = "invalid";

  public EntryProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(limit, "limit");
    args = List.copyOf(args);
  }

  /** A refusal of a limit without a code of its own (clinician-facing checks). */
  public EntryProblem(String field, String reason) {
    this(field, reason, INVALID, List.of());
  }

  /** A refusal by a coded limit; {@code args} are the values its sentence names, in order. */
  public static EntryProblem of(String field, String limit, String reason, Object... args) {
    return new EntryProblem(
        field, reason, limit, Arrays.stream(args).map(String::valueOf).toList());
  }
}
