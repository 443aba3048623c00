package com.isocourse.core.escalation;

import com.isocourse.core.labs.Analyte;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import java.util.Locale;

/**
 * Short clinical names for what a trigger is about, for the prescriber's worklist and alerts: every
 * symptom, analyte and reason code has one (the switches are exhaustive, so a new code cannot
 * appear unnamed).
 */
final class TriggerWords {
  private TriggerWords() {}

  static String symptom(SymptomCode code) {
    return switch (code) {
      case DRY_LIPS -> "Dry lips";
      case DRY_SKIN -> "Dry skin";
      case DRY_EYES -> "Dry eyes";
      case NOSEBLEED -> "Nosebleed";
      case SUN_SENSITIVITY -> "Sun sensitivity";
      case MILD_JOINT_PAIN -> "Mild joint pain";
      case HAIR_THINNING -> "Hair thinning";
      case INITIAL_FLARE -> "Initial flare";
      case MILD_HEADACHE -> "Mild headache";
      case PERSISTENT_EYE_IRRITATION -> "Persistent eye irritation";
      case SKIN_INFECTION -> "Skin infection";
      case WORSENING_BACK_PAIN -> "Worsening back pain";
      case EXCESSIVE_THIRST -> "Excessive thirst";
      case MOOD_CHANGE -> "Mood change";
      case INSOMNIA -> "Insomnia";
      case PAINFUL_SWALLOWING -> "Painful swallowing";
      case MISSED_PERIOD -> "Missed period";
      case CONTRACEPTION_FAILURE -> "Contraception failure";
      case VISION_CHANGE -> "Vision change";
      case SEVERE_HEADACHE_NAUSEA -> "Severe headache with nausea";
      case SEVERE_ABDOMINAL_PAIN -> "Severe abdominal pain";
      case JAUNDICE -> "Jaundice";
      case SUICIDAL_THOUGHTS -> "Suicidal thoughts";
      case BLOODY_STOOL -> "Bloody stool";
      case SEVERE_RASH_BLISTERS -> "Severe rash or blisters";
      case HEARING_LOSS -> "Hearing loss";
      case TINNITUS -> "Tinnitus";
      case CHEST_PAIN -> "Chest pain";
      case SEIZURE -> "Seizure";
      case ALLERGIC_SWELLING -> "Allergic swelling";
      case PREGNANCY -> "Possible pregnancy";
    };
  }

  static String analyte(Analyte analyte) {
    return switch (analyte) {
      case TRIGLYCERIDES -> "Triglycerides";
      case TOTAL_CHOLESTEROL -> "Total cholesterol";
      case HDL_CHOLESTEROL -> "HDL cholesterol";
      case LDL_CHOLESTEROL -> "LDL cholesterol";
      case ALT -> "ALT";
      case AST -> "AST";
    };
  }

  /** A schedule item's name (rules.md §5 and the post-course tests). */
  static String dueItem(String item) {
    return switch (item) {
      case "PREGNANCY_TEST" -> "Pregnancy test";
      case "ALT" -> "Liver blood test (ALT)";
      case "TRIGLYCERIDES" -> "Triglycerides blood test";
      case "MOOD_SCREEN" -> "Mood screen";
      case "COMPREHENSION" -> "Comprehension questions";
      case "COUNSELING" -> "Counseling";
      case "END_OF_COURSE_PREGNANCY_TEST" -> "End-of-course pregnancy test";
      case "POST_COURSE_PREGNANCY_TEST" -> "Post-course pregnancy test";
      default -> {
        String words = item.replace('_', ' ').toLowerCase(Locale.ROOT);
        yield words.isEmpty() ? item : Character.toUpperCase(words.charAt(0)) + words.substring(1);
      }
    };
  }

