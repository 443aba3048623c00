package com.isocourse.server.platform.refusal;

import java.util.Map;

/**
 * The request is well formed but contradicts the current state (409). A problem type other than
 * {@code conflict} and extra problem members let a client tell one kind of conflict from another.
 */
public class ConflictException extends RuntimeException {
  private final String type;
  private final transient Map<String, Object> properties;

  public ConflictException(String message) {
    this("conflict", message);
  }

  public ConflictException(String type, String message) {
    this(type, message, Map.of());
  }

  public ConflictException(String type, String message, Map<String, Object> properties) {
    super(message);
    this.type = type;
    this.properties = Map.copyOf(properties);
  }

  /** The last segment of the problem type URI. */
  public String type() {
    return type;
  }

  /** Extra members of the problem (e.g. the existing records a request collided with). */
  public Map<String, Object> properties() {
    return properties;
  }
}
