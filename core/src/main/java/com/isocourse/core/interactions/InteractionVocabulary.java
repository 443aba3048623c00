package com.isocourse.core.interactions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matching tables of background.md ("Name-matching tables", "Local-only brands") and the routes
 * and local words of rules.md §3 ("Medications are systemic when…"), as data: one resource file per
 * interaction group in this package (tetracyclines.txt for SAFE-TETRA, systemic-retinoids.txt for
 * SAFE-RETINOID, vitamin-a.txt for WARN-VITA, st-johns-wort.txt for WARN-SJW, bone-risk.txt for
 * WARN-BONE), plus local-only-brands.txt and local-words.txt. The files are read once, when this
 * class initializes; a missing or malformed file fails the initialization (an {@link
 * ExceptionInInitializerError} naming the file and line), so a broken vocabulary never silently
 * misses an interaction. Names are whole-word phrases, compared after {@link MedicationName}
 * normalization.
 */
final class InteractionVocabulary {
  private InteractionVocabulary() {}

  /** Routes that make a medication systemic (rules.md §3). */
  static final Set<String> SYSTEMIC_ROUTES = Set.of("oral", "injection", "transdermal");

  /** Routes that make a medication local; local ones never trigger §3.2 or §3.3 codes. */
  static final Set<String> LOCAL_ROUTES =
      Set.of("topical", "inhaled", "nasal", "ophthalmic", "otic");

  /** Words in a name (route absent) that make a medication local (rules.md §3). */
  static final List<MedicationName> LOCAL_WORDS = VocabularyFile.phrases("local-words.txt", "word");

  /** Brands that exist only as local products (background.md, "Local-only brands"). */
  static final List<MedicationName> LOCAL_ONLY_BRANDS =
      VocabularyFile.phrases("local-only-brands.txt", "brand");

  /** The vocabulary file of each interaction group, in this package. */
  static final Map<InteractionGroup, String> GROUP_FILES =
      Collections.unmodifiableMap(
          new EnumMap<>(
              Map.of(
                  InteractionGroup.TETRACYCLINE, "tetracyclines.txt",
                  InteractionGroup.SYSTEMIC_RETINOID, "systemic-retinoids.txt",
                  InteractionGroup.VITAMIN_A, "vitamin-a.txt",
                  InteractionGroup.ST_JOHNS_WORT, "st-johns-wort.txt",
                  InteractionGroup.BONE_RISK, "bone-risk.txt")));

  private static final List<VocabularyFile.GroupVocabulary> GROUPS =
      GROUP_FILES.entrySet().stream()
          .map(e -> VocabularyFile.group(e.getKey(), e.getValue()))
          .toList();

  /**
   * Every ingredient and brand of every group, in {@link InteractionGroup} order. No name belongs
   * to two groups.
   */
  static final List<InteractionTerm> TERMS = allTerms();

  /**
   * RxNorm ingredient codes (RxCUI), each mapped to the ingredient entry it names (rules.md §7): a
   * code puts a medication in that ingredient's group unless the entry's exempting phrases say
   * otherwise. Only ingredient-level codes are listed; a product-level code (SCD/SBD) is matched by
   * its name instead.
   */
  static final Map<String, InteractionTerm> RXNORM_INGREDIENTS = allCodes();

  private static List<InteractionTerm> allTerms() {
    List<InteractionTerm> terms = new ArrayList<>();
    Map<MedicationName, InteractionTerm> seen = new HashMap<>();
    for (VocabularyFile.GroupVocabulary g : GROUPS) {
      for (InteractionTerm t : g.terms()) {
        InteractionTerm earlier = seen.putIfAbsent(t.phrase(), t);
        if (earlier != null) {
          throw new IllegalStateException(
              "\"" + t.text() + "\" is in both " + earlier.group() + " and " + t.group());
        }
        terms.add(t);
      }
    }
    return List.copyOf(terms);
  }

  private static Map<String, InteractionTerm> allCodes() {
    Map<String, InteractionTerm> codes = new HashMap<>();
    for (VocabularyFile.GroupVocabulary g : GROUPS) {
      g.rxnorm()
          .forEach(
              (code, term) -> {
                if (codes.putIfAbsent(code, term) != null) {
                  throw new IllegalStateException("RxNorm code " + code + " is listed twice");
                }
              });
    }
    return Map.copyOf(codes);
  }
}
