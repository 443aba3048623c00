package com.isocourse.core.interactions;

import static com.isocourse.core.fixtures.SafetyFixtures.medication;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules.md §7: names are matched with "punctuation ignored", so a name written without its spaces
 * or hyphens ("VibraTabs", "Doxycycline100mg", "SolodynER") is the same name. Found by an
 * independent differential test (a missed tetracycline or retinoid is an unsafe miss), with the
 * cases that must stay unmatched ("isotretinoin", "softgel", "doxylamine").
 */
class WrittenTogetherNamesTest {

  @ParameterizedTest(name = "{0} (route {1}) → {2}")
  @CsvSource({
    "VibraTabs, , TETRACYCLINE",
    "Vibra Tabs, , TETRACYCLINE",
    "Doxycycline100mg, , TETRACYCLINE",
    "DOXYCYCLINE100MG, oral, TETRACYCLINE",
    "doxycyclinehyclate, , TETRACYCLINE",
    "Oracea40mg, , TETRACYCLINE",
    "SolodynER, , TETRACYCLINE",
    "AchromycinV, , TETRACYCLINE",
    "DoryxMPC, , TETRACYCLINE",
    "Core Mino, , TETRACYCLINE",
    "Doxy100, , TETRACYCLINE",
    "Tretinoin10mg, oral, SYSTEMIC_RETINOID",
    "StJohnsWort, , ST_JOHNS_WORT",
    "VitaminA, , VITAMIN_A",
    "AquasolA, injection, VITAMIN_A",
    "retinylpalmitate, , VITAMIN_A",
    "Prednisone20mg, , BONE_RISK",
    "isotretinoin, oral, ''",
    "Isotretinoin40mg, , ''",
    "Absorica, , ''",
    "doxylamine, , ''",
    "Doxylamine succinate 25mg, oral, ''",
    "softgel vitamin D, , ''",
    "tretinoincream, topical, ''"
  })
  void namesWrittenTogetherMatchAndLookalikesDoNot(String name, String route, String group) {
    Set<InteractionGroup> groups = InteractionMatcher.groupsOf(medication(name, null, route));

    assertThat(groups)
        .isEqualTo(group.isEmpty() ? Set.of() : Set.of(InteractionGroup.valueOf(group)));
  }

  @ParameterizedTest(name = "{0}: systemic {1}")
  @CsvSource({
    "Doxycycline gelcap, true", // a gelcap is swallowed: "gel" is not a word here
    "Minocycline Gel, false",
    "MinocyclineFoam, false",
    "Tretinoin-Cream, false",
    "TretinoinCream, false"
  })
  void localWordsCountOnlyAsWholeWords(String name, boolean systemic) {
    assertThat(InteractionMatcher.isSystemic(medication(name))).isEqualTo(systemic);
  }
}
