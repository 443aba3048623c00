package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Published by {@link EventStore#append} right after a fact is stored, synchronously and inside the
 * transaction that stores it: a listener's writes (the prescriber's alerts) commit or roll back
 * with the fact, and a listener that fails fails the append.
 *
 * @param payload the event as stored, in the contract's shape (not to be modified)
 */
public record EventAppended(
    long eventId,
    long patientId,
    long courseId,
    String type,
    ObjectNode payload,
    long recordedBy) {}
