package com.isocourse.core.interactions;

import static com.isocourse.core.fixtures.SafetyFixtures.medication;
import static com.isocourse.core.interactions.InteractionGroup.BONE_RISK;
import static com.isocourse.core.interactions.InteractionGroup.ST_JOHNS_WORT;
import static com.isocourse.core.interactions.InteractionGroup.SYSTEMIC_RETINOID;
import static com.isocourse.core.interactions.InteractionGroup.TETRACYCLINE;
import static com.isocourse.core.interactions.InteractionGroup.VITAMIN_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per line of the vocabulary files (background.md "Name-matching tables", "Local-only
 * brands"; rules.md §3 local words, §7 codes), and background.md's own lists written out here, so
 * that a line deleted from a file fails a test (SAFE-TETRA, SAFE-RETINOID, WARN-VITA, WARN-SJW,
 * WARN-BONE).
 */
class InteractionVocabularyTest {

  static Stream<VocabularyResource> names() {
    return VocabularyResource.groupLines().stream()
        .filter(l -> l.key().equals("ingredient") || l.key().equals("brand"));
  }

  static Stream<VocabularyResource> codes() {
    return VocabularyResource.groupLines().stream().filter(l -> l.key().equals("rxnorm"));
  }

  static Stream<VocabularyResource> exemptions() {
    return VocabularyResource.groupLines().stream().filter(l -> l.key().equals("unless"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void anOralProductNamedByAnEntryBelongsToItsGroupOnly(VocabularyResource entry) {
    String product = entry.value() + " 100 mg capsule";
    assertThat(InteractionMatcher.groupsOf(medication(product))).isEqualTo(Set.of(entry.group()));
    assertThat(InteractionMatcher.groupsOf(medication(product, null, "oral")))
        .isEqualTo(Set.of(entry.group()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void theSameProductWithATopicalRouteBelongsToNoGroup(VocabularyResource entry) {
    String product = entry.value() + " 100 mg capsule";
    assertThat(InteractionMatcher.groupsOf(medication(product, null, "topical"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void anUnnamedProductWithAnIngredientCodeBelongsToItsGroup(VocabularyResource code) {
    String rxcui = code.value().split(" ")[0];
    assertThat(InteractionMatcher.groupsOf(medication("Unnamed tablet", rxcui, null)))
        .isEqualTo(Set.of(code.group()));
    assertThat(InteractionMatcher.groupsOf(medication("Unnamed tablet", rxcui, "topical")))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exemptions")
  void anExemptingPhraseInTheNameTakesTheEntryOutOfItsGroup(VocabularyResource unless) {
    String product = unless.entry() + " " + unless.value() + " 0.5 mg";
    assertThat(InteractionMatcher.groupsOf(medication(product))).doesNotContain(unless.group());
    String reversed = unless.value() + " (" + unless.entry() + ")";
    assertThat(InteractionMatcher.groupsOf(medication(reversed))).doesNotContain(unless.group());
  }

  static Stream<String> localOnlyBrands() {
    return VocabularyResource.linesOf("local-only-brands.txt", "brand").stream()
        .map(VocabularyResource::value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("localOnlyBrands")
  void aLocalOnlyBrandIsNeverSystemicEvenWithAnInteractingIngredient(String brand) {
    assertThat(InteractionMatcher.isSystemic(medication(brand + " 100 mg capsule"))).isFalse();
    assertThat(InteractionMatcher.groupsOf(medication(brand + " (minocycline 4%)"))).isEmpty();
    assertThat(InteractionMatcher.groupsOf(medication(brand + " tretinoin 0.05%"))).isEmpty();
  }

  static Stream<String> localWords() {
    return VocabularyResource.linesOf("local-words.txt", "word").stream()
        .map(VocabularyResource::value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("localWords")
  void aLocalWordInTheNameMakesAnyInteractingIngredientLocal(String word) {
    assertThat(InteractionMatcher.groupsOf(medication("Doxycycline 1% " + word))).isEmpty();
    assertThat(InteractionMatcher.groupsOf(medication("prednisolone " + word))).isEmpty();
  }

  /** background.md "Name-matching tables", written out independently of the data files. */
  static Stream<Arguments> backgroundTables() {
    return Stream.of(
            group(
                TETRACYCLINE,
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
                "Doryx MPC",
                "Vibramycin",
                "Vibra-Tabs",
                "Acticlate",
                "Targadox",
                "Oracea",
                "Monodox",
                "Adoxa",
                "Avidoxy",
                "Morgidox",
                "Mondoxyne NL",
                "Okebo",
                "Lymepak",
                "Periostat",
                "Minocin",
                "Solodyn",
                "Dynacin",
                "CoreMino",
                "Minolira",
                "Ximino",
                "Sumycin",
                "Achromycin V",
                "Seysara",
                "Declomycin",
                "Nuzyra",
                "Xerava",
                "Tygacil",
                "Tetralysal"),
            group(
                SYSTEMIC_RETINOID,
                "acitretin",
                "alitretinoin",
                "bexarotene",
                "tretinoin",
                "Soriatane",
                "Toctino",
                "Targretin",
                "Vesanoid"),
            group(VITAMIN_A, "vitamin A", "retinol", "beta-carotene", "cod liver oil", "Aquasol A"),
            group(ST_JOHNS_WORT, "Hypericum perforatum", "St. John's wort"),
            group(
                BONE_RISK,
                "phenytoin",
                "fosphenytoin",
                "prednisone",
                "prednisolone",
                "methylprednisolone",
                "dexamethasone",
                "hydrocortisone",
                "budesonide",
                "Dilantin",
                "Cerebyx",
                "Deltasone",
                "Medrol",
                "Decadron"))
        .flatMap(s -> s);
  }

  private static Stream<Arguments> group(InteractionGroup group, String... names) {
    return Stream.of(names).map(name -> Arguments.of(name, group));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("backgroundTables")
  void everyNameOfBackgroundMdBelongsToItsGroup(String name, InteractionGroup group) {
    assertThat(InteractionMatcher.groupsOf(medication(name + " 100 mg capsule")))
        .isEqualTo(Set.of(group));
    assertThat(InteractionMatcher.groupsOf(medication(name.toUpperCase(Locale.ROOT))))
        .isEqualTo(Set.of(group));
  }
}
