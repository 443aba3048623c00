package com.isocourse.core.interactions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matching tables of background.md ("Name-matching tables", "Local-only brands") and the routes
 * and local words of rules.md §3 ("Medications are systemic when…"). Names are whole-token phrases,
 * compared after {@link MedicationName} normalization.
 */
final class InteractionVocabulary {
  private InteractionVocabulary() {}

  /** Routes that make a medication systemic (rules.md §3). */
  static final Set<String> SYSTEMIC_ROUTES = Set.of("oral", "injection", "transdermal");

  /** Routes that make a medication local; local ones never trigger §3.2 or §3.3 codes. */
  static final Set<String> LOCAL_ROUTES =
      Set.of("topical", "inhaled", "nasal", "ophthalmic", "otic");

  /** Words in a name (route absent) that make a medication local (rules.md §3). */
  static final List<MedicationName> LOCAL_WORDS =
      phrases(
          "cream",
          "gel",
          "foam",
          "lotion",
          "ointment",
          "topical",
          "wash",
          "shampoo",
          "eye drops",
          "ear drops",
          "inhaler",
          "nasal spray");

  /** Brands that exist only as local products (background.md). */
  static final List<MedicationName> LOCAL_ONLY_BRANDS =
      phrases(
          "Amzeeq",
          "Zilxi",
          "Retin-A",
          "Atralin",
          "Altreno",
          "Panretin",
          "Differin",
          "Tazorac",
          "Arazlo",
          "Aklief");

  /**
   * Ingredient and brand names per group (background.md). A few well-known members of the same
   * class beyond the table are added on the safe side: lymecycline and oxytetracycline (Tetralysal)
   * as tetracyclines, etretinate (Neotigason is acitretin) as a retinoid, and other systemic
   * corticosteroids (betamethasone, triamcinolone, cortisone, deflazacort) and common brands
   * (Periostat, Adoxa, Vibra-Tabs, Dynacin, Cortef, Orapred).
   */
  static final Map<InteractionGroup, List<MedicationName>> NAMES =
      Map.of(
          InteractionGroup.TETRACYCLINE,
          phrases(
              "doxycycline",
              "minocycline",
              "tetracycline",
              "demeclocycline",
              "sarecycline",
              "omadacycline",
              "eravacycline",
              "tigecycline",
              "lymecycline",
              "oxytetracycline",
              "Doryx",
              "Vibramycin",
              "Vibra-Tabs",
              "Acticlate",
              "Targadox",
              "Oracea",
              "Monodox",
              "Periostat",
              "Adoxa",
              "Minocin",
              "Dynacin",
              "Solodyn",
              "Minolira",
              "Ximino",
              "Seysara",
              "Declomycin",
              "Nuzyra",
              "Xerava",
              "Tygacil",
              "Tetralysal"),
          InteractionGroup.SYSTEMIC_RETINOID,
          phrases(
              "acitretin",
              "alitretinoin",
              "bexarotene",
              "tretinoin",
              "etretinate",
              "Soriatane",
              "Neotigason",
              "Toctino",
              "Targretin",
              "Vesanoid"),
          InteractionGroup.VITAMIN_A,
          phrases(
              "vitamin A",
              "retinol",
              "retinyl palmitate",
              "retinyl acetate",
              "beta-carotene",
              "betacarotene",
              "cod liver oil",
              "Aquasol A"),
          InteractionGroup.ST_JOHNS_WORT,
          phrases(
              "St John's wort",
              "St Johns wort",
              "Saint John's wort",
              "Hypericum perforatum",
              "Hypericum"),
          InteractionGroup.BONE_RISK,
          phrases(
              "phenytoin",
              "fosphenytoin",
              "prednisone",
              "prednisolone",
              "methylprednisolone",
              "dexamethasone",
              "hydrocortisone",
              "betamethasone",
              "triamcinolone",
              "cortisone",
              "deflazacort",
              "Dilantin",
              "Cerebyx",
              "Deltasone",
              "Medrol",
              "Decadron",
              "Cortef",
              "Orapred"));

  /**
   * RxNorm ingredient codes (RxCUI) per group (rules.md §7). Only ingredient-level codes are
   * listed; a product-level code (SCD/SBD) is matched by its name instead.
   */
  static final Map<String, InteractionGroup> RXNORM_INGREDIENTS =
      Map.of(
          "3640", InteractionGroup.TETRACYCLINE,
          "6980", InteractionGroup.TETRACYCLINE,
          "10395", InteractionGroup.TETRACYCLINE,
          "8183", InteractionGroup.BONE_RISK,
          "8640", InteractionGroup.BONE_RISK,
          "8638", InteractionGroup.BONE_RISK,
          "6902", InteractionGroup.BONE_RISK,
          "3264", InteractionGroup.BONE_RISK,
          "5492", InteractionGroup.BONE_RISK);

  private static List<MedicationName> phrases(String... names) {
    return Arrays.stream(names).map(MedicationName::of).toList();
  }
}
