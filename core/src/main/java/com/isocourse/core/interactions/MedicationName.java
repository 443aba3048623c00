package com.isocourse.core.interactions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A medication name normalized for matching (rules.md §7: "case-insensitive, punctuation ignored"):
 * apostrophes dropped ("St. John's" reads as "st johns"), letters and digits kept, and the places
 * where a word starts or ends remembered. A word boundary is where the written name had a space or
 * a punctuation mark, a change between letters and digits ("Doxycycline100mg"), or a lower-case
 * letter followed by a capital ("VibraTabs", "SolodynER"). So "Vibra-Tabs", "Vibra Tabs" and
 * "VibraTabs" are one name, while "isotretinoin" never holds "tretinoin" and "softgel" never holds
 * "gel".
 *
 * @param tokens the words of the name, lower case (how the vocabulary files name phrases)
 * @param compact the name's letters and digits, lower case, without any separator
 * @param boundary {@code boundary[i]}: a word starts or ends between compact positions i − 1 and i
 */
record MedicationName(List<String> tokens, String compact, boolean[] boundary) {
  /**
   * A term this long or longer also matches as the start of a longer word ("doxycyclinehyclate").
   */
  static final int PREFIX_MATCH_MIN_CHARS = 7;

  MedicationName {
    tokens = List.copyOf(tokens);
    boundary = boundary.clone();
  }

  static MedicationName of(String name) {
    String text = name.replaceAll("['’`´]", "");
    StringBuilder compact = new StringBuilder();
    boolean[] boundary = new boolean[text.length() + 1];
    boolean separated = true;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) {
        separated = true;
        continue;
      }
      boolean wordStart =
          separated
              || Character.isDigit(cp) != Character.isDigit(previous)
              || (Character.isLowerCase(previous) && Character.isUpperCase(cp));
      if (wordStart) {
        boundary[compact.length()] = true;
      }
      compact.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      previous = cp;
      separated = false;
    }
    boundary[compact.length()] = true;
    String words =
        name.toLowerCase(Locale.ROOT)
            .replaceAll("['’`´]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return new MedicationName(
        words.isEmpty() ? List.of() : Arrays.asList(words.split(" ")),
        compact.toString(),
        Arrays.copyOf(boundary, compact.length() + 1));
  }

  /**
   * True when the phrase occurs here as whole words: its letters and digits, separators ignored,
   * starting and ending at word boundaries (local words, local-only brands, exemptions).
   */
  boolean contains(MedicationName phrase) {
    return find(phrase, false);
  }

  /**
   * True when the phrase occurs here as an interaction term: starting at a word boundary and ending
   * at one, or, for a term of at least {@value #PREFIX_MATCH_MIN_CHARS} letters, as the start of a
   * longer word ("doxycyclinehyclate"): a missed interacting drug is the unsafe error.
   */
  boolean containsTerm(MedicationName phrase) {
    return find(phrase, phrase.compact.length() >= PREFIX_MATCH_MIN_CHARS);
  }

  private boolean find(MedicationName phrase, boolean prefixAllowed) {
    String p = phrase.compact;
    if (p.isEmpty()) {
      return false;
    }
    for (int at = compact.indexOf(p); at >= 0; at = compact.indexOf(p, at + 1)) {
      if (boundary[at] && (prefixAllowed || boundary[at + p.length()])) {
        return true;
      }
    }
    return false;
  }

  boolean containsAny(List<MedicationName> phrases) {
    return phrases.stream().anyMatch(this::contains);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MedicationName n && compact.equals(n.compact) && tokens.equals(n.tokens);
  }

  @Override
  public int hashCode() {
    return compact.hashCode();
  }

  @Override
  public String toString() {
    return "MedicationName[" + String.join(" ", tokens) + "]";
  }
}
