package com.isocourse.core.interactions;

import static com.isocourse.core.fixtures.SafetyFixtures.medication;
import static com.isocourse.core.interactions.InteractionGroup.BONE_RISK;
import static com.isocourse.core.interactions.InteractionGroup.TETRACYCLINE;
import static com.isocourse.core.interactions.InteractionGroup.VITAMIN_A;
import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.MedicationRecord;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edge tables of the vocabulary (background.md "Name-matching tables"): retinyl esters for
 * WARN-VITA, budesonide's inhaled/nasal exemption for WARN-BONE, brands beyond the old list for
 * SAFE-TETRA, and isotretinoin, which belongs to no group.
 */
class VocabularyEdgeCasesTest {

  record Case(String label, MedicationRecord medication, Set<InteractionGroup> expected) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Case named(String name, Set<InteractionGroup> expected) {
    return new Case("\"" + name + "\"", medication(name), expected);
  }

  static Case coded(String name, String rxnorm, String route, Set<InteractionGroup> expected) {
    return new Case(
        "\"" + name + "\" rxnorm=" + rxnorm + " route=" + route,
        medication(name, rxnorm, route),
        expected);
  }

  static Stream<Case> retinylEsters() {
    return Stream.of(
        named("Retinyl palmitate 15 mg", Set.of(VITAMIN_A)),
        named("retinyl acetate", Set.of(VITAMIN_A)),
        named("Retinyl propionate 1 mg", Set.of(VITAMIN_A)),
        named("retinyl linoleate", Set.of(VITAMIN_A)),
        named("RETINYL-PALMITATE", Set.of(VITAMIN_A)),
        named("Vitamin A (as retinyl palmitate) 10,000 IU softgel", Set.of(VITAMIN_A)),
        named("Vitamin A palmitate", Set.of(VITAMIN_A)),
        named("retinol 3000 mcg", Set.of(VITAMIN_A)),
        named("beta carotene 25,000 IU", Set.of(VITAMIN_A)),
        named("Betacarotene", Set.of(VITAMIN_A)),
        named("Cod liver oil capsules", Set.of(VITAMIN_A)),
        coded("Aquasol A", null, "injection", Set.of(VITAMIN_A)),
        named("Retinol serum cream", Set.of()),
        coded("Retinyl palmitate", null, "topical", Set.of()),
        named("Multivitamin", Set.of()));
  }

  static Stream<Case> budesonide() {
    return Stream.of(
        // oral or unknown route: a systemic corticosteroid
        named("Budesonide 3 mg capsule", Set.of(BONE_RISK)),
        coded("Budesonide 9 mg extended-release tablet", null, "oral", Set.of(BONE_RISK)),
        coded("budesonide", null, "rectal", Set.of(BONE_RISK)),
        coded("Budesonide", null, "intravenous", Set.of(BONE_RISK)),
        named("Entocort EC 3 mg", Set.of(BONE_RISK)),
        named("Uceris 9 mg", Set.of(BONE_RISK)),
        named("Tarpeyo 4 mg", Set.of(BONE_RISK)),
        named("Eohilia 2 mg/10 mL oral suspension", Set.of(BONE_RISK)),
        coded("Unnamed capsule", "19831", null, Set.of(BONE_RISK)),
        coded("Unnamed capsule", "19831", "oral", Set.of(BONE_RISK)),
        named("Pulmicort (budesonide) and prednisone 20 mg", Set.of(BONE_RISK)),
        // inhaled or nasal, by route or by name: not
        coded("Budesonide", null, "inhaled", Set.of()),
        coded("Budesonide", null, "nasal", Set.of()),
        coded("Budesonide", null, "inhalation", Set.of()),
        coded("Budesonide", null, "Intranasal", Set.of()),
        coded("Budesonide 0.5 mg/2 mL", null, "respiratory (inhalation)", Set.of()),
        named("Budesonide inhalation suspension 0.5 mg/2 mL", Set.of()),
        named("budesonide inhaled 200 mcg", Set.of()),
        named("Budesonide nasal 32 mcg", Set.of()),
        named("budesonide nebuliser solution", Set.of()),
        named("Budesonide Respules 0.25 mg", Set.of()),
        named("Budesonide inhaler", Set.of()),
        named("Pulmicort Flexhaler 180 mcg (budesonide)", Set.of()),
        named("Rhinocort Aqua (budesonide)", Set.of()),
        named("Symbicort 160/4.5 (budesonide/formoterol)", Set.of()),
        coded("Pulmicort Flexhaler", "19831", null, Set.of()),
        coded("Unnamed", "19831", "inhalation", Set.of()));
  }

  static Stream<Case> tetracyclineBrands() {
    return Stream.of(
        named("Sumycin 250 mg", Set.of(TETRACYCLINE)),
        named("Morgidox 1x100mg", Set.of(TETRACYCLINE)),
        named("AVIDOXY DK kit", Set.of(TETRACYCLINE)),
        named("Doxy 100", Set.of(TETRACYCLINE)),
        named("Mondoxyne NL 75 mg", Set.of(TETRACYCLINE)),
        named("Okebo", Set.of(TETRACYCLINE)),
        named("Lymepak", Set.of(TETRACYCLINE)),
        named("CoreMino 90 mg", Set.of(TETRACYCLINE)),
        named("Achromycin V", Set.of(TETRACYCLINE)),
        named("Tetralysal 300", Set.of(TETRACYCLINE)),
        named("Pylera capsules", Set.of(TETRACYCLINE)),
        coded("Doxycycline", "3640", "IV", Set.of(TETRACYCLINE)),
        named("Doxylamine 25 mg", Set.of()),
        named("Amzeeq 4% (minocycline)", Set.of()));
  }

  static Stream<Case> isotretinoin() {
    return Stream.of(
            "isotretinoin 40 mg",
            "Absorica",
            "Absorica LD 32 mg",
            "Claravis",
            "Amnesteem",
            "Myorisan",
            "Zenatane",
            "Accutane",
            "Roaccutane",
            "Isotroin",
            "Tretiva",
            "Sotret")
        .flatMap(
            name ->
                Stream.of(
                    named(name, Set.of()),
                    coded(name, "6064", "oral", Set.of()),
                    coded(name, null, "injection", Set.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"retinylEsters", "budesonide", "tetracyclineBrands", "isotretinoin"})
  void matchesTheExpectedInteractionGroups(Case c) {
    assertThat(InteractionMatcher.groupsOf(c.medication())).isEqualTo(c.expected());
  }
}
