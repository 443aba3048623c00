package com.isocourse.core.selfreport;

import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.plausibility.EntryProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A patient's nine PHQ-9 answers (Kroenke 2001): each item scored 0–3, the total 0–27, item 9 the
 * self-harm question. Checked and scored here once for every channel; the reading of the score is
 * {@link MoodReading} (SAFE-MOOD, WARN-MOOD).
 */
public final class Phq9Answers {
  /** Items on the questionnaire. */
  public static final int ITEMS = 9;

  /** The highest score of one item ("nearly every day"). */
  public static final int MAX_ITEM_SCORE = 3;

  private Phq9Answers() {}

  /** The scored questionnaire. */
  public record Scored(int total, int item9) {
    /** The screen as a course event on {@code date}. */
    public MoodScreen screen(LocalDate date) {
      return new MoodScreen(date, MoodScreen.Instrument.PHQ9, total, Optional.of(item9));
    }

    /** What the screen says (SAFE-MOOD, WARN-MOOD). */
    public MoodReading reading() {
      return MoodReading.of(screen(LocalDate.EPOCH));
    }
  }

  /** The problems of the answers as given ({@code items[i]} fields); empty when they score. */
  public static List<EntryProblem> problems(List<Integer> items) {
    List<EntryProblem> problems = new ArrayList<>();
    if (items == null || items.size() != ITEMS) {
      problems.add(
          EntryProblem.of(
              "items",
              "phq9-count",
              "must list exactly "
                  + ITEMS
                  + " answers, one per question"
                  + (items == null ? "" : " (" + items.size() + " given)"),
              ITEMS));
      return problems;
    }
    for (int i = 0; i < ITEMS; i++) {
      Integer v = items.get(i);
      if (v == null || v < 0 || v > MAX_ITEM_SCORE) {
        problems.add(
            EntryProblem.of(
                "items[" + i + "]",
                "phq9-answer",
                "must be between 0 and " + MAX_ITEM_SCORE,
                MAX_ITEM_SCORE));
      }
    }
    return problems;
  }

  /**
   * Scores answers that have no {@link #problems}.
   *
   * @throws IllegalArgumentException when they have problems
   */
  public static Scored score(List<Integer> items) {
    List<EntryProblem> problems = problems(items);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).field() + " " + problems.get(0).reason());
    }
    int total = items.stream().mapToInt(Integer::intValue).sum();
    return new Scored(total, items.get(ITEMS - 1));
  }
}
