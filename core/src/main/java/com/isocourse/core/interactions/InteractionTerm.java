package com.isocourse.core.interactions;

import java.util.List;

/**
 * One name that puts a systemic medication in an interaction group (SAFE-TETRA, SAFE-RETINOID,
 * WARN-VITA, WARN-SJW, WARN-BONE): an ingredient or a brand of background.md's "Name-matching
 * tables", read from this package's vocabulary files by {@link VocabularyFile}. An entry may carry
 * exempting phrases ({@code unless:} lines): budesonide is a systemic corticosteroid for WARN-BONE
 * unless its name or route says inhaled or nasal.
 *
 * @param group the group the name puts a medication in
 * @param kind whether the name is an ingredient or a brand
 * @param text the name as written in the vocabulary file
 * @param phrase the name normalized for whole-word matching
 * @param unless phrases that exempt a medication whose name or route holds one of them
 */
record InteractionTerm(
    InteractionGroup group,
    InteractionTerm.Kind kind,
    String text,
    MedicationName phrase,
    List<MedicationName> unless) {

  /** Whether a vocabulary entry names an ingredient or a brand. */
  enum Kind {
    INGREDIENT,
    BRAND
  }

  InteractionTerm {
    unless = List.copyOf(unless);
  }

  /** True when the name holds this term as whole words and nothing exempts the medication. */
  boolean matches(MedicationName name, MedicationName route) {
    return name.containsTerm(phrase) && !exempts(name, route);
  }

  /** True when the medication's name or route holds one of this term's exempting phrases. */
  boolean exempts(MedicationName name, MedicationName route) {
    return name.containsAny(unless) || route.containsAny(unless);
  }
}
