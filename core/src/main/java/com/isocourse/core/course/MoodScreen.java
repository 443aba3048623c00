package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A depression screen (SAFE-MOOD, WARN-MOOD): PHQ-9 (total 0–27, item 9 0–3) or PHQ-2 (0–6).
 *
 * @param item9 PHQ-9 item 9 (thoughts of self-harm); empty for PHQ-2
 */
public record MoodScreen(LocalDate date, Instrument instrument, int total, Optional<Integer> item9)
    implements CourseEvent {
  /** The questionnaire used. */
  public enum Instrument {
    PHQ9("PHQ-9", 27),
    PHQ2("PHQ-2", 6);

    private final String code;
    private final int maxTotal;

    Instrument(String code, int maxTotal) {
      this.code = code;
      this.maxTotal = maxTotal;
    }

    public String code() {
      return code;
    }

    public int maxTotal() {
      return maxTotal;
    }

    public static Optional<Instrument> fromCode(String code) {
      for (Instrument i : values()) {
        if (i.code.equals(code)) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }
  }

  public MoodScreen {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(item9, "item9");
    if (total < 0 || total > instrument.maxTotal()) {
      throw new IllegalArgumentException(
          "total must be between 0 and " + instrument.maxTotal() + " for " + instrument.code());
    }
    if (instrument == Instrument.PHQ9 && item9.isEmpty()) {
      throw new IllegalArgumentException("item9 is required for PHQ-9");
    }
    if (item9.isPresent() && (item9.get() < 0 || item9.get() > 3)) {
      throw new IllegalArgumentException("item9 must be between 0 and 3");
    }
  }
}
