package com.isocourse.server.smart;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the token endpoint as RFC 6749 §5.2 words it: {@code invalid_client} (401) when the
 * assertion does not prove the client, {@code invalid_grant} for a replayed assertion, {@code
 * invalid_scope}, {@code invalid_request} and {@code unsupported_grant_type} (400).
 */
final class TokenError extends RuntimeException {
  private final String error;
  private final HttpStatus status;
  private final String clientId;

  private TokenError(String error, HttpStatus status, String description, String clientId) {
    super(description);
    this.error = error;
    this.status = status;
    this.clientId = clientId;
  }

  static TokenError invalidClient(String description) {
    return new TokenError("invalid_client", HttpStatus.UNAUTHORIZED, description, null);
  }

  static TokenError invalidRequest(String description) {
    return new TokenError("invalid_request", HttpStatus.BAD_REQUEST, description, null);
  }

  static TokenError unsupportedGrantType(String description) {
    return new TokenError("unsupported_grant_type", HttpStatus.BAD_REQUEST, description, null);
  }

  static TokenError invalidGrant(String clientId, String description) {
    return new TokenError("invalid_grant", HttpStatus.BAD_REQUEST, description, clientId);
  }

  static TokenError invalidScope(String clientId, String description) {
    return new TokenError("invalid_scope", HttpStatus.BAD_REQUEST, description, clientId);
  }

  String error() {
    return error;
  }

  HttpStatus status() {
    return status;
  }

  /** The client when the assertion proved it (for the audit row), else null. */
  String clientId() {
    return clientId;
  }
}
