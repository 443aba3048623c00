package com.isocourse.server.ui.words;

import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.util.List;
import java.util.Locale;

/**
 * What a reason means to the patient, in the second person and plain words (issue 14 §4): no codes,
 * no "the patient", and who acts said as a person ("You", "Your prescriber"). Clinicians read
 * {@link ReasonWords}; the actor is the same. An exhaustive switch: a new reason code does not
 * compile until the patient can be told what it means.
 */
public final class PatientWords {
  private PatientWords() {}

  /** A reason as the patient reads it. */
  public record Told(String sentence, String whoActs, boolean yours) {}

  public static List<Told> tell(List<Finding> findings) {
    return tell(findings, Locale.ENGLISH);
  }

  /** The reasons in the patient's language: Spanish for "es", English otherwise. */
  public static List<Told> tell(List<Finding> findings, Locale locale) {
    return findings.stream().map(f -> tell(f.code(), locale)).distinct().toList();
  }

  public static Told tell(ReasonCode code) {
    return tell(code, Locale.ENGLISH);
  }

  public static Told tell(ReasonCode code, Locale locale) {
    boolean spanish = spanish(locale);
    ReasonWords.Words words = ReasonWords.of(code);
    String sentence = spanish ? PatientWordsEs.sentence(code) : sentence(code);
    if (words.patientActs()) {
      return new Told(sentence, spanish ? "Usted" : "You", true);
    }
    Actor actor = words.actor();
    return new Told(sentence, spanish ? PatientWordsEs.whoActs(actor) : whoActs(actor), false);
  }

  /** Whether the locale asks for Spanish (any country). */
  public static boolean spanish(Locale locale) {
    return locale != null && "es".equals(locale.getLanguage());
  }

  /** Who must act, as a person. */
  static String whoActs(Actor actor) {
    return switch (actor) {
      case PATIENT -> "You";
      case PRESCRIBER -> "Your prescriber";
      case PHARMACY -> "Your pharmacy";
      case PROGRAM -> "The program office";
    };
  }

