package com.isocourse.core.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.plausibility.EntryProblem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** US26-QUIZ grading: all right passes, one wrong fails with its reason, gaps are refused. */
class ComprehensionQuizTest {
  private static Map<String, String> allRight() {
    Map<String, String> m = new LinkedHashMap<>();
    ComprehensionQuiz.questions().forEach(q -> m.put(q.id(), q.correct()));
    return m;
  }

  @Test
  void everyAnswerRightPasses() {
    ComprehensionQuiz.Graded g = ComprehensionQuiz.grade(allRight());
    assertThat(g.passed()).isTrue();
    assertThat(g.problems()).isEmpty();
    assertThat(g.answers())
        .hasSize(ComprehensionQuiz.questions().size())
        .allMatch(a -> a.correct());
  }

  @Test
  void oneWrongAnswerFailsAndExplainsOnlyThatOne() {
    Map<String, String> m = allRight();
    m.put("sharing", "a");
    ComprehensionQuiz.Graded g = ComprehensionQuiz.grade(m);
    assertThat(g.passed()).isFalse();
    assertThat(g.answers())
        .filteredOn(a -> !a.correct())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.questionId()).isEqualTo("sharing");
              assertThat(a.explanation()).contains("Never share");
            });
    assertThat(g.answers()).filteredOn(a -> a.correct()).allMatch(a -> a.explanation() == null);
  }

  @Test
  void missingUnknownAndExtraAnswersAreProblemsAndNothingIsGraded() {
    Map<String, String> m = new HashMap<>(allRight());
    m.remove("mood");
    m.put("blood-donation", "z");
    m.put("favourite-colour", "a");
    ComprehensionQuiz.Graded g = ComprehensionQuiz.grade(m);
    assertThat(g.passed()).isFalse();
    assertThat(g.answers()).isEmpty();
    assertThat(g.problems())
        .extracting(EntryProblem::field)
        .containsExactlyInAnyOrder(
            "answers.mood", "answers.blood-donation", "answers.favourite-colour");
    assertThat(ComprehensionQuiz.grade(null).problems())
        .hasSize(ComprehensionQuiz.questions().size());
  }

  @Test
  void coversTheTopicsOfBackgroundAndEveryRightAnswerIsAnOption() {
    assertThat(ComprehensionQuiz.questions())
        .extracting(ComprehensionQuiz.Question::id)
        .contains(
            "birth-defects",
            "two-methods",
            "missed-period",
            "monthly-test",
            "blood-donation",
            "sharing",
            "mood",
            "stop-now")
        .doesNotHaveDuplicates();
    ComprehensionQuiz.questions()
        .forEach(
            q -> {
              assertThat(q.options()).containsKey(q.correct());
              assertThat(q.options()).hasSizeGreaterThanOrEqualTo(3);
              assertThat(q.explanation()).isNotBlank();
            });
  }
}
