package com.isocourse.server.courses;

import com.isocourse.server.patients.PatientRecord;
import java.util.List;

/** Everything stored about one patient's current course, as one consistent read. */
public record CaseFile(
    PatientRecord patient,
    CourseRecord course,
    List<StoredEvent> events,
    Boolean prescriberCertified) {

  /** The history version decisions are stamped with: the last event's sequence number. */
  public int version() {
    return events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
  }
}
