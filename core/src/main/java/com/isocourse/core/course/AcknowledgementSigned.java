package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.Objects;

/** The EU acknowledgement-of-risk form was signed (EU-ACK). */
public record AcknowledgementSigned(LocalDate date) implements CourseEvent {
  public AcknowledgementSigned {
    Objects.requireNonNull(date, "date");
  }
}
