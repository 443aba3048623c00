package com.isocourse.core.archfixtures.clock;

import java.time.LocalDate;

/** Violates "core never reads the clock": it asks for today instead of taking the date. */
public final class ClockReadingRule {
  private ClockReadingRule() {}

  public static LocalDate today() {
    return LocalDate.now();
  }
}
