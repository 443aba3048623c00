package com.isocourse.core.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.isocourse.core.course.MoodScreen;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SAFE-MOOD and WARN-MOOD thresholds, below / at / above each: PHQ-9 total 9/10 (positive), 19/20
 * (needs review), item 9 0/1 (self-harm thoughts whatever the total); PHQ-2 total 2/3.
 */
class MoodReadingTest {
  private static final LocalDate D = LocalDate.of(2026, 12, 1);

  @ParameterizedTest(name = "PHQ-9 total {0}, item 9 = {1}: {2}")
  @CsvSource({
    "0, 0, NEGATIVE",
    "9, 0, NEGATIVE",
    "10, 0, POSITIVE",
    "19, 0, POSITIVE",
    "20, 0, SEVERE",
    "27, 0, SEVERE",
    "1, 1, SELF_HARM_THOUGHTS",
    "9, 1, SELF_HARM_THOUGHTS",
    "20, 3, SELF_HARM_THOUGHTS",
  })
  void phq9(int total, int item9, MoodReading expected) {
    MoodReading r =
        MoodReading.of(new MoodScreen(D, MoodScreen.Instrument.PHQ9, total, Optional.of(item9)));
    assertThat(r).isEqualTo(expected);
    assertThat(r.needsReview()).isEqualTo(total >= 20 || item9 > 0);
  }

  @ParameterizedTest(name = "PHQ-2 total {0}: {1}")
  @CsvSource({"0, NEGATIVE", "2, NEGATIVE", "3, POSITIVE", "6, POSITIVE"})
  void phq2NeverNeedsReviewOnItsOwn(int total, MoodReading expected) {
    MoodReading r =
        MoodReading.of(new MoodScreen(D, MoodScreen.Instrument.PHQ2, total, Optional.empty()));
    assertThat(r).isEqualTo(expected);
    assertThat(r.needsReview()).isFalse();
  }
}
