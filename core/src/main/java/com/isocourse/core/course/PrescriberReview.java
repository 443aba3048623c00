package com.isocourse.core.course;

import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A prescriber's review of hard stops (§3.2): clears the listed codes for facts dated on or before
 * the review date. A later fact triggers again.
 */
public record PrescriberReview(LocalDate date, Set<ReasonCode> clears, Optional<String> note)
    implements CourseEvent {
  public PrescriberReview {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(note, "note");
    // in code order, so that the record (and the history's canonical order) never depends on the
    // order the codes were listed in
    clears =
        clears.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(clears));
  }
}
