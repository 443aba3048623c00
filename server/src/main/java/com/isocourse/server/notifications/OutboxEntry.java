package com.isocourse.server.notifications;

import java.time.Instant;

/** One outbox row as the admin's outbox page lists it. */
record OutboxEntry(
    long id,
    Long patientId,
    String kind,
    String channel,
    String recipient,
    String language,
    String subject,
    String body,
    String status,
    int attempts,
    Instant createdAt,
    Instant sentAt,
    Instant nextAttemptAt,
    String lastError) {}
