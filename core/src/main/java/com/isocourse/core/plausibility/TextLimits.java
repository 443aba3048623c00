package com.isocourse.core.plausibility;

import java.util.Optional;

/**
 * Free text everywhere (names, notes, identifiers): at most {@link #MAX_CHARS} characters and no
 * control characters other than line breaks and tabs. NUL and the other C0/C1 controls cannot be
 * stored by every channel (PostgreSQL refuses NUL in text), can hide content from a reader, and are
 * never typed by a person; a clinical note has no use for 10 MB.
 */
public final class TextLimits {
  /** The longest free text accepted. */
  public static final int MAX_CHARS = 2000;

  private TextLimits() {}

  /** Why the text is refused, or empty when it is acceptable. */
  public static Optional<String> problem(String text) {
    return problem("text", text).map(EntryProblem::reason);
  }

  /**
   * The refusal of the text in {@code field} (limits {@code too-long}, {@code control-character}).
   */
  public static Optional<EntryProblem> problem(String field, String text) {
    if (text.length() > MAX_CHARS) {
      return Optional.of(
          EntryProblem.of(
              field, "too-long", "must be at most " + MAX_CHARS + " characters", MAX_CHARS));
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
        String code = String.format("U+%04X", (int) ch);
        return Optional.of(
            EntryProblem.of(
                field,
                "control-character",
                "must not contain control characters (found " + code + ")",
                code));
      }
    }
    return Optional.empty();
  }
}
