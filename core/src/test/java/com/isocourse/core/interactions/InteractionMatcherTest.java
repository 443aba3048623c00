package com.isocourse.core.interactions;

import static com.isocourse.core.fixtures.SafetyFixtures.medication;
import static com.isocourse.core.interactions.InteractionGroup.BONE_RISK;
import static com.isocourse.core.interactions.InteractionGroup.ST_JOHNS_WORT;
import static com.isocourse.core.interactions.InteractionGroup.SYSTEMIC_RETINOID;
import static com.isocourse.core.interactions.InteractionGroup.TETRACYCLINE;
import static com.isocourse.core.interactions.InteractionGroup.VITAMIN_A;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.MedicationRecord;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Edge cases of SAFE-TETRA, SAFE-RETINOID, WARN-VITA, WARN-SJW, WARN-BONE matching (§3, §7). */
class InteractionMatcherTest {

  record GroupCase(String name, MedicationRecord medication, Set<InteractionGroup> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static GroupCase named(String name, Set<InteractionGroup> expected) {
    return new GroupCase("\"" + name + "\"", medication(name), expected);
  }

  static GroupCase coded(String name, String rxnorm, String route, Set<InteractionGroup> expected) {
    return new GroupCase(
        "\"" + name + "\" rxnorm=" + rxnorm + " route=" + route,
        medication(name, rxnorm, route),
        expected);
  }

  static Stream<GroupCase> groupCases() {
    return Stream.of(
        // tetracyclines: ingredients, salts and strengths, brands, case, punctuation
        named("Doxycycline hyclate 100 mg", Set.of(TETRACYCLINE)),
        named("DOXYCYCLINE MONOHYDRATE", Set.of(TETRACYCLINE)),
        named("minocycline ER 135mg", Set.of(TETRACYCLINE)),
        named("Tetracycline HCl 250 mg", Set.of(TETRACYCLINE)),
        named("Seysara (sarecycline)", Set.of(TETRACYCLINE)),
        named("Doryx MPC", Set.of(TETRACYCLINE)),
        named("solodyn", Set.of(TETRACYCLINE)),
        named("Vibra-Tabs", Set.of(TETRACYCLINE)),
        named("Oracea 40mg", Set.of(TETRACYCLINE)),
        named("demeclocycline", Set.of(TETRACYCLINE)),
        named("Doxycycline softgel", Set.of(TETRACYCLINE)),
        coded("Tygacil", null, "injection", Set.of(TETRACYCLINE)),
        coded("omadacycline", null, "Oral", Set.of(TETRACYCLINE)),
        // RxNorm ingredient code alone
        coded("Antibiotic from outside pharmacy", "3640", null, Set.of(TETRACYCLINE)),
        coded("Unnamed capsule", "6980", null, Set.of(TETRACYCLINE)),
        coded("Unnamed tablet", "10395", null, Set.of(TETRACYCLINE)),
        coded("Steroid taper", "8640", "oral", Set.of(BONE_RISK)),
        coded("Unnamed capsule", "6064", null, Set.of()),
        // local route or local words or local-only brands: never a group
        coded("Minocycline", "6980", "topical", Set.of()),
        coded("doxycycline", null, " TOPICAL ", Set.of()),
        named("Minocycline foam 4%", Set.of()),
        named("Amzeeq", Set.of()),
        named("Zilxi 1.5% foam", Set.of()),
        named("Doxycycline topical", Set.of()),
        named("Tretinoin 0.05% cream", Set.of()),
        named("Retin-A Micro", Set.of()),
        named("Altreno", Set.of()),
        named("Atralin", Set.of()),
        named("Panretin", Set.of()),
        named("Targretin gel 1%", Set.of()),
        named("Hydrocortisone cream 1%", Set.of()),
        named("Dexamethasone eye drops", Set.of()),
        coded("Prednisolone acetate", null, "ophthalmic", Set.of()),
        coded("Dexamethasone", null, "otic", Set.of()),
        coded("Budesonide", null, "inhaled", Set.of()),
        coded("Vitamin A", null, "nasal", Set.of()),
        // unknown route counts as systemic
        coded("Doxycycline", null, "intravenous", Set.of(TETRACYCLINE)),
        // other systemic retinoids
        named("Acitretin 25 mg", Set.of(SYSTEMIC_RETINOID)),
        named("SORIATANE", Set.of(SYSTEMIC_RETINOID)),
        named("alitretinoin 30 mg capsule", Set.of(SYSTEMIC_RETINOID)),
        named("Toctino", Set.of(SYSTEMIC_RETINOID)),
        named("Targretin capsules", Set.of(SYSTEMIC_RETINOID)),
        named("bexarotene", Set.of(SYSTEMIC_RETINOID)),
        named("Vesanoid", Set.of(SYSTEMIC_RETINOID)),
        coded("Tretinoin 10 mg capsule", null, "oral", Set.of(SYSTEMIC_RETINOID)),
        // isotretinoin is not an "other" retinoid; topical retinoids are not systemic retinoids
        named("Isotretinoin 40 mg", Set.of()),
        named("ISOTRETINOIN", Set.of()),
        named("Accutane", Set.of()),
        named("Absorica LD", Set.of()),
        named("Claravis", Set.of()),
        named("Amnesteem", Set.of()),
        named("Myorisan", Set.of()),
        named("Zenatane", Set.of()),
        named("adapalene 0.3%", Set.of()),
        named("Differin", Set.of()),
        named("tazarotene 0.1%", Set.of()),
        named("Tazorac", Set.of()),
        named("Arazlo", Set.of()),
        named("trifarotene", Set.of()),
        named("Aklief", Set.of()),
        // vitamin A
        named("Vitamin A 10,000 IU", Set.of(VITAMIN_A)),
        named("vitamin-a", Set.of(VITAMIN_A)),
        named("Retinol 3000 mcg", Set.of(VITAMIN_A)),
        named("Retinyl palmitate", Set.of(VITAMIN_A)),
        named("retinyl acetate", Set.of(VITAMIN_A)),
        named("Beta-Carotene 25,000 IU", Set.of(VITAMIN_A)),
        named("Cod Liver Oil", Set.of(VITAMIN_A)),
        coded("Aquasol A", null, "injection", Set.of(VITAMIN_A)),
        named("Multivitamin", Set.of()),
        // St John's wort
        named("St. John's Wort 300 mg", Set.of(ST_JOHNS_WORT)),
        named("St Johns Wort", Set.of(ST_JOHNS_WORT)),
        named("ST JOHN’S WORT", Set.of(ST_JOHNS_WORT)),
        named("Hypericum perforatum extract", Set.of(ST_JOHNS_WORT)),
        // bone risk
        named("Prednisone 20 mg", Set.of(BONE_RISK)),
        named("Medrol Dosepak", Set.of(BONE_RISK)),
        coded("Solu-Medrol", null, "injection", Set.of(BONE_RISK)),
        named("Dilantin", Set.of(BONE_RISK)),
        named("fosphenytoin", Set.of(BONE_RISK)),
        named("Cerebyx", Set.of(BONE_RISK)),
        named("Deltasone", Set.of(BONE_RISK)),
        named("Decadron", Set.of(BONE_RISK)),
        named("methylprednisolone", Set.of(BONE_RISK)),
        coded("Hydrocortisone 10 mg tablet", null, "oral", Set.of(BONE_RISK)),
        // several groups, unknown drugs
        named("Vitamin A + prednisone", Set.of(VITAMIN_A, BONE_RISK)),
        named("Ibuprofen 200 mg", Set.of()),
        named("Clindamycin phosphate", Set.of()),
        named("", Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groupCases")
  void matchesTheExpectedInteractionGroups(GroupCase c) {
    assertThat(InteractionMatcher.groupsOf(c.medication())).isEqualTo(c.expected());
  }

  record RouteCase(String name, MedicationRecord medication, boolean systemic) {
    @Override
    public String toString() {
      return name;
    }
  }

  static RouteCase route(String route, boolean systemic) {
    return new RouteCase("route " + route, medication("Some drug", null, route), systemic);
  }

  static RouteCase nameOnly(String name, boolean systemic) {
    return new RouteCase("no route, \"" + name + "\"", medication(name), systemic);
  }

  static Stream<RouteCase> routeCases() {
    return Stream.of(
        route("oral", true),
        route("injection", true),
        route("transdermal", true),
        route("ORAL", true),
        route("topical", false),
        route("inhaled", false),
        route("nasal", false),
        route("ophthalmic", false),
        route("otic", false),
        route("Ophthalmic ", false),
        route("rectal", true),
        route("subcutaneous", true),
        route("", true),
        nameOnly("Prednisone", true),
        nameOnly("Ibuprofen gelcap", true),
        nameOnly("Clindamycin gel", false),
        nameOnly("Hydrocortisone Lotion", false),
        nameOnly("Ketoconazole shampoo", false),
        nameOnly("Benzoyl peroxide wash", false),
        nameOnly("Mupirocin ointment", false),
        nameOnly("Albuterol inhaler", false),
        nameOnly("Fluticasone nasal spray", false),
        nameOnly("Ofloxacin ear drops", false),
        nameOnly("Retin-A", false),
        nameOnly("retin a", false),
        nameOnly("Differin", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routeCases")
  void decidesWhetherAMedicationIsSystemic(RouteCase c) {
    assertThat(InteractionMatcher.isSystemic(c.medication())).isEqualTo(c.systemic());
  }

  @Test
  void eachGroupNamesTheRuleItTriggers() {
    assertThat(Stream.of(InteractionGroup.values()).map(InteractionGroup::ruleId))
        .containsExactly("SAFE-TETRA", "SAFE-RETINOID", "WARN-VITA", "WARN-SJW", "WARN-BONE");
  }
}
