package com.isocourse.server.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One alert as the prescriber sees it.
 *
 * @param tier SAFETY_STOP or LAB_STOP
 * @param code the stop's reason code (SYMPTOM_NEEDS_REVIEW, MOOD_NEEDS_REVIEW, …)
 * @param trigger the fact in words, e.g. "Suicidal thoughts reported 2026-11-30"
 * @param factDate the clinical date of the fact
 * @param raisedAt when the fact was recorded and the alert raised
 * @param reports how many times the fact was recorded while the alert was open
 * @param lastReportedAt when it was last recorded
 * @param acknowledgedBy who acknowledged it (null while open)
 * @param acknowledgedAt when (null while open)
 */
record Alert(
    long id,
    long patientId,
    String programId,
    String patientName,
    String tier,
    String code,
    String trigger,
    LocalDate factDate,
    Instant raisedAt,
    int reports,
    Instant lastReportedAt,
    Long acknowledgedById,
    String acknowledgedBy,
    Instant acknowledgedAt) {

  /** Open until acknowledged. */
  @JsonProperty("open")
  public boolean open() {
    return acknowledgedAt == null;
  }
}