  static String reason(ReasonCode code) {
    return switch (code) {
      case PATIENT_NOT_ENROLLED -> "Not enrolled";
      case PRESCRIBER_NOT_CERTIFIED -> "Prescriber certification not active";
      case PHARMACY_NOT_ACTIVE -> "Pharmacy not active";
      case PRESCRIPTION_NOT_FOUND -> "No prescription to fill";
      case PRESCRIPTION_ALREADY_DISPENSED -> "Prescription already filled";
      case PRESCRIPTION_CANCELLED -> "Prescription cancelled";
      case QUANTITY_EXCEEDS_PRESCRIPTION -> "Quantity above the prescription";
      case SUPPLY_OVER_30_DAYS -> "Supply over 30 days";
      case REFILLS_NOT_ALLOWED -> "Refills not allowed";
      case PATIENT_TOO_YOUNG -> "Patient younger than 12";
      case FORMULATION_MISMATCH -> "Formulation mismatch";
      case DOSE_ABOVE_MAXIMUM -> "Dose above the maximum for the weight";
      case RETREATMENT_TOO_SOON -> "Retreatment within 8 weeks";
      case PREGNANCY_TEST_POSITIVE -> "Positive pregnancy test";
      case DISPENSE_TOO_SOON -> "Previous supply not yet used";
      case WEIGHT_MISSING -> "No weight in the last 90 days";
      case RISK_CATEGORY_MISSING -> "Pregnancy risk category not recorded";
      case BIRTH_DATE_MISSING -> "Birth date missing";
      case PRESCRIBER_STATUS_MISSING -> "Prescriber status unknown";
      case PHARMACY_STATUS_MISSING -> "Pharmacy status unknown";
      case INTERACTION_TETRACYCLINE -> "Tetracycline antibiotic active";
      case INTERACTION_RETINOID -> "Other systemic retinoid active";
      case SYMPTOM_NEEDS_REVIEW -> "Stop-now symptom reported";
      case MOOD_NEEDS_REVIEW -> "Mood screen needs review";
      case LAB_NEEDS_REVIEW -> "Lab result at the stop level";
      case PREGNANCY_CHECK_NEEDED ->
          "Missed period or contraception failure — pregnancy test needed";
      case PRETREATMENT_TESTS_INCOMPLETE -> "Pre-treatment pregnancy tests incomplete";
      case CONTRACEPTION_LEAD_IN_TOO_SHORT -> "Contraception lead-in too short";
      case PREGNANCY_TEST_OUTSIDE_WINDOW -> "Pregnancy test window closed";
      case PREGNANCY_TEST_MISSING -> "No negative pregnancy test for this fill";
      case PREGNANCY_TEST_SETTING_NOT_ALLOWED -> "Pregnancy test setting does not count";
      case CONTRACEPTION_NOT_DOCUMENTED -> "Contraception not confirmed in 30 days";
      case CONTRACEPTION_INSUFFICIENT -> "Contraception not sufficient";
      case COMPREHENSION_NOT_COMPLETED -> "Comprehension questions not passed";
      case COUNSELING_NOT_CONFIRMED -> "Counseling not confirmed";
      case PRESCRIPTION_WINDOW_EXPIRED -> "Prescription older than 7 days";
      case LOCKOUT_19_DAY -> "19-day lockout";
      case ACKNOWLEDGEMENT_MISSING -> "Acknowledgement form missing";
      case TG_ELEVATED -> "Triglycerides raised";
      case ALT_ELEVATED -> "Liver enzymes raised";
      case CHOLESTEROL_ELEVATED -> "Cholesterol raised";
      case INTERACTION_VITAMIN_A -> "Vitamin A supplement";
      case INTERACTION_ST_JOHNS_WORT -> "St John's wort";
      case INTERACTION_BONE -> "Bone-affecting medicine";
      case MOOD_SCREEN_POSITIVE -> "Mood screen suggests depression";
      case SYMPTOM_CALL_PRESCRIBER -> "Symptom needs a call";
      case LABS_OVERDUE -> "Monitoring labs overdue";
      case CUMULATIVE_TARGET_REACHED -> "Cumulative target reached";
      case RULESET_CHANGED -> "Program rules changed";
      case LOW_DOSE_REGIMEN -> "Low-dose regimen";
      case HIGH_CUMULATIVE_TARGET -> "High cumulative target";
    };
  }
}
