package com.isocourse.core.course;

import java.time.LocalDate;

/**
 * A dated fact in the course history (scenarios/README.md, events table). The history is
 * append-only; a decision sees only the events dated on or before its request date (rules.md §3).
 */
public sealed interface CourseEvent
    permits WeightMeasured,
        PregnancyTest,
        ContraceptionRecord,
        ComprehensionCompleted,
        CounselingConfirmed,
        AcknowledgementSigned,
        Prescription,
        Dispense,
        CapsulesReturned,
        DoseMissed,
        LabResult,
        MedicationRecord,
        SymptomReport,
        MoodScreen,
        PrescriberReview {

  /** The date of the fact (for a pregnancy test, the specimen collection date). */
  LocalDate date();
}
