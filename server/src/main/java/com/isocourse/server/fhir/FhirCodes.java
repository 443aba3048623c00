package com.isocourse.server.fhir;

/** The code systems and identifiers the adapter emits and reads (rules.md §7). */
final class FhirCodes {
  private FhirCodes() {}

  /** The program ID (iPLEDGE/PPP case number) of a patient. */
  static final String PROGRAM_ID = "https://isocourse.example/program-id";

  /** Reason codes of a dispense decision (rules.md §3). */
  static final String REASON_CODE = "https://isocourse.example/reason-code";

  /** Rule IDs of rules.md. */
  static final String RULE_ID = "https://isocourse.example/rule-id";

  /** Who must act to meet a requirement: prescriber, patient, pharmacy (ADR 0017). */
  static final String ACTING_PARTY = "https://isocourse.example/acting-party";

  /** The decision of a dispense request: AUTHORIZED, DENIED, INDETERMINATE. */
  static final String DECISION = "https://isocourse.example/dispense-decision";

  /** The REMS program module a GuidanceResponse answers for. */
  static final String REMS_MODULE = "https://isocourse.example/rems/isotretinoin";

  static final String LOINC = "http://loinc.org";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  static final String SNOMED = "http://snomed.info/sct";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  /** RxNorm ingredient isotretinoin (rules.md §7). */
  static final String ISOTRETINOIN = "6064";

  static final String WEIGHT = "29463-7";
  static final String HCG_URINE = "2106-3";
  static final String HCG_SERUM = "2118-8";
  static final String PHQ9_TOTAL = "44261-6";
  static final String PHQ9_ITEM9 = "44260-8";
  static final String PHQ2_TOTAL = "55758-7";

  /** SNOMED CT negative / positive, the value of a qualitative hCG test. */
  static final String NEGATIVE = "260385009";

  static final String POSITIVE = "10828004";

  /** RxNorm of an isotretinoin capsule by strength (rules.md §7), or the ingredient code. */
  static String capsuleCode(int strengthMg) {
    return switch (strengthMg) {
      case 10 -> "197843";
      case 20 -> "197844";
      case 30 -> "403930";
      case 40 -> "197845";
      default -> ISOTRETINOIN;
    };
  }

  /** The UCUM code of a contract lab unit ({@code µkat/L} is {@code ukat/L} in UCUM). */
  static String ucum(String unit) {
    return unit.replace('µ', 'u').replace('μ', 'u');
  }
}
