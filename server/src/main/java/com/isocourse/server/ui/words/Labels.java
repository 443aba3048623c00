package com.isocourse.server.ui.words;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.symptoms.SymptomCode;
import com.isocourse.core.symptoms.TriageLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain names for schedule items, symptoms, contraception methods, labs and history entries. */
public final class Labels {
  private Labels() {}

  private static final Map<String, String> DUE =
      Map.of(
          "PREGNANCY_TEST", "Pregnancy test",
          "ALT", "Liver blood test (ALT)",
          "TRIGLYCERIDES", "Fasting triglycerides blood test",
          "MOOD_SCREEN", "Mood check (PHQ-9)",
          "COMPREHENSION", "Monthly comprehension questions",
          "COUNSELING", "Counseling visit with the prescriber",
          "END_OF_COURSE_PREGNANCY_TEST", "End-of-course pregnancy test",
          "POST_COURSE_PREGNANCY_TEST", "Pregnancy test 30 days after the last dose");

  /** A due item's name, e.g. "Pregnancy test". */
  public static String due(String item) {
    return DUE.getOrDefault(item, item.replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
  }

  /** Symptom codes in plain words, grouped for the report form in the order shown. */
  public static final Map<SymptomCode, String> SYMPTOMS = new LinkedHashMap<>();

  static {
    String[][] names = {
      {"dry-lips", "Dry or cracked lips"},
      {"dry-skin", "Dry or peeling skin"},
      {"dry-eyes", "Dry eyes or contact lenses uncomfortable"},
      {"nosebleed", "Nosebleed or dry nose"},
      {"sun-sensitivity", "Burning easily in the sun"},
      {"mild-joint-pain", "Mild muscle or joint aches"},
      {"hair-thinning", "Thinning hair"},
      {"initial-flare", "Acne got worse in the first weeks"},
      {"mild-headache", "Mild headache"},
      {"persistent-eye-irritation", "Eye irritation that does not go away"},
      {"skin-infection", "Skin infection (red, hot, painful or oozing)"},
      {"worsening-back-pain", "Back pain that is getting worse"},
      {"excessive-thirst", "Very thirsty or passing urine often"},
      {"mood-change", "Feeling low, anxious, irritable or not yourself"},
      {"insomnia", "Trouble sleeping"},
      {"painful-swallowing", "Pain when swallowing"},
      {"missed-period", "Missed or late period"},
      {"contraception-failure", "Contraception may have failed or unprotected sex"},
      {"vision-change", "Changes in vision (blurred, double, poor night vision)"},
      {"severe-headache-nausea", "Severe headache with nausea or vomiting"},
      {"severe-abdominal-pain", "Severe stomach or belly pain"},
      {"jaundice", "Yellow skin or eyes, or dark urine"},
      {"suicidal-thoughts", "Thoughts of harming or killing yourself"},
      {"bloody-stool", "Blood in stools or black stools"},
      {"severe-rash-blisters", "Severe rash, blisters or peeling skin"},
      {"hearing-loss", "Hearing loss"},
      {"tinnitus", "Ringing in the ears"},
      {"chest-pain", "Chest pain"},
      {"seizure", "Seizure (fit)"},
      {"allergic-swelling", "Swelling of face, lips or throat, or trouble breathing"},
      {"pregnancy", "I am or may be pregnant"}
    };
    for (String[] n : names) {
      SYMPTOMS.put(SymptomCode.fromCode(n[0]).orElseThrow(), n[1]);
    }
  }

  public static String symptom(String code) {
    return SymptomCode.fromCode(code).map(SYMPTOMS::get).orElse(code);
  }

  /** Symptoms of one triage level, as (code, words) pairs. */
  public static List<Map.Entry<String, String>> symptoms(TriageLevel level) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    SYMPTOMS.forEach(
        (c, words) -> {
          if (c.level() == level) {
            out.add(Map.entry(c.code(), words));
          }
        });
    return out;
  }

  public static final Map<String, String> CONTRACEPTION = new LinkedHashMap<>();

  static {
    CONTRACEPTION.put("iud", "IUD (coil)");
    CONTRACEPTION.put("implant", "Implant");
    CONTRACEPTION.put("combined-pill", "Combined pill");
    CONTRACEPTION.put("patch", "Patch");
    CONTRACEPTION.put("ring", "Vaginal ring");
    CONTRACEPTION.put("injection", "Injection");
    CONTRACEPTION.put("tubal-ligation", "Tubal ligation (sterilization)");
    CONTRACEPTION.put("partner-vasectomy", "Partner's vasectomy");
    CONTRACEPTION.put("male-condom", "Male condom");
    CONTRACEPTION.put("diaphragm", "Diaphragm with spermicide");
    CONTRACEPTION.put("cervical-cap", "Cervical cap with spermicide");
    CONTRACEPTION.put("sponge", "Contraceptive sponge");
    CONTRACEPTION.put("progestin-only-pill", "Progestin-only \"minipill\" (does not count)");
  }

