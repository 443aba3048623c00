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

  /**
   * The words for one code.
   *
   * @param actor who must act in Isocourse (what clinicians see)
   * @param patientActs the patient has a part too (takes the test, tells their contraception): the
   *     patient's own page says "you"
   */
  public record Words(String sentence, Actor actor, Remedy remedy, boolean patientActs) {}

  /** A finding as shown on a page. */
  public record Shown(
      String code,
      String sentence,
      Actor actor,
      String detail,
      String kind,
      boolean review,
      Remedy remedy) {}

  private static final Map<ReasonCode, Words> WORDS = new EnumMap<>(ReasonCode.class);

  /**
   * @param remedy the form that clears the reason, null when none does (time, the pharmacy, the
   *     program office)
   */
  private static void put(ReasonCode code, Actor actor, String sentence, Remedy remedy) {
    WORDS.put(code, new Words(sentence, actor, remedy, actor == Actor.PATIENT));
  }

  /**
   * A reason the patient and the prescriber clear together: the patient takes the test or tells
   * their contraception, the prescriber records it (issue 14: "Action: Patient" was wrong where the
   * prescriber must document).
   */
  private static void shared(ReasonCode code, String sentence, Remedy remedy) {
    WORDS.put(code, new Words(sentence, Actor.PRESCRIBER, remedy, true));
  }

  static {
    put(
        ReasonCode.PATIENT_NOT_ENROLLED,
        Actor.PRESCRIBER,
        "The patient is not enrolled yet.",
        null);
    put(
        ReasonCode.PRESCRIBER_NOT_CERTIFIED,
        Actor.PRESCRIBER,
        "The prescriber's program certification is not active.",
        null);
    put(
        ReasonCode.PHARMACY_NOT_ACTIVE,
        Actor.PHARMACY,
        "This pharmacy is not registered and active in the program.",
        null);
    put(
        ReasonCode.PRESCRIPTION_NOT_FOUND,
        Actor.PRESCRIBER,
        "There is no prescription on file to fill.",
        Remedy.prescribe());
    put(
        ReasonCode.PRESCRIPTION_ALREADY_DISPENSED,
        Actor.PRESCRIBER,
        "This prescription has already been filled; a new one is needed.",
        Remedy.prescribe());
    put(
        ReasonCode.PRESCRIPTION_CANCELLED,
        Actor.PRESCRIBER,
        "This prescription was cancelled by the prescriber.",
        Remedy.prescribe());
    put(
        ReasonCode.QUANTITY_EXCEEDS_PRESCRIPTION,
        Actor.PHARMACY,
        "The quantity to hand over is more than the prescription allows.",
        null);
    put(
        ReasonCode.SUPPLY_OVER_30_DAYS,
        Actor.PRESCRIBER,
        "The prescription is for more than 30 days' supply.",
        Remedy.prescribe());
    put(
        ReasonCode.REFILLS_NOT_ALLOWED,
        Actor.PRESCRIBER,
        "Refills are not allowed; each month needs a new prescription.",
        Remedy.prescribe());
    put(ReasonCode.PATIENT_TOO_YOUNG, Actor.PRESCRIBER, "The patient is younger than 12.", null);
    put(
        ReasonCode.FORMULATION_MISMATCH,
        Actor.PHARMACY,
        "The capsules must be the prescribed brand type; no substitution between conventional,"
            + " Lidose and micronized.",
        null);
    put(
        ReasonCode.DOSE_ABOVE_MAXIMUM,
        Actor.PRESCRIBER,
        "The prescribed daily dose is above the maximum for the patient's weight.",
        Remedy.prescribe());
    put(
        ReasonCode.RETREATMENT_TOO_SOON,
        Actor.PRESCRIBER,
        "A new course cannot start until 8 weeks after the previous course ended.",
        null);
    put(
        ReasonCode.PREGNANCY_TEST_POSITIVE,
        Actor.PRESCRIBER,
        "A positive pregnancy test must be reviewed by the prescriber.",
        Remedy.review());
    put(
        ReasonCode.DISPENSE_TOO_SOON,
        Actor.PHARMACY,
        "The previous fill's supply has not run out yet: only one supply at a time, and the next"
            + " fill is possible from 7 days before it ends.",
        null);
    shared(
        ReasonCode.PREGNANCY_CHECK_NEEDED,
        "A missed period or a contraception failure was reported: the patient takes a pregnancy test and the prescriber records the negative result (or reviews) before the next fill.",
        Remedy.record("pregnancy-test", "Record a pregnancy test"));
    put(
        ReasonCode.WEIGHT_MISSING,
        Actor.PRESCRIBER,
        "No body weight from the last 90 days.",
        Remedy.record("weight", "Record a weight"));
    put(
        ReasonCode.RISK_CATEGORY_MISSING,
        Actor.PRESCRIBER,
        "The patient's pregnancy risk category is not recorded.",
        null);
    put(
        ReasonCode.BIRTH_DATE_MISSING,
        Actor.PRESCRIBER,
        "The patient's birth date is missing.",
        null);
    put(
        ReasonCode.PRESCRIBER_STATUS_MISSING,
        Actor.PROGRAM,
        "The prescriber's certification status is unknown.",
        null);
    put(
        ReasonCode.PHARMACY_STATUS_MISSING,
        Actor.PROGRAM,
        "The pharmacy's registration status is unknown.",
        null);
    put(
        ReasonCode.INTERACTION_TETRACYCLINE,
        Actor.PRESCRIBER,
        "A tetracycline antibiotic is being taken: together they can raise pressure around the"
            + " brain. The prescriber must review.",
        Remedy.record("medication", "Record the medicine stopped"));
    put(
        ReasonCode.INTERACTION_RETINOID,
        Actor.PRESCRIBER,
        "Another retinoid medicine is being taken. The prescriber must review.",
        Remedy.record("medication", "Record the medicine stopped"));
    put(
        ReasonCode.SYMPTOM_NEEDS_REVIEW,
        Actor.PRESCRIBER,
        "The patient reported a stop-now symptom. The prescriber must review before the next"
            + " fill.",
        Remedy.review());
    put(
        ReasonCode.MOOD_NEEDS_REVIEW,
        Actor.PRESCRIBER,
        "The latest mood screen needs the prescriber's review (thoughts of self-harm or severe"
            + " depression).",
        Remedy.review());
    put(
        ReasonCode.LAB_NEEDS_REVIEW,
        Actor.PRESCRIBER,
        "A lab result is at the stop level (triglycerides or liver enzymes). The prescriber must"
            + " review.",
        Remedy.review());
    shared(
        ReasonCode.PRETREATMENT_TESTS_INCOMPLETE,
        "The two negative pregnancy tests needed before the first fill are not complete: the patient takes them, the prescriber records the results.",
        Remedy.record("pregnancy-test", "Record a pregnancy test"));
    put(
        ReasonCode.CONTRACEPTION_LEAD_IN_TOO_SHORT,
        Actor.PATIENT,
        "Contraception has not been in use for the full month before the first dose.",
        null);
    shared(
        ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW,
        "The last negative pregnancy test is too old: its 7-day pickup window has closed. The patient takes a new test; the prescriber records the result.",
        Remedy.record("pregnancy-test", "Record a pregnancy test"));
    shared(
        ReasonCode.PREGNANCY_TEST_MISSING,
        "No negative pregnancy test is recorded for this fill: the patient takes the test, the prescriber records the result.",
        Remedy.record("pregnancy-test", "Record a pregnancy test"));
    shared(
        ReasonCode.PREGNANCY_TEST_SETTING_NOT_ALLOWED,
        "This pregnancy test was taken where it does not count (for example at home): a clinic or lab test is needed, recorded by the prescriber.",
        Remedy.record("pregnancy-test", "Record a pregnancy test"));
    shared(
        ReasonCode.CONTRACEPTION_NOT_DOCUMENTED,
        "Contraception has not been documented in the last 30 days: ask the patient and record the methods.",
        Remedy.record("contraception", "Record contraception"));
    shared(
        ReasonCode.CONTRACEPTION_INSUFFICIENT,
        "The contraception on file is not enough: two methods, at least one primary, or committed abstinence. Counsel the patient and record the methods.",
        Remedy.record("contraception", "Record contraception"));
    put(
        ReasonCode.COMPREHENSION_NOT_COMPLETED,
        Actor.PATIENT,
        "The patient has not passed this month's comprehension questions; they answer them under Today in their Isocourse account.",
        null);
    put(
        ReasonCode.COUNSELING_NOT_CONFIRMED,
        Actor.PRESCRIBER,
        "The prescriber has not confirmed this month's counseling.",
        Remedy.record("counseling", "Record counseling"));
    put(
        ReasonCode.PRESCRIPTION_WINDOW_EXPIRED,
        Actor.PRESCRIBER,
        "The prescription is older than 7 days; a new one is needed.",
        Remedy.prescribe());
    shared(
        ReasonCode.LOCKOUT_19_DAY,
        "The 19-day lockout applies: the patient takes a new pregnancy test after the lockout ends, the prescriber records it.",
        Remedy.record("pregnancy-test", "Record a pregnancy test"));
    put(
        ReasonCode.ACKNOWLEDGEMENT_MISSING,
        Actor.PRESCRIBER,
        "The signed acknowledgement-of-risk form is not on file.",
        Remedy.record("acknowledgement", "Record the signed form"));
    put(
        ReasonCode.TG_ELEVATED,
        Actor.PRESCRIBER,
        "Triglycerides are raised (500 mg/dL or more); consider diet advice and a recheck.",
        Remedy.record("lab", "Record a recheck"));
    put(
        ReasonCode.ALT_ELEVATED,
        Actor.PRESCRIBER,
        "Liver enzymes (ALT/AST) are above normal.",
        Remedy.record("lab", "Record a recheck"));
    put(
        ReasonCode.CHOLESTEROL_ELEVATED,
        Actor.PRESCRIBER,
        "Total cholesterol is above 300 mg/dL.",
        Remedy.record("lab", "Record a recheck"));
    put(
        ReasonCode.INTERACTION_VITAMIN_A,
        Actor.PATIENT,
        "A vitamin A supplement is being taken; it should be stopped during treatment.",
        Remedy.record("medication", "Record the supplement stopped"));
    put(
        ReasonCode.INTERACTION_ST_JOHNS_WORT,
        Actor.PATIENT,
        "St John's wort is being taken: it can make hormonal birth control fail.",
        Remedy.record("medication", "Record the medicine stopped"));
    put(
        ReasonCode.INTERACTION_BONE,
        Actor.PRESCRIBER,
        "A medicine that affects bone (phenytoin or a steroid) is being taken.",
        null);
    put(
        ReasonCode.MOOD_SCREEN_POSITIVE,
        Actor.PRESCRIBER,
        "The latest mood screen suggests depression; follow up with the patient.",
        Remedy.record("mood-screen", "Record a follow-up mood screen"));
    put(
        ReasonCode.SYMPTOM_CALL_PRESCRIBER,
        Actor.PRESCRIBER,
        "The patient reported a symptom that needs a call from the prescriber.",
        Remedy.review());
    shared(
        ReasonCode.LABS_OVERDUE,
        "Blood tests (ALT and triglycerides) are overdue: order them and record the results.",
        Remedy.record("lab", "Record a lab result"));
    put(
        ReasonCode.CUMULATIVE_TARGET_REACHED,
        Actor.PRESCRIBER,
        "The cumulative dose target has been reached; consider ending the course.",
        null);
    put(
        ReasonCode.RULESET_CHANGED,
        Actor.PHARMACY,
        "The program rules changed since the last fill.",
        null);
    put(
        ReasonCode.LOW_DOSE_REGIMEN,
        Actor.PRESCRIBER,
        "Low-dose regimen (below 0.5 mg/kg/day).",
        null);
    put(
        ReasonCode.HIGH_CUMULATIVE_TARGET,
        Actor.PRESCRIBER,
        "The cumulative target is above 150 mg/kg.",
        null);
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
        f.code().clearedByReview(),
        w.remedy());
  }

  public static List<Shown> show(List<Finding> findings) {
    return findings.stream().map(ReasonWords::show).toList();
  }

  /** A finding from the contract's JSON output (code, rule, message). */
  public static Shown show(String code, String message) {
    return ReasonCode.fromName(code)
        .map(c -> show(Finding.of(c, message)))
        .orElse(new Shown(code, message, Actor.PROGRAM, message, "BLOCKING", false, null));
  }
}
