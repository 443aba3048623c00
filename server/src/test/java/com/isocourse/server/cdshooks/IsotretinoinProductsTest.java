package com.isocourse.server.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which draft orders are isotretinoin (rules.md §7 codes, background.md brands): every code and
 * brand is one row of the table, a missed one is an unsafe miss (no card); other retinoids and
 * other systems' codes are not.
 */
class IsotretinoinProductsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IsotretinoinProducts PRODUCTS = IsotretinoinProducts.vocabulary();

  @ParameterizedTest
  @ValueSource(strings = {"6064", "197843", "197844", "403930", "197845"})
  void everyRxNormCodeOfRulesSection7IsIsotretinoin(String code) throws Exception {
    assertThat(PRODUCTS.ordered(coded(IsotretinoinProducts.RXNORM, code))).isTrue();
  }

  @Test
  void theCodesAreExactlyThoseOfRulesSection7() {
    assertThat(PRODUCTS.rxnormCodes())
        .containsExactlyInAnyOrder("6064", "197843", "197844", "403930", "197845");
  }

  @Test
  void anIsotretinoinCodeOfAnotherSystemIsNotRxNorm() throws Exception {
    assertThat(PRODUCTS.ordered(coded("http://snomed.info/sct", "197844"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Isotretinoin 20 MG Oral Capsule",
        "ISOTRETINOIN 40mg",
        "isotretinoin20mg",
        "Accutane",
        "Absorica",
        "Absorica LD 32 mg",
        "Claravis 10 mg",
        "Amnesteem",
        "Myorisan",
        "Zenatane",
        "Roaccutane",
        "Isotroin",
        "Tretiva",
        "Sotret"
      })
  void anyIngredientOrBrandNameIsIsotretinoin(String name) {
    assertThat(PRODUCTS.named(name)).as(name).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tretinoin 10 mg capsule",
        "Retin-A cream",
        "acitretin 25 mg",
        "doxycycline hyclate 100 mg",
        "Absoricaine",
        ""
      })
  void otherMedicationsAreNot(String name) {
    assertThat(PRODUCTS.named(name)).as(name).isFalse();
  }

  @Test
  void aNameInTextOrReferenceDisplayCounts() throws Exception {
    JsonNode byText =
        JSON.readTree("{\"medicationCodeableConcept\":{\"text\":\"Claravis 30 mg capsule\"}}");
    JsonNode byReference =
        JSON.readTree("{\"medicationReference\":{\"display\":\"Zenatane 20 mg\"}}");
    assertThat(PRODUCTS.ordered(byText)).isTrue();
    assertThat(PRODUCTS.ordered(byReference)).isTrue();
  }

  private static JsonNode coded(String system, String code) throws Exception {
    return JSON.readTree(
        "{\"medicationCodeableConcept\":{\"coding\":[{\"system\":\""
            + system
            + "\",\"code\":\""
            + code
            + "\"}]}}");
  }
}
