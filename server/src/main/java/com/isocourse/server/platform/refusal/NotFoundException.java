package com.isocourse.server.platform.refusal;

/**
 * The thing does not exist for this user. Also used for another prescriber's patient, so a denial
 * never reveals that a record exists (architecture.md, Security).
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what + " not found");
  }
}
