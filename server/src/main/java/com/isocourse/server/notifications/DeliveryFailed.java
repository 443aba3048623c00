package com.isocourse.server.notifications;

/** A channel could not deliver a message; the text says why (kept on the outbox row). */
class DeliveryFailed extends Exception {
  private static final long serialVersionUID = 1L;

  public DeliveryFailed(String message, Throwable cause) {
    super(message, cause);
  }

  public DeliveryFailed(String message) {
    super(message);
  }
}
