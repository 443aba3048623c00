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
    if (text.length() > MAX_CHARS) {
      return Optional.of("must be at most " + MAX_CHARS + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
        return Optional.of(
            "must not contain control characters (found U+"
                + String.format("%04X", (int) ch)
                + ")");
      }
    }
    return Optional.empty();
  }
}
