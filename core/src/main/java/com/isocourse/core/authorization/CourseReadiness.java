package com.isocourse.core.authorization;

import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.util.List;
import java.util.Objects;

/**
 * Where a course stands for its next fill, as the worklist, the patient's page and every other
 * channel show it, read from the engine's decision and never re-decided: the decision itself when a
 * prescription is open, and when none is, whether the prescriber can write one that would pass (a
 * missing prescription is not itself a blocker there). A completed course has no next fill.
 *
 * @param blockers the blocking reasons as shown (without PRESCRIPTION_NOT_FOUND when no
 *     prescription is open; none once the course is completed)
 */
public record CourseReadiness(Readiness readiness, List<Finding> blockers) {
  /** The readiness values, in the contract's words. */
  public enum Readiness {
    /** The open prescription would be authorized today. */
    AUTHORIZED,
    /** A blocking reason stands. */
    DENIED,
    /** A fact needed to decide is missing (never "safe"). */
    INDETERMINATE,
    /** No prescription is open, and nothing would block one written today. */
    READY_WHEN_PRESCRIBED,
    /** The course is over: no further fill. */
    COURSE_COMPLETED
  }

  public CourseReadiness {
    Objects.requireNonNull(readiness, "readiness");
    blockers = List.copyOf(blockers);
  }

  /**
   * Reads the decision for the course's next fill.
   *
   * @param courseActive the course is still running (not completed or stopped)
   * @param prescriptionOpen the decision was asked about an open prescription (otherwise about a
   *     dispense in general, with no prescription)
   */
  public static CourseReadiness of(
      DispenseDecision d, boolean courseActive, boolean prescriptionOpen) {
    if (!courseActive) {
      return new CourseReadiness(Readiness.COURSE_COMPLETED, List.of());
    }
    if (prescriptionOpen) {
      return new CourseReadiness(asked(d.outcome()), d.reasons());
    }
    List<Finding> blockers =
        d.reasons().stream().filter(f -> f.code() != ReasonCode.PRESCRIPTION_NOT_FOUND).toList();
    Readiness r =
        !blockers.isEmpty()
            ? Readiness.DENIED
            : !d.missing().isEmpty() ? Readiness.INDETERMINATE : Readiness.READY_WHEN_PRESCRIBED;
    return new CourseReadiness(r, blockers);
  }

  private static Readiness asked(Outcome o) {
    return switch (o) {
      case Outcome.Authorized a -> Readiness.AUTHORIZED;
      case Outcome.Denied x -> Readiness.DENIED;
      case Outcome.Indeterminate x -> Readiness.INDETERMINATE;
    };
  }
}
