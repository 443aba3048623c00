package com.isocourse.server.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a FHIR MedicationRequest orders isotretinoin: by an RxNorm code of rules.md §7
 * (ingredient 6064, capsules 197843 / 197844 / 403930 / 197845) or by a name holding the ingredient
 * or a brand as a whole word, case and punctuation ignored ("Absorica LD 32 MG", "ISOTRETINOIN
 * 20mg"); "tretinoin" is another drug and never matches. The vocabulary is data
 * (isotretinoin-products.txt).
 */
final class IsotretinoinProducts {
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  private static final IsotretinoinProducts VOCABULARY = load();

  private final Set<String> codes;
  private final Set<String> names;

  private IsotretinoinProducts(Set<String> codes, Set<String> names) {
    this.codes = Set.copyOf(codes);
    this.names = Set.copyOf(names);
  }

  static IsotretinoinProducts vocabulary() {
    return VOCABULARY;
  }

  Set<String> rxnormCodes() {
    return codes;
  }

  /** True when the MedicationRequest's medication is isotretinoin by code or by name. */
  boolean ordered(JsonNode medicationRequest) {
    JsonNode concept = medicationRequest.path("medicationCodeableConcept");
    for (JsonNode coding : concept.path("coding")) {
      if (RXNORM.equals(coding.path("system").asText())
          && codes.contains(coding.path("code").asText().strip())) {
        return true;
      }
      if (named(coding.path("display").asText(""))) {
        return true;
      }
    }
    return named(concept.path("text").asText(""))
        || named(medicationRequest.path("medicationReference").path("display").asText(""));
  }

  /** A name holds one of the vocabulary's words (split at non-letters and letter/digit changes). */
  boolean named(String name) {
    String words =
        name.toLowerCase(Locale.ROOT)
            .replaceAll("['’`´]", "")
            .replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ");
    return Arrays.stream(words.split("[^\\p{L}\\p{N}]+")).anyMatch(names::contains);
  }

  private static IsotretinoinProducts load() {
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    try (InputStream in =
            IsotretinoinProducts.class.getResourceAsStream("isotretinoin-products.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(
              l -> {
                String[] kv = l.split("\\s+", 2);
                (kv[0].equals("rxnorm") ? codes : names).add(kv[1].toLowerCase(Locale.ROOT));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IsotretinoinProducts(codes, names);
  }
}
