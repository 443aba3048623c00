package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * A pharmacy's authorization request as answered: the engine's decision (contract output shape)
 * and, when authorized, the authorization to dispense against.
 *
 * @param replayed true when this answers a retry with an idempotency key already used
 */
public record AuthorizationView(
    long requestId,
    String prescriptionId,
    String programId,
    LocalDate requestDate,
    int historyVersion,
    JsonNode decision,
    Authorization authorization,
    boolean replayed) {

  /** The authorization itself. */
  public record Authorization(long id, String code, LocalDate doNotDispenseAfter, String status) {}

  AuthorizationView asReplay() {
    return new AuthorizationView(
        requestId,
        prescriptionId,
        programId,
        requestDate,
        historyVersion,
        decision,
        authorization,
        true);
  }
}
