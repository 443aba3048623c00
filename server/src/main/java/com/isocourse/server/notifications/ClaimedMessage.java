package com.isocourse.server.notifications;

/** A message a sender has claimed (its lease runs) and must now send and mark. */
record ClaimedMessage(
    long id,
    String dedupeKey,
    Channel channel,
    String recipient,
    String subject,
    String body,
    int attempts) {}
