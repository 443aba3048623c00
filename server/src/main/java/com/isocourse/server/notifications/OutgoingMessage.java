package com.isocourse.server.notifications;

import java.util.Objects;

/**
 * A message to put in the outbox.
 *
 * @param dedupeKey unique for ever: the same reminder, alert or digest always has the same key
 * @param patientId the patient it is to or about, or null
 * @param userId the staff user it is to, or null
 * @param language en or es
 * @param kind what it is (a reminder kind, ALERT, DIGEST)
 */
record OutgoingMessage(
    String dedupeKey,
    Long patientId,
    Long userId,
    Channel channel,
    String recipient,
    String language,
    String kind,
    String subject,
    String body) {
  OutgoingMessage {
    Objects.requireNonNull(dedupeKey, "dedupeKey");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
