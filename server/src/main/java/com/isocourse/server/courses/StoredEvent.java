package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One row of the course history: the contract-shaped payload and who recorded it, when. The payload
 * read from the store may be shared with other requests ({@link ParsedEvents}): never modify it
 * (copy it first).
 */
public record StoredEvent(
    long id, int seq, String type, ObjectNode payload, long recordedBy, Instant recordedAt) {}
