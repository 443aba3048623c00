package com.isocourse.core.selfreport;

import com.isocourse.core.selfreport.ComprehensionQuiz.Question;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The questions of {@link ComprehensionQuiz}, written from background.md's facts. */
final class QuizQuestions {
  private QuizQuestions() {}

  /** Options in display order: "a", text, "b", text, … */
  private static Map<String, String> options(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  static final List<Question> ALL =
      List.of(
          new Question(
              "birth-defects",
              "What can happen if you become pregnant while taking isotretinoin?",
              options(
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
              options(
                  "a", "From one month before, during, and for one month after the course",
                  "b", "Only on days you take a capsule",
                  "c", "Until the acne clears"),
              "a",
              "The drug stays in the body after the last dose: contraception starts one month"
                  + " before the first dose and continues for one month after the last."),
          new Question(
              "two-methods",
              "Which combination of birth control is enough during the course?",
              options(
                  "a", "Condoms alone, used every time",
                  "b",
                      "Two methods together, at least one of them primary (such as an IUD, an"
                          + " implant or the combined pill)",
                  "c", "The progestin-only 'minipill' alone"),
              "b",
              "One method can fail, so two are used together and at least one must be a primary"
                  + " method. The progestin-only minipill does not count as a primary method."),
          new Question(
              "missed-period",
              "Your period is late, or a condom broke. What do you do?",
              options(
                  "a", "Wait for next month's test",
                  "b", "Take a double dose of birth control pills and carry on",
                  "c",
                      "Stop the capsules and call your prescriber at once; ask about emergency"
                          + " contraception after unprotected sex"),
              "c",
              "A missed period or failed contraception could mean pregnancy. Stop taking"
                  + " isotretinoin, call the prescriber now and get a pregnancy test; emergency"
                  + " contraception works best when taken soon after unprotected sex."),
          new Question(
              "monthly-test",
              "When can the pharmacy hand over your capsules each month?",
              options(
                  "a", "Any time in the month",
                  "b", "Only within 7 days of your monthly pregnancy test",
                  "c", "Only on the first day of the month"),
              "b",
              "Each fill needs a negative pregnancy test, and the capsules must be picked up"
                  + " within the 7-day window that follows it; after that a new test is needed."),
          new Question(
              "blood-donation",
              "May you donate blood during the course?",
              options(
                  "a", "Yes, any time",
                  "b", "No, not during the course and for one month after the last dose",
                  "c", "Only if you skip a dose that day"),
              "b",
              "Donated blood could be given to a pregnant patient and harm the baby, so no"
                  + " blood donation until one month after the last dose."),
          new Question(
              "sharing",
              "A friend also has acne. May you give them some of your capsules?",
              options(
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
              options(
                  "a", "Stop the capsules and contact your prescriber or emergency services now",
                  "b", "Wait until the next monthly visit",
                  "c", "Double the dose to finish sooner"),
              "a",
              "Mood changes can be serious. Stop taking isotretinoin and get help at once; report"
                  + " it in the app as well so your prescriber is alerted."),
          new Question(
              "stop-now",
              "Which of these means: stop the capsules and get help today?",
              options(
                  "a", "Dry lips",
                  "b",
                      "Changes in vision, a severe headache with nausea, severe stomach pain,"
                          + " yellow skin, bloody stools or a severe rash",
                  "c", "Mild peeling of the skin"),
              "b",
              "Dry lips and peeling are expected and harmless. Vision changes, a severe headache"
                  + " with nausea, severe stomach pain, yellow skin or eyes, bloody stools or a"
                  + " severe rash can be signs of a serious reaction: stop and get help now."));
}
