package com.isocourse.core.interactions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the vocabulary files of this package (background.md "Name-matching tables" and "Local-only
 * brands"; rules.md §3 local words). One entry a line, {@code key: value}; blank lines and lines
 * starting with {@code #} are ignored. A group file (tetracyclines.txt, …) holds one {@code rule:}
 * line naming its rule (SAFE-TETRA, SAFE-RETINOID, WARN-VITA, WARN-SJW, WARN-BONE), {@code
 * ingredient:} and {@code brand:} lines, {@code unless:} lines exempting the entry just above, and
 * {@code rxnorm: <RxCUI> <ingredient>} lines naming an ingredient of the same file.
 *
 * <p>Every problem (missing file, unknown key, empty value, a name twice, an {@code unless:} with
 * no entry above it, a code that is not digits or names no ingredient of the file, a missing or
 * wrong {@code rule:}) is an {@link IllegalStateException} naming the file and line.
 */
final class VocabularyFile {
  private VocabularyFile() {}

  /** The ingredients and brands of one group, and its RxNorm ingredient codes. */
  record GroupVocabulary(List<InteractionTerm> terms, Map<String, InteractionTerm> rxnorm) {
    GroupVocabulary {
      terms = List.copyOf(terms);
      rxnorm = Map.copyOf(rxnorm);
    }
  }

  /** One {@code key: value} line of a file. */
  record Entry(String source, int line, String key, String value) {
    IllegalStateException error(String problem) {
      return new IllegalStateException(source + ":" + line + ": " + problem);
    }
  }

  /** The phrases of a list file whose every line is {@code key: <phrase>}. */
  static List<MedicationName> phrases(String file, String key) {
    List<MedicationName> phrases = new ArrayList<>();
    Set<MedicationName> seen = new HashSet<>();
    for (Entry e : entries(file, lines(file), Set.of(key))) {
      MedicationName phrase = phrase(e);
      if (!seen.add(phrase)) {
        throw e.error("\"" + e.value() + "\" is listed twice");
      }
      phrases.add(phrase);
    }
    if (phrases.isEmpty()) {
      throw new IllegalStateException(file + ": no " + key + " lines");
    }
    return List.copyOf(phrases);
  }

  /** The vocabulary of one group, read from its file. */
  static GroupVocabulary group(InteractionGroup group, String file) {
    return group(group, file, lines(file));
  }

  /** The vocabulary of one group, from the lines of a file named {@code source}. */
  static GroupVocabulary group(InteractionGroup group, String source, List<String> lines) {
    List<Entry> entries =
        entries(source, lines, Set.of("rule", "ingredient", "brand", "unless", "rxnorm"));
    Map<MedicationName, InteractionTerm> ingredients = new HashMap<>();
    Map<MedicationName, Entry> names = new LinkedHashMap<>();
    Map<Entry, List<MedicationName>> unless = new HashMap<>();
    Entry rule = null;
    Entry last = null;
    for (Entry e : entries) {
      switch (e.key()) {
        case "rule" -> {
          if (rule != null || !e.value().equals(group.ruleId())) {
            throw e.error("expected one \"rule: " + group.ruleId() + "\"");
          }
          rule = e;
        }
        case "ingredient", "brand" -> {
          if (names.putIfAbsent(phrase(e), e) != null) {
            throw e.error("\"" + e.value() + "\" is listed twice");
          }
          unless.put(e, new ArrayList<>());
          last = e;
        }
        case "unless" -> {
          if (last == null) {
            throw e.error("unless: needs an ingredient or brand line above it");
          }
          unless.get(last).add(phrase(e));
        }
        default -> {} // rxnorm lines are resolved once every ingredient is known
      }
    }
    if (rule == null) {
      throw new IllegalStateException(source + ": no \"rule: " + group.ruleId() + "\" line");
    }
    List<InteractionTerm> terms = new ArrayList<>();
    names.forEach(
        (phrase, e) -> {
          InteractionTerm.Kind kind =
              e.key().equals("brand")
                  ? InteractionTerm.Kind.BRAND
                  : InteractionTerm.Kind.INGREDIENT;
          InteractionTerm term = new InteractionTerm(group, kind, e.value(), phrase, unless.get(e));
          terms.add(term);
          if (kind == InteractionTerm.Kind.INGREDIENT) {
            ingredients.put(phrase, term);
          }
        });
    if (ingredients.isEmpty()) {
      throw new IllegalStateException(source + ": no ingredient lines");
    }
    return new GroupVocabulary(terms, rxnormCodes(entries, ingredients));
  }

  private static Map<String, InteractionTerm> rxnormCodes(
      List<Entry> entries, Map<MedicationName, InteractionTerm> ingredients) {
    Map<String, InteractionTerm> codes = new HashMap<>();
    for (Entry e : entries) {
      if (!e.key().equals("rxnorm")) {
        continue;
      }
      String[] parts = e.value().split("\\s+", 2);
      if (parts.length < 2 || !parts[0].matches("[0-9]+")) {
        throw e.error("expected \"rxnorm: <RxCUI digits> <ingredient>\"");
      }
      InteractionTerm ingredient = ingredients.get(MedicationName.of(parts[1]));
      if (ingredient == null) {
        throw e.error("\"" + parts[1] + "\" is not an ingredient of this file");
      }
      if (codes.putIfAbsent(parts[0], ingredient) != null) {
        throw e.error("RxNorm code " + parts[0] + " is listed twice");
      }
    }
    return codes;
  }

  private static List<Entry> entries(String source, List<String> lines, Set<String> keys) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip();
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      Entry e = new Entry(source, i + 1, key, value);
      if (!keys.contains(key)) {
        throw e.error("expected one of " + new TreeSet<>(keys) + " followed by \": <value>\"");
      }
      if (value.isEmpty()) {
        throw e.error("empty value");
      }
      entries.add(e);
    }
    return entries;
  }

  private static MedicationName phrase(Entry e) {
    MedicationName phrase = MedicationName.of(e.value());
    if (phrase.tokens().isEmpty()) {
      throw e.error("\"" + e.value() + "\" has no letters or digits");
    }
    return phrase;
  }

  private static List<String> lines(String file) {
    try (InputStream in = VocabularyFile.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing vocabulary resource " + file);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary resource " + file, e);
    }
  }
}
