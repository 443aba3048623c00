package com.isocourse.core.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.isocourse.core.plausibility.EntryProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PHQ-9 answers: nine items, each 0–3 (below / at / above both ends), scored and read. */
class Phq9AnswersTest {
  private static List<Integer> items(Integer... v) {
    return new ArrayList<>(Arrays.asList(v));
  }

  @Test
  void scoresTheTotalAndItemNine() {
    Phq9Answers.Scored s = Phq9Answers.score(items(3, 3, 3, 3, 3, 3, 2, 0, 0));
    assertThat(s.total()).isEqualTo(20);
    assertThat(s.item9()).isZero();
    assertThat(s.reading()).isEqualTo(MoodReading.SEVERE);
    assertThat(Phq9Answers.score(items(0, 0, 0, 0, 0, 0, 0, 0, 1)).reading())
        .isEqualTo(MoodReading.SELF_HARM_THOUGHTS);
    assertThat(Phq9Answers.score(items(0, 0, 0, 0, 0, 0, 0, 0, 0)).reading())
        .isEqualTo(MoodReading.NEGATIVE);
  }

  @Test
  void eachItemMustBeBetweenZeroAndThree() {
    assertThat(Phq9Answers.problems(items(0, 3, 0, 0, 0, 0, 0, 0, 0))).isEmpty();
    assertThat(Phq9Answers.problems(items(-1, 4, 0, 0, 0, 0, 0, 0, null)))
        .extracting(EntryProblem::field)
        .containsExactly("items[0]", "items[1]", "items[8]");
    assertThatThrownBy(() -> Phq9Answers.score(items(4, 0, 0, 0, 0, 0, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("items[0]");
  }

  @Test
  void exactlyNineAnswers() {
    assertThat(Phq9Answers.problems(items(0, 0, 0, 0, 0, 0, 0, 0)))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("exactly 9").contains("8 given"));
    assertThat(Phq9Answers.problems(items(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).hasSize(1);
    assertThat(Phq9Answers.problems(null)).extracting(EntryProblem::field).containsExactly("items");
  }
}
