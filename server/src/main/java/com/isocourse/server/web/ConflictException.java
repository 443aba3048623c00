package com.isocourse.server.web;

/** The request is well formed but contradicts the current state (409). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