  /** Lab tests the prescriber records, by LOINC code. */
  public static final Map<String, String> LABS = new LinkedHashMap<>();

  static {
    LABS.put("2571-8", "Triglycerides");
    LABS.put("1742-6", "ALT");
    LABS.put("1920-8", "AST");
    LABS.put("2093-3", "Total cholesterol");
    LABS.put("2085-9", "HDL cholesterol");
    LABS.put("13457-7", "LDL cholesterol");
  }

  private static final Map<String, String> REVIEWABLE =
      Map.of(
          "INTERACTION_TETRACYCLINE", "Tetracycline antibiotic",
          "INTERACTION_RETINOID", "Other retinoid medicine",
          "SYMPTOM_NEEDS_REVIEW", "Stop-now symptom",
          "MOOD_NEEDS_REVIEW", "Mood screen",
          "LAB_NEEDS_REVIEW", "Stop-level lab result",
          "PREGNANCY_TEST_POSITIVE", "Positive pregnancy test",
          "PREGNANCY_CHECK_NEEDED", "Missed period or contraception failure");

  /** What a hard-stop code is about, in a few words. */
  public static String reviewable(String code) {
    return REVIEWABLE.getOrDefault(code, code);
  }

  /** One history entry in words, from the contract-shaped event. */
  public static String event(JsonNode e) {
    String type = e.path("type").asText();
    return switch (type) {
      case "weight" -> "Weight " + num(e, "kg") + " kg";
      case "pregnancy-test" ->
          "Pregnancy test "
              + e.path("result").asText()
              + (e.hasNonNull("setting") ? " (" + e.path("setting").asText() + ")" : "");
      case "contraception" ->
          e.path("abstinence").asBoolean(false)
              ? "Contraception confirmed: committed abstinence"
              : "Contraception confirmed: " + methods(e.path("methods"));
      case "comprehension" ->
          e.path("passed").asBoolean(false)
              ? "Comprehension questions passed"
              : "Comprehension questions not passed";
      case "counseling" -> "Counseling confirmed by the prescriber";
      case "acknowledgement" -> "Acknowledgement-of-risk form signed";
      case "prescription" ->
          (e.path("cancelled").asBoolean(false) ? "Prescription cancelled: " : "Prescription ")
              + e.path("id").asText()
              + ", "
              + capsules(e.path("capsules"))
              + ", "
              + e.path("daysSupply").asInt()
              + " days";
      case "dispense" -> "Dispensed " + dispensed(e.path("capsules"));
      case "returned" -> "Unused capsules returned: " + num(e, "mg") + " mg";
      case "missed-dose" -> "Missed dose: " + num(e, "mg") + " mg";
      case "lab" ->
          LABS.getOrDefault(e.path("loinc").asText(), "Lab " + e.path("loinc").asText())
              + " "
              + num(e, "value")
              + " "
              + e.path("unit").asText();
      case "medication" ->
          "Medication: "
              + e.path("name").asText()
              + (e.hasNonNull("route") ? " (" + e.path("route").asText() + ")" : "");
      case "symptom" -> "Symptom reported: " + symptom(e.path("code").asText());
      case "mood-screen" ->
          e.path("instrument").asText("Mood screen")
              + " total "
              + e.path("total").asInt()
              + (e.has("item9") ? ", item 9 = " + e.path("item9").asInt() : "");
      case "review" -> "Prescriber review cleared: " + cleared(e.path("clears"));
      default -> type;
    };
  }

  private static String num(JsonNode e, String field) {
    double v = e.path(field).asDouble();
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String methods(JsonNode methods) {
    List<String> out = new ArrayList<>();
    methods.forEach(m -> out.add(CONTRACEPTION.getOrDefault(m.asText(), m.asText())));
    return String.join(" + ", out);
  }

  private static String capsules(JsonNode lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(
        l ->
            out.add(
                l.path("strengthMg").asInt()
                    + " mg: "
                    + l.path("morning").asInt()
                    + " morning, "
                    + l.path("evening").asInt()
                    + " evening"));
    return String.join("; ", out);
  }

  private static String dispensed(JsonNode lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(
        l -> out.add(l.path("count").asInt() + " × " + l.path("strengthMg").asInt() + " mg"));
    return String.join(", ", out);
  }

  private static String cleared(JsonNode codes) {
    List<String> out = new ArrayList<>();
    codes.forEach(c -> out.add(reviewable(c.asText())));
    return String.join(", ", out);
  }
}
