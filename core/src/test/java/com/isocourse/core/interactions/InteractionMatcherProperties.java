package com.isocourse.core.interactions;

import static com.isocourse.core.fixtures.SafetyFixtures.medication;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of interaction matching (rules.md §3 "Medications are systemic when…", §7). */
class InteractionMatcherProperties {

  private static final String[] INTERACTING_NAMES = {
    "doxycycline hyclate",
    "Minocin",
    "Solodyn",
    "acitretin",
    "Soriatane",
    "bexarotene",
    "vitamin A",
    "retinyl palmitate",
    "St John's wort",
    "Hypericum perforatum",
    "prednisone",
    "Dilantin",
    "Medrol"
  };

  @Property
  void aMedicationWithALocalRouteBelongsToNoGroup(
      @ForAll("anyName") String name,
      @ForAll("anyRxnorm") String rxnorm,
      @ForAll("localRoute") String route) {
    assertThat(InteractionMatcher.groupsOf(medication(name, rxnorm, route))).isEmpty();
  }

  @Property
  void aNameWithALocalWordAndNoRouteBelongsToNoGroup(
      @ForAll("interactingName") String name, @ForAll("localWord") String localWord) {
    assertThat(InteractionMatcher.groupsOf(medication(name + " " + localWord))).isEmpty();
  }

  @Property
  void caseAndPunctuationDoNotChangeTheGroups(
      @ForAll("interactingName") String name,
      @ForAll boolean upperCase,
      @ForAll("separator") String separator) {
    String variant = name.replace(" ", separator);
    variant = upperCase ? variant.toUpperCase(Locale.ROOT) : variant.toLowerCase(Locale.ROOT);
    assertThat(InteractionMatcher.groupsOf(medication(variant)))
        .isNotEmpty()
        .isEqualTo(InteractionMatcher.groupsOf(medication(name)));
  }

  @Property
  void isotretinoinProductsBelongToNoGroupWhateverTheirSpelling(
      @ForAll("isotretinoinProduct") String product, @ForAll("route") String route) {
    assertThat(InteractionMatcher.groupsOf(medication(product, "6064", route))).isEmpty();
  }

  @Provide
  Arbitrary<String> anyName() {
    return Arbitraries.oneOf(
        Arbitraries.of(INTERACTING_NAMES), Arbitraries.strings().ofMaxLength(40));
  }

  @Provide
  Arbitrary<String> anyRxnorm() {
    return Arbitraries.of("3640", "6980", "10395", "8640", "8183", "6064", "12345");
  }

  @Provide
  Arbitrary<String> localRoute() {
    Arbitrary<String> route = Arbitraries.of("topical", "inhaled", "nasal", "ophthalmic", "otic");
    return Combinators.combine(route, Arbitraries.of(true, false), Arbitraries.of("", " "))
        .as((r, upper, pad) -> pad + (upper ? r.toUpperCase(Locale.ROOT) : r) + pad);
  }

  @Provide
  Arbitrary<String> route() {
    return Arbitraries.of("oral", "injection", "transdermal", "topical", "intravenous")
        .injectNull(0.3);
  }

  @Provide
  Arbitrary<String> interactingName() {
    return Arbitraries.of(INTERACTING_NAMES);
  }

  @Provide
  Arbitrary<String> localWord() {
    return Arbitraries.of(
        "cream",
        "GEL",
        "Foam",
        "lotion",
        "ointment",
        "topical",
        "wash",
        "shampoo",
        "eye drops",
        "ear-drops",
        "inhaler",
        "nasal spray");
  }

  @Provide
  Arbitrary<String> separator() {
    return Arbitraries.of(" ", "-", ".", ", ", " / ", "_");
  }

  @Provide
  Arbitrary<String> isotretinoinProduct() {
    Arbitrary<String> product =
        Arbitraries.of(
            "isotretinoin",
            "Accutane",
            "Absorica",
            "Absorica LD",
            "Claravis",
            "Amnesteem",
            "Myorisan",
            "Zenatane");
    Arbitrary<String> strength = Arbitraries.of("", " 10 mg", " 40mg", " (micronized) 32 mg");
    return Combinators.combine(product, strength, Arbitraries.of(true, false))
        .as((p, s, upper) -> upper ? (p + s).toUpperCase(Locale.ROOT) : p + s);
  }
}
