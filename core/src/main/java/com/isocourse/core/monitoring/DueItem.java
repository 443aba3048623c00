package com.isocourse.core.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the schedule wants done by a date (rules.md §5): due on {@code date}, overdue 7 days
 * later.
 *
 * @param item a stable code such as PREGNANCY_TEST, ALT, TRIGLYCERIDES, MOOD_SCREEN
 * @param date when it is due
 */
public record DueItem(String item, LocalDate date) {
  public DueItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(date, "date");
  }

  /** Overdue 7 days after its due date (§5). */
  public boolean overdueOn(LocalDate day) {
    return day.isAfter(date.plusDays(6));
  }
}
