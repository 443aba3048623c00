package com.isocourse.server.courses;

import java.time.Instant;
import java.util.List;

/**
 * Which history a course has: the sequence number, id and recording time of its last event (0, 0
 * and null for an empty history). Events are append-only (the {@code course_event_no_update}
 * trigger) and every append raises the sequence number, so an unchanged version means an unchanged
 * history. The id and the time are there for a recreated or restored database, which can reuse a
 * course id and its sequence numbers for another history: the worklist's cached lines ({@code
 * WorklistLineCache}) must not take one history for the other.
 *
 * <p>The last event rather than {@code max(id)}: the last event is one backward step of the {@code
 * (course_id, seq)} index and one row, whereas {@code max(id)} reads every event row of the course
 * (EXPLAIN ANALYZE of the current-courses query on the benchmark's 2,000-patient worklist: 21 ms
 * with the last event, 54 ms with {@code max(seq)} and {@code max(id)}).
 */
public record HistoryVersion(int seq, long lastEventId, Instant lastRecordedAt) {
  public static final HistoryVersion EMPTY = new HistoryVersion(0, 0, null);

  /** The version of a history as loaded: that of its event with the highest sequence number. */
  public static HistoryVersion of(List<StoredEvent> history) {
    StoredEvent last = null;
    for (StoredEvent e : history) {
      if (last == null || e.seq() > last.seq()) {
        last = e;
      }
    }
    return last == null ? EMPTY : new HistoryVersion(last.seq(), last.id(), last.recordedAt());
  }
}
