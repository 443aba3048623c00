package com.isocourse.core.authorization;

import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.PrescriberReview;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a prescriber review clears a hard stop (rules.md §3.2): a review dated on or after the
 * triggering fact (and on or before the request) that lists the code. Nothing else clears it: not a
 * later dispense, not the passing of time.
 */
final class ReviewClearance {
  private final List<PrescriberReview> reviews;

  ReviewClearance(CaseHistory history, LocalDate requestDate) {
    this.reviews = history.asOf(requestDate, PrescriberReview.class);
  }

  boolean clears(ReasonCode code, LocalDate factDate) {
    return reviews.stream()
        .anyMatch(r -> !r.date().isBefore(factDate) && r.clears().contains(code));
  }
}
