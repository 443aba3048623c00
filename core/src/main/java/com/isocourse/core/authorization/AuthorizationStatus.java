package com.isocourse.core.authorization;

import java.time.LocalDate;

/**
 * The life of an issued authorization (ALL-ONEFILL: one live supply at a time): issued, then
 * claimed by the dispense, reversed by the pharmacy before a dispense, or expired once its last
 * dispense date has passed. What it authorizes now is read through {@link #asOf}, never from the
 * stored status alone: an issued authorization past its do-not-dispense-after date authorizes
 * nothing, even before any job has marked it expired.
 */
public enum AuthorizationStatus {
  /** Issued and not yet used: live until its do-not-dispense-after date, inclusive. */
  ISSUED,
  /** The dispense was recorded against it. */
  CLAIMED,
  /** Withdrawn by the pharmacy before a dispense. */
  REVERSED,
  /** Its last dispense date passed unclaimed. */
  EXPIRED;

  /** The status on {@code today}: an issued one past {@code doNotDispenseAfter} is expired. */
  public AuthorizationStatus asOf(LocalDate today, LocalDate doNotDispenseAfter) {
    return this == ISSUED && today.isAfter(doNotDispenseAfter) ? EXPIRED : this;
  }

  /**
   * The verdict to show for a stored decision: an AUTHORIZED decision whose authorization was
   * reversed or has expired shows as REVERSED or EXPIRED, never as AUTHORIZED (it authorizes
   * nothing now); any other decision shows as decided.
   */
  public static String shownVerdict(
      String decided, AuthorizationStatus status, LocalDate doNotDispenseAfter, LocalDate today) {
    if (status == null || !decided.equals("AUTHORIZED")) {
      return decided;
    }
    return switch (status.asOf(today, doNotDispenseAfter)) {
      case REVERSED -> "REVERSED";
      case EXPIRED -> "EXPIRED";
      case ISSUED, CLAIMED -> decided;
    };
  }
}
