package com.isocourse.server.platform.refusal;

/** The user may see the record but not do this to it (403). */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
