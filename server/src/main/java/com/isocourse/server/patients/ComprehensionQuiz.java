package com.isocourse.server.patients;

import java.util.List;
import java.util.Map;

/**
 * The monthly comprehension questions (US26-QUIZ): real questions about the drug's risks,
 * contraception, blood donation and not sharing capsules. Each wrong answer comes back with the
 * reason, so the patient learns and retries.
 */
public final class ComprehensionQuiz {
  private ComprehensionQuiz() {}

  /** One question, its options, the right option and why. */
  public record Question(
      String id, String text, Map<String, String> options, String correct, String explanation) {}

  /** A question as shown to the patient, without the answer. */
  public record Shown(String id, String text, Map<String, String> options) {}

  public static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "birth-defects",
              "What can happen if you become pregnant while taking isotretinoin?",
              Map.of(
                  "a", "Nothing, if the dose is low",
                  "b", "Severe birth defects or loss of the pregnancy, even from one dose",
                  "c", "Only mild skin dryness for the baby"),
              "b",
              "Isotretinoin causes severe birth defects and miscarriage at any dose, even after a"
                  + " single capsule. That is why pregnancy must be prevented throughout the"
                  + " course."),
          new Question(
              "contraception",
              "If you can get pregnant, how long must you use contraception?",
              Map.of(
                  "a", "From one month before, during, and for one month after the course",
                  "b", "Only on days you take a capsule",
                  "c", "Until the acne clears"),
              "a",
              "The drug stays in the body after the last dose: contraception starts one month"
                  + " before the first dose and continues for one month after the last."),
          new Question(
              "blood-donation",
              "May you donate blood during the course?",
              Map.of(
                  "a", "Yes, any time",
                  "b", "No, not during the course and for one month after the last dose",
                  "c", "Only if you skip a dose that day"),
              "b",
              "Donated blood could be given to a pregnant patient and harm the baby, so no"
                  + " blood donation until one month after the last dose."),
          new Question(
              "sharing",
              "A friend also has acne. May you give them some of your capsules?",
              Map.of(
                  "a", "Yes, if they are over 18",
                  "b", "Yes, if they take a smaller dose",
                  "c", "Never: the capsules are only for you"),
              "c",
              "Never share isotretinoin: the other person has had no pregnancy testing,"
                  + " counseling or blood tests, and could be pregnant. Return unused capsules to"
                  + " the pharmacy."),
          new Question(
              "mood",
              "What should you do if you feel depressed or have thoughts of harming yourself?",
              Map.of(
                  "a", "Stop the capsules and contact your prescriber or emergency services now",
                  "b", "Wait until the next monthly visit",
                  "c", "Double the dose to finish sooner"),
              "a",
              "Mood changes can be serious. Stop taking isotretinoin and get help at once; report"
                  + " it in the app as well so your prescriber is alerted."));

  public static List<Shown> shown() {
    return QUESTIONS.stream().map(q -> new Shown(q.id(), q.text(), q.options())).toList();
  }
}
