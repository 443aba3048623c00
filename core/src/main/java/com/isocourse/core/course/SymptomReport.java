package com.isocourse.core.course;

import com.isocourse.core.symptoms.SymptomCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A symptom the patient reported (§6); free text is kept but never read by a rule. */
public record SymptomReport(LocalDate date, SymptomCode code, Optional<String> note)
    implements CourseEvent {
  public SymptomReport {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(note, "note");
  }
}
