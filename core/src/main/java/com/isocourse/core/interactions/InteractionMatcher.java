package com.isocourse.core.interactions;

import com.isocourse.core.course.MedicationRecord;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which interaction groups another medication belongs to (SAFE-TETRA, SAFE-RETINOID, WARN-VITA,
 * WARN-SJW, WARN-BONE; rules.md §3 "Medications are systemic when…", §7), by the vocabulary of
 * background.md's "Name-matching tables" kept as data (one resource file per group, read by
 * InteractionVocabulary). Whether the medication is active on the request date is the caller's
 * concern ({@link MedicationRecord#activeOn}).
 */
public final class InteractionMatcher {
  private InteractionMatcher() {}

  /**
   * Systemic per rules.md §3: route {@code oral}, {@code injection} or {@code transdermal} is
   * systemic; {@code topical}, {@code inhaled}, {@code nasal}, {@code ophthalmic} or {@code otic}
   * is local (route compared case-insensitively). With no route, the name decides: systemic unless
   * it contains a local word (local-words.txt: cream, gel, foam, lotion, ointment, topical, wash,
   * shampoo, eye drops, ear drops, inhaler, nasal spray, as whole words) or a local-only brand of
   * background.md (local-only-brands.txt: Amzeeq, Zilxi, Retin-A, Atralin, Altreno, Panretin,
   * Differin, Tazorac, Arazlo, Aklief).
   *
   * <p>Any other route string (for example {@code intravenous}, {@code rectal}, a misspelling) is
   * treated as systemic: an unrecognized route must never hide an interaction (missing data never
   * becomes "safe", rules.md §3).
   */
  public static boolean isSystemic(MedicationRecord m) {
    if (m.route().isPresent()) {
      String route = m.route().get().strip().toLowerCase(Locale.ROOT);
      return !InteractionVocabulary.LOCAL_ROUTES.contains(route);
    }
    MedicationName name = MedicationName.of(m.name());
    return !name.containsAny(InteractionVocabulary.LOCAL_WORDS)
        && !name.containsAny(InteractionVocabulary.LOCAL_ONLY_BRANDS);
  }

  /**
   * The interaction groups of a systemic medication; empty when it is local ({@link #isSystemic}).
   * A medication matches a group by its RxNorm ingredient code (rxnorm lines of the group files:
   * doxycycline 3640, minocycline 6980, tetracycline 10395 for SAFE-TETRA; phenytoin 8183 and the
   * corticosteroids prednisone 8640, prednisolone 8638, methylprednisolone 6902, dexamethasone
   * 3264, hydrocortisone 5492, betamethasone 1514, triamcinolone 10759, budesonide 19831 for
   * WARN-BONE) or by its name: any ingredient or brand of the group's vocabulary file
   * (background.md "Name-matching tables"; the brand lists are a floor) as whole words, ignoring
   * case and punctuation ("Doxycycline hyclate 100 mg" is a tetracycline, "retinyl linoleate" is
   * vitamin A). An entry's exempting phrases win over both: budesonide, by name or by code, is no
   * WARN-BONE corticosteroid when its name or route says inhaled or nasal ("Pulmicort Flexhaler",
   * "budesonide nasal", route "inhalation"), while oral budesonide ("Entocort EC", "budesonide 3 mg
   * capsule") is.
   *
   * <p>Isotretinoin and its brands belong to no group: "isotretinoin" is one word and does not
   * contain the word "tretinoin". The returned set is unmodifiable and iterates in {@link
   * InteractionGroup} order. Topical retinoids (adapalene, tazarotene, trifarotene, topical
   * tretinoin) are never systemic retinoids.
   */
  public static Set<InteractionGroup> groupsOf(MedicationRecord m) {
    if (!isSystemic(m)) {
      return Set.of();
    }
    MedicationName name = MedicationName.of(m.name());
    MedicationName route = MedicationName.of(m.route().orElse(""));
    Set<InteractionGroup> groups = EnumSet.noneOf(InteractionGroup.class);
    m.rxnorm()
        .map(String::strip)
        .map(InteractionVocabulary.RXNORM_INGREDIENTS::get)
        .filter(ingredient -> !ingredient.exempts(name, route))
        .ifPresent(ingredient -> groups.add(ingredient.group()));
    for (InteractionTerm term : InteractionVocabulary.TERMS) {
      if (term.matches(name, route)) {
        groups.add(term.group());
      }
    }
    return Collections.unmodifiableSet(groups);
  }
}
