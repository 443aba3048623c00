package com.isocourse.core.interactions;

import com.isocourse.core.course.MedicationRecord;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which interaction groups another medication belongs to (SAFE-TETRA, SAFE-RETINOID, WARN-VITA,
 * WARN-SJW, WARN-BONE; rules.md §3 "Medications are systemic when…", §7). Whether the medication is
 * active on the request date is the caller's concern ({@link MedicationRecord#activeOn}).
 */
public final class InteractionMatcher {
  private InteractionMatcher() {}

  /**
   * Systemic per rules.md §3: route {@code oral}, {@code injection} or {@code transdermal} is
   * systemic; {@code topical}, {@code inhaled}, {@code nasal}, {@code ophthalmic} or {@code otic}
   * is local (route compared case-insensitively). With no route, the name decides: systemic unless
   * it contains a local word (cream, gel, foam, lotion, ointment, topical, wash, shampoo, eye
   * drops, ear drops, inhaler, nasal spray, as whole words) or a local-only brand (Amzeeq, Zilxi,
   * Retin-A, Atralin, Altreno, Panretin, Differin, Tazorac, Arazlo, Aklief).
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
   * A medication matches a group by its RxNorm ingredient code (doxycycline 3640, minocycline 6980,
   * tetracycline 10395; phenytoin 8183 and the corticosteroids prednisone 8640, prednisolone 8638,
   * methylprednisolone 6902, dexamethasone 3264, hydrocortisone 5492) or by its name: any
   * ingredient or brand of background.md's tables as whole words, ignoring case and punctuation
   * ("Doxycycline hyclate 100 mg" is a tetracycline). Isotretinoin and its brands belong to no
   * group: "isotretinoin" is one word and does not contain the word "tretinoin". The returned set
   * is unmodifiable and iterates in {@link InteractionGroup} order. Topical retinoids (adapalene,
   * tazarotene, trifarotene, topical tretinoin) are never systemic retinoids.
   */
  public static Set<InteractionGroup> groupsOf(MedicationRecord m) {
    if (!isSystemic(m)) {
      return Set.of();
    }
    Set<InteractionGroup> groups = EnumSet.noneOf(InteractionGroup.class);
    m.rxnorm()
        .map(String::strip)
        .map(InteractionVocabulary.RXNORM_INGREDIENTS::get)
        .ifPresent(groups::add);
    MedicationName name = MedicationName.of(m.name());
    for (Map.Entry<InteractionGroup, List<MedicationName>> e :
        InteractionVocabulary.NAMES.entrySet()) {
      if (name.containsAny(e.getValue())) {
        groups.add(e.getKey());
      }
    }
    return Collections.unmodifiableSet(groups);
  }
}
