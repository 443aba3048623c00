package com.isocourse.server.ui.words;

import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Plain words for every reason code (rules.md §3): a sentence a person can act on and who must act.
 * Pages show these with the engine's own message (which carries the dates); a code is never shown
 * alone.
 */
public final class ReasonWords {
  private ReasonWords() {}

  /** The words for one code. */
  public record Words(String sentence, Actor actor) {}

  /** A finding as shown on a page. */
  public record Shown(
      String code, String sentence, Actor actor, String detail, String kind, boolean review) {}

  private static final Map<ReasonCode, Words> WORDS = new EnumMap<>(ReasonCode.class);

  private static void put(ReasonCode code, Actor actor, String sentence) {
    WORDS.put(code, new Words(sentence, actor));
  }

  static {
    put(ReasonCode.PATIENT_NOT_ENROLLED, Actor.PRESCRIBER, "The patient is not enrolled yet.");
    put(
        ReasonCode.PRESCRIBER_NOT_CERTIFIED,
        Actor.PRESCRIBER,
        "The prescriber's program certification is not active.");
    put(
        ReasonCode.PHARMACY_NOT_ACTIVE,
        Actor.PHARMACY,
        "This pharmacy is not registered and active in the program.");
    put(
        ReasonCode.PRESCRIPTION_NOT_FOUND,
        Actor.PRESCRIBER,
        "There is no prescription on file to fill.");
    put(
        ReasonCode.PRESCRIPTION_ALREADY_DISPENSED,
        Actor.PRESCRIBER,
        "This prescription has already been filled; a new one is needed.");
    put(
        ReasonCode.PRESCRIPTION_CANCELLED,
        Actor.PRESCRIBER,
        "This prescription was cancelled by the prescriber.");
    put(
        ReasonCode.QUANTITY_EXCEEDS_PRESCRIPTION,
        Actor.PHARMACY,
        "The quantity to hand over is more than the prescription allows.");
    put(
        ReasonCode.SUPPLY_OVER_30_DAYS,
        Actor.PRESCRIBER,
        "The prescription is for more than 30 days' supply.");
    put(
        ReasonCode.REFILLS_NOT_ALLOWED,
        Actor.PRESCRIBER,
        "Refills are not allowed; each month needs a new prescription.");
    put(ReasonCode.PATIENT_TOO_YOUNG, Actor.PRESCRIBER, "The patient is younger than 12.");
    put(
        ReasonCode.FORMULATION_MISMATCH,
        Actor.PHARMACY,
        "The capsules must be the prescribed brand type; no substitution between conventional,"
            + " Lidose and micronized.");
    put(
        ReasonCode.DOSE_ABOVE_MAXIMUM,
        Actor.PRESCRIBER,
        "The prescribed daily dose is above the maximum for the patient's weight.");
    put(
        ReasonCode.RETREATMENT_TOO_SOON,
        Actor.PRESCRIBER,
        "A new course cannot start until 8 weeks after the previous course ended.");
    put(
        ReasonCode.PREGNANCY_TEST_POSITIVE,
        Actor.PRESCRIBER,
        "A positive pregnancy test must be reviewed by the prescriber.");
    put(
        ReasonCode.DISPENSE_TOO_SOON,
        Actor.PHARMACY,
        "The previous fill's supply has not run out yet: only one supply at a time, and the next"
            + " fill is possible from 7 days before it ends.");
    put(
        ReasonCode.PREGNANCY_CHECK_NEEDED,
        Actor.PATIENT,
        "A missed period or a contraception failure was reported: a negative pregnancy test taken"
            + " since then is needed (or the prescriber's review) before the next fill.");
    put(ReasonCode.WEIGHT_MISSING, Actor.PRESCRIBER, "No body weight from the last 90 days.");
    put(
        ReasonCode.RISK_CATEGORY_MISSING,
        Actor.PRESCRIBER,
        "The patient's pregnancy risk category is not recorded.");
    put(ReasonCode.BIRTH_DATE_MISSING, Actor.PRESCRIBER, "The patient's birth date is missing.");
    put(
        ReasonCode.PRESCRIBER_STATUS_MISSING,
        Actor.PROGRAM,
        "The prescriber's certification status is unknown.");
    put(
        ReasonCode.PHARMACY_STATUS_MISSING,
        Actor.PROGRAM,
        "The pharmacy's registration status is unknown.");
    put(
        ReasonCode.INTERACTION_TETRACYCLINE,
        Actor.PRESCRIBER,
        "A tetracycline antibiotic is being taken: together they can raise pressure around the"
            + " brain. The prescriber must review.");
    put(
        ReasonCode.INTERACTION_RETINOID,
        Actor.PRESCRIBER,
        "Another retinoid medicine is being taken. The prescriber must review.");
    put(
        ReasonCode.SYMPTOM_NEEDS_REVIEW,
        Actor.PRESCRIBER,
        "The patient reported a stop-now symptom. The prescriber must review before the next"
            + " fill.");
    put(
        ReasonCode.MOOD_NEEDS_REVIEW,
        Actor.PRESCRIBER,
        "The latest mood screen needs the prescriber's review (thoughts of self-harm or severe"
            + " depression).");
    put(
        ReasonCode.LAB_NEEDS_REVIEW,
        Actor.PRESCRIBER,
        "A lab result is at the stop level (triglycerides or liver enzymes). The prescriber must"
            + " review.");
    put(
        ReasonCode.PRETREATMENT_TESTS_INCOMPLETE,
        Actor.PATIENT,
        "The two negative pregnancy tests needed before the first fill are not complete.");
    put(
        ReasonCode.CONTRACEPTION_LEAD_IN_TOO_SHORT,
        Actor.PATIENT,
        "Contraception has not been in use for the full month before the first dose.");
    put(
        ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW,
        Actor.PATIENT,
        "The last negative pregnancy test is too old: its 7-day pickup window has closed. A new"
            + " test is needed.");
    put(
        ReasonCode.PREGNANCY_TEST_MISSING,
        Actor.PATIENT,
        "No negative pregnancy test is on file for this fill.");
    put(
        ReasonCode.PREGNANCY_TEST_SETTING_NOT_ALLOWED,
        Actor.PATIENT,
        "This pregnancy test was taken where it does not count (for example at home); a clinic"
            + " or lab test is needed.");
    put(
        ReasonCode.CONTRACEPTION_NOT_DOCUMENTED,
        Actor.PATIENT,
        "The patient has not confirmed their contraception in the last 30 days.");
    put(
        ReasonCode.CONTRACEPTION_INSUFFICIENT,
        Actor.PATIENT,
        "The contraception on file is not enough: two methods, at least one primary, or"
            + " committed abstinence.");
    put(
        ReasonCode.COMPREHENSION_NOT_COMPLETED,
        Actor.PATIENT,
        "The patient has not passed this month's comprehension questions.");
    put(
        ReasonCode.COUNSELING_NOT_CONFIRMED,
        Actor.PRESCRIBER,
        "The prescriber has not confirmed this month's counseling.");
    put(
        ReasonCode.PRESCRIPTION_WINDOW_EXPIRED,
        Actor.PRESCRIBER,
        "The prescription is older than 7 days; a new one is needed.");
    put(
        ReasonCode.LOCKOUT_19_DAY,
        Actor.PATIENT,
        "The 19-day lockout applies: a new pregnancy test is needed after the lockout ends.");
    put(
        ReasonCode.ACKNOWLEDGEMENT_MISSING,
        Actor.PRESCRIBER,
        "The signed acknowledgement-of-risk form is not on file.");
    put(
        ReasonCode.TG_ELEVATED,
        Actor.PRESCRIBER,
        "Triglycerides are raised (500 mg/dL or more); consider diet advice and a recheck.");
    put(ReasonCode.ALT_ELEVATED, Actor.PRESCRIBER, "Liver enzymes (ALT/AST) are above normal.");
    put(ReasonCode.CHOLESTEROL_ELEVATED, Actor.PRESCRIBER, "Total cholesterol is above 300 mg/dL.");
    put(
        ReasonCode.INTERACTION_VITAMIN_A,
        Actor.PATIENT,
        "A vitamin A supplement is being taken; it should be stopped during treatment.");
    put(
        ReasonCode.INTERACTION_ST_JOHNS_WORT,
        Actor.PATIENT,
        "St John's wort is being taken: it can make hormonal birth control fail.");
    put(
        ReasonCode.INTERACTION_BONE,
        Actor.PRESCRIBER,
        "A medicine that affects bone (phenytoin or a steroid) is being taken.");
    put(
        ReasonCode.MOOD_SCREEN_POSITIVE,
        Actor.PRESCRIBER,
        "The latest mood screen suggests depression; follow up with the patient.");
    put(
        ReasonCode.SYMPTOM_CALL_PRESCRIBER,
        Actor.PRESCRIBER,
        "The patient reported a symptom that needs a call from the prescriber.");
    put(ReasonCode.LABS_OVERDUE, Actor.PATIENT, "Blood tests (ALT and triglycerides) are overdue.");
    put(
        ReasonCode.CUMULATIVE_TARGET_REACHED,
        Actor.PRESCRIBER,
        "The cumulative dose target has been reached; consider ending the course.");
    put(
        ReasonCode.RULESET_CHANGED,
        Actor.PHARMACY,
        "The program rules changed since the last fill.");
    put(ReasonCode.LOW_DOSE_REGIMEN, Actor.PRESCRIBER, "Low-dose regimen (below 0.5 mg/kg/day).");
    put(
        ReasonCode.HIGH_CUMULATIVE_TARGET,
        Actor.PRESCRIBER,
        "The cumulative target is above 150 mg/kg.");
  }

  public static Words of(ReasonCode code) {
    return WORDS.get(code);
  }

  /** True when every code has words; checked by a test so a new code cannot appear raw. */
  public static boolean coversEveryCode() {
    return WORDS.size() == ReasonCode.values().length;
  }

  public static Shown show(Finding f) {
    Words w = of(f.code());
    return new Shown(
        f.code().name(),
        w.sentence(),
        w.actor(),
        f.message(),
        f.code().kind().name(),
        f.code().clearedByReview());
  }

  public static List<Shown> show(List<Finding> findings) {
    return findings.stream().map(ReasonWords::show).toList();
  }

  /** A finding from the contract's JSON output (code, rule, message). */
  public static Shown show(String code, String message) {
    return ReasonCode.fromName(code)
        .map(c -> show(Finding.of(c, message)))
        .orElse(new Shown(code, message, Actor.PROGRAM, message, "BLOCKING", false));
  }
}
