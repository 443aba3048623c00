package com.isocourse.core.interactions;

import static com.isocourse.core.interactions.InteractionGroup.BONE_RISK;
import static com.isocourse.core.interactions.InteractionGroup.TETRACYCLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary files fail loudly when missing or malformed (background.md tables as data). */
class VocabularyFileTest {

  private static VocabularyFile.GroupVocabulary tetracyclines(String... lines) {
    return VocabularyFile.group(TETRACYCLINE, "test.txt", List.of(lines));
  }

  @Test
  void readsEntriesExemptionsAndCodes() {
    VocabularyFile.GroupVocabulary g =
        VocabularyFile.group(
            BONE_RISK,
            "test.txt",
            List.of(
                "# comment",
                "rule: WARN-BONE",
                "",
                "ingredient: budesonide",
                "unless: nasal",
                "brand: Entocort",
                "rxnorm: 19831 Budesonide"));
    assertThat(g.terms())
        .extracting(InteractionTerm::text)
        .containsExactly("budesonide", "Entocort");
    assertThat(g.terms().get(0).unless()).containsExactly(MedicationName.of("nasal"));
    assertThat(g.terms().get(1).unless()).isEmpty();
    assertThat(g.rxnorm().get("19831")).isEqualTo(g.terms().get(0));
  }

  @Test
  void aMissingFileFailsLoudly() {
    assertThatThrownBy(() -> VocabularyFile.group(TETRACYCLINE, "no-such-file.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-file.txt");
    assertThatThrownBy(() -> VocabularyFile.phrases("no-such-file.txt", "word"))
        .hasMessageContaining("no-such-file.txt");
  }

  @Test
  void aMalformedLineFailsLoudlyNamingFileAndLine() {
    assertThatThrownBy(() -> tetracyclines("rule: SAFE-TETRA", "ingredient doxycycline"))
        .hasMessageStartingWith("test.txt:2:");
    assertThatThrownBy(() -> tetracyclines("rule: SAFE-TETRA", "generic: doxycycline"))
        .hasMessageStartingWith("test.txt:2:");
    assertThatThrownBy(() -> tetracyclines("rule: SAFE-TETRA", "brand:   "))
        .hasMessageStartingWith("test.txt:2:");
    assertThatThrownBy(() -> tetracyclines("rule: SAFE-TETRA", "brand: --"))
        .hasMessageStartingWith("test.txt:2:");
  }

  @Test
  void theRuleLineMustNameTheGroupsRuleOnce() {
    assertThatThrownBy(() -> tetracyclines("ingredient: doxycycline"))
        .hasMessageContaining("rule: SAFE-TETRA");
    assertThatThrownBy(() -> tetracyclines("rule: WARN-BONE", "ingredient: doxycycline"))
        .hasMessageStartingWith("test.txt:1:");
    assertThatThrownBy(
            () -> tetracyclines("rule: SAFE-TETRA", "rule: SAFE-TETRA", "ingredient: doxycycline"))
        .hasMessageStartingWith("test.txt:2:");
  }

  @Test
  void aNameListedTwiceOrAnOrphanExemptionFails() {
    assertThatThrownBy(
            () ->
                tetracyclines("rule: SAFE-TETRA", "ingredient: doxycycline", "brand: DOXYCYCLINE"))
        .hasMessageStartingWith("test.txt:3:");
    assertThatThrownBy(() -> tetracyclines("rule: SAFE-TETRA", "unless: nasal"))
        .hasMessageStartingWith("test.txt:2:");
    assertThatThrownBy(() -> tetracyclines("rule: SAFE-TETRA", "brand: Doryx"))
        .hasMessageContaining("no ingredient");
  }

  @Test
  void aCodeMustBeDigitsNamingAnIngredientOfTheFile() {
    assertThatThrownBy(
            () -> tetracyclines("rule: SAFE-TETRA", "ingredient: doxycycline", "rxnorm: 3640"))
        .hasMessageStartingWith("test.txt:3:");
    assertThatThrownBy(
            () ->
                tetracyclines(
                    "rule: SAFE-TETRA", "ingredient: doxycycline", "rxnorm: 36a0 doxycycline"))
        .hasMessageStartingWith("test.txt:3:");
    assertThatThrownBy(
            () ->
                tetracyclines(
                    "rule: SAFE-TETRA", "ingredient: doxycycline", "rxnorm: 6980 minocycline"))
        .hasMessageStartingWith("test.txt:3:");
    assertThatThrownBy(
            () ->
                tetracyclines(
                    "rule: SAFE-TETRA",
                    "ingredient: doxycycline",
                    "brand: Doryx",
                    "rxnorm: 3640 Doryx"))
        .hasMessageStartingWith("test.txt:4:");
  }

  @Test
  void theShippedVocabularyLoads() {
    assertThat(InteractionVocabulary.TERMS)
        .extracting(InteractionTerm::group)
        .contains(InteractionGroup.values());
    assertThat(InteractionVocabulary.RXNORM_INGREDIENTS).containsKeys("3640", "6980", "10395");
    assertThat(InteractionVocabulary.LOCAL_WORDS).hasSize(12);
    assertThat(InteractionVocabulary.LOCAL_ONLY_BRANDS).hasSize(10);
  }
}