  static String sentence(ReasonCode code) {
    return switch (code) {
      case PATIENT_NOT_ENROLLED -> "Your enrollment in the program is not complete yet.";
      case PRESCRIBER_NOT_CERTIFIED ->
          "Your prescriber's program certification needs renewing before a fill.";
      case PHARMACY_NOT_ACTIVE -> "This pharmacy cannot fill isotretinoin in the program.";
      case PRESCRIPTION_NOT_FOUND -> "You need a new prescription for your next fill.";
      case PRESCRIPTION_ALREADY_DISPENSED ->
          "This prescription has already been filled; your next fill needs a new one.";
      case PRESCRIPTION_CANCELLED -> "Your prescriber cancelled this prescription.";
      case QUANTITY_EXCEEDS_PRESCRIPTION ->
          "The pharmacy can hand over only what your prescription says.";
      case SUPPLY_OVER_30_DAYS -> "A fill can be for at most 30 days; your prescriber will fix it.";
      case REFILLS_NOT_ALLOWED -> "Each month needs a new prescription; refills are not allowed.";
      case PATIENT_TOO_YOUNG -> "Isotretinoin is not given before the age of 12.";
      case FORMULATION_MISMATCH ->
          "The pharmacy must give you exactly the type of capsules prescribed.";
      case DOSE_ABOVE_MAXIMUM -> "Your prescriber needs to adjust the dose to your weight.";
      case RETREATMENT_TOO_SOON -> "A new course can start only 8 weeks after your last one ended.";
      case PREGNANCY_TEST_POSITIVE ->
          "Your pregnancy test was positive. Do not take any capsules; your prescriber will contact"
              + " you.";
      case DISPENSE_TOO_SOON ->
          "You still have capsules from your last fill; the next one is possible from 7 days before"
              + " they run out.";
      case PREGNANCY_CHECK_NEEDED ->
          "You reported a missed period or a contraception problem: stop the capsules and take a"
              + " pregnancy test before your next fill.";
      case WEIGHT_MISSING -> "Your weight needs to be measured again at your next visit.";
      case RISK_CATEGORY_MISSING ->
          "Your prescriber needs to complete your details in the program.";
      case BIRTH_DATE_MISSING -> "Your date of birth is missing from your record.";
      case PRESCRIBER_STATUS_MISSING, PHARMACY_STATUS_MISSING ->
          "The program office is checking a registration; no action is needed from you.";
      case INTERACTION_TETRACYCLINE ->
          "You are taking an antibiotic (a tetracycline) that must not be taken with isotretinoin."
              + " Your prescriber will review it.";
      case INTERACTION_RETINOID ->
          "You are taking another vitamin A medicine. Your prescriber will review it.";
      case SYMPTOM_NEEDS_REVIEW ->
          "You reported a symptom that means stopping the capsules. Your prescriber will contact"
              + " you.";
      case MOOD_NEEDS_REVIEW ->
          "Your mood check needs your prescriber's review before your next fill. If you have"
              + " thoughts of harming yourself, get help now.";
      case LAB_NEEDS_REVIEW ->
          "One of your blood test results needs your prescriber's review before your next fill.";
      case PRETREATMENT_TESTS_INCOMPLETE ->
          "You need two negative pregnancy tests before your first fill.";
      case CONTRACEPTION_LEAD_IN_TOO_SHORT ->
          "You need to use your contraception for a full month before your first dose.";
      case PREGNANCY_TEST_OUTSIDE_WINDOW ->
          "Your last pregnancy test is too old for a pickup; you need a new one.";
      case PREGNANCY_TEST_MISSING -> "You need a negative pregnancy test before your next pickup.";
      case PREGNANCY_TEST_SETTING_NOT_ALLOWED ->
          "Your pregnancy test must be taken at a clinic or lab; a home test does not count.";
      case CONTRACEPTION_NOT_DOCUMENTED ->
          "Please confirm the contraception you use (once a month).";
      case CONTRACEPTION_INSUFFICIENT ->
          "You need two methods of contraception, at least one of them primary, or committed"
              + " abstinence.";
      case COMPREHENSION_NOT_COMPLETED ->
          "Please answer this month's questions about your treatment.";
      case COUNSELING_NOT_CONFIRMED ->
          "Your prescriber will confirm this month's counseling with you.";
      case PRESCRIPTION_WINDOW_EXPIRED ->
          "Your prescription is more than 7 days old; your prescriber needs to write a new one.";
      case LOCKOUT_19_DAY ->
          "You missed your pickup window: you need a new pregnancy test once the waiting period"
              + " ends.";
      case ACKNOWLEDGEMENT_MISSING ->
          "You need to sign the form that says you understand the risks.";
      case TG_ELEVATED ->
          "Your triglycerides (blood fats) are raised; your prescriber may suggest diet changes.";
      case ALT_ELEVATED -> "Your liver test is above normal; your prescriber will follow it up.";
      case CHOLESTEROL_ELEVATED -> "Your cholesterol is raised; your prescriber will follow it up.";
      case INTERACTION_VITAMIN_A ->
          "Stop taking vitamin A supplements while you are on isotretinoin.";
      case INTERACTION_ST_JOHNS_WORT ->
          "St John's wort can stop hormonal birth control working; tell your prescriber.";
      case INTERACTION_BONE ->
          "You take a medicine that can affect your bones; your prescriber will review it.";
      case MOOD_SCREEN_POSITIVE ->
          "Your mood check suggests you may be feeling low; your prescriber will talk with you.";
      case SYMPTOM_CALL_PRESCRIBER ->
          "You reported a symptom your prescriber wants to hear about; expect a call.";
      case LABS_OVERDUE -> "Your blood tests (liver and triglycerides) are overdue.";
      case CUMULATIVE_TARGET_REACHED ->
          "You have reached your target dose; your prescriber will talk about ending the course.";
      case RULESET_CHANGED -> "The program's rules changed since your last fill.";
      case LOW_DOSE_REGIMEN -> "You are on a lower dose than usual, as your prescriber chose.";
      case HIGH_CUMULATIVE_TARGET -> "Your prescriber set a higher total dose than usual.";
    };
  }
}
