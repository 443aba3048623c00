package com.isocourse.server.notifications;

/**
 * Sends a text message. The product ships {@link LoggingSmsSender}; a clinic with an SMS gateway
 * provides a bean of this type, which replaces it.
 */
interface SmsSender {
  /**
   * Sends the text to the phone number, or throws when the gateway refused it (the outbox then
   * retries it later).
   */
  void send(String phone, String text) throws DeliveryFailed;
}
