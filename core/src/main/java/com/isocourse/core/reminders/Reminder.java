package com.isocourse.core.reminders;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder to the patient.
 *
 * @param kind what it is about
 * @param sendOn the date it should be sent; never before the date the schedule was computed for
 * @param dueBy the date the thing is due, or the last day it can be done
 * @param daysLeft whole days from {@code sendOn} to {@code dueBy}; 0 when due on the send date or
 *     already overdue
 * @param key a stable key within the course: the same reminder computed on another day, or by
 *     another server instance, has the same key, so it is sent once
 */
public record Reminder(
    ReminderKind kind, LocalDate sendOn, LocalDate dueBy, long daysLeft, String key) {
  public Reminder {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sendOn, "sendOn");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(key, "key");
    if (daysLeft < 0) {
      throw new IllegalArgumentException("daysLeft must not be negative");
    }
  }

  /** True when the thing was due before the send date. */
  public boolean overdue() {
    return dueBy.isBefore(sendOn);
  }
}
