package com.isocourse.core.selfreport;

import com.isocourse.core.plausibility.EntryProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly comprehension questions (US26-QUIZ: the patient passed them within 30 days before the
 * request), covering the topics of background.md: birth defects, two methods and what counts as
 * primary, the minipill, emergency contraception and missed periods, the monthly test and the 7-day
 * window, blood donation, sharing capsules, mood, stop-now symptoms. Graded here once for every
 * channel: passed only when every answer is right; each wrong answer comes back with the reason, so
 * the patient learns and retries.
 */
public final class ComprehensionQuiz {
  private ComprehensionQuiz() {}

  /** One question, its options (id → text, in display order), the right option and why. */
  public record Question(
      String id, String text, Map<String, String> options, String correct, String explanation) {}

  /** One answer graded: the option given, whether it is right, and the explanation when not. */
  public record GradedAnswer(
      String questionId, String given, boolean correct, String explanation) {}

  /**
   * An attempt graded. {@code problems} lists unanswered or unknown answers ({@code
   * answers.<questionId>}); an attempt with problems is not graded ({@code answers} empty).
   */
  public record Graded(boolean passed, List<GradedAnswer> answers, List<EntryProblem> problems) {}

  /** The questions, in the order they are asked. */
  public static List<Question> questions() {
    return QuizQuestions.ALL;
  }

  /**
   * Grades answers given by question id. Every question must be answered with one of its options;
   * extra keys are refused too, so a mistyped id does not pass silently.
   */
  public static Graded grade(Map<String, String> given) {
    List<EntryProblem> problems = new ArrayList<>();
    Map<String, String> answers = given == null ? Map.of() : given;
    for (String id : answers.keySet()) {
      if (QuizQuestions.ALL.stream().noneMatch(q -> q.id().equals(id))) {
        problems.add(
            EntryProblem.of(
                "answers." + id, "quiz-unknown-question", "is not one of the questions"));
      }
    }
    List<GradedAnswer> graded = new ArrayList<>();
    for (Question q : QuizQuestions.ALL) {
      String a = answers.get(q.id());
      if (a == null || a.isBlank()) {
        problems.add(EntryProblem.of("answers." + q.id(), "quiz-answer-required", "is required"));
      } else if (!q.options().containsKey(a)) {
        problems.add(
            EntryProblem.of(
                "answers." + q.id(),
                "quiz-answer-unknown",
                "must be one of " + String.join(", ", q.options().keySet()),
                String.join(", ", q.options().keySet())));
      } else {
        boolean right = q.correct().equals(a);
        graded.add(new GradedAnswer(q.id(), a, right, right ? null : q.explanation()));
      }
    }
    if (!problems.isEmpty()) {
      return new Graded(false, List.of(), List.copyOf(problems));
    }
    return new Graded(
        graded.stream().allMatch(GradedAnswer::correct), List.copyOf(graded), List.of());
  }
}
