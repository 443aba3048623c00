package com.isocourse.core.interactions;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A medication name normalized for matching (rules.md §7): lower case, apostrophes dropped ("St.
 * John's" reads as "st johns"), every other punctuation mark a word break. Matching is by whole
 * tokens, so "isotretinoin" never contains "tretinoin" and "softgel" never contains "gel".
 */
record MedicationName(List<String> tokens) {
  MedicationName {
    tokens = List.copyOf(tokens);
  }

  static MedicationName of(String name) {
    String text =
        name.toLowerCase(Locale.ROOT)
            .replaceAll("['’`´]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return new MedicationName(text.isEmpty() ? List.of() : Arrays.asList(text.split(" ")));
  }

  /** True when the phrase's tokens occur here next to each other, in order. */
  boolean contains(MedicationName phrase) {
    return !phrase.tokens.isEmpty() && Collections.indexOfSubList(tokens, phrase.tokens) >= 0;
  }

  boolean containsAny(List<MedicationName> phrases) {
    return phrases.stream().anyMatch(this::contains);
  }
}
