package com.isocourse.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.admin.ClinicPolicyRepository;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import com.isocourse.server.courses.CourseRecord;
import com.isocourse.server.courses.StoredEvent;
import com.isocourse.server.patients.PatientRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's own reading of a generated patient, for tests that check the bench's independent
 * reading against it: the rows as the server's records, and the server's {@link CaseFiles} fed from
 * memory (no repositories, no policy overrides). The bench itself uses no server class.
 */
final class ServerMirror {
  static final CaseFiles CASE_FILES = CaseFiles.inMemory(new NoOverrides(), new ObjectMapper());

  private ServerMirror() {}

  /** The case file the server would load for this patient (prescriber certified). */
  static CaseFile caseFile(Population.Generated g) {
    var p = g.patient();
    var c = g.course();
    List<StoredEvent> stored = new ArrayList<>(g.events().size());
    for (int i = 0; i < g.events().size(); i++) {
      ObjectNode e = g.events().get(i);
      stored.add(new StoredEvent(i + 1, i + 1, e.get("type").asText(), e, 0, Instant.EPOCH));
    }
    return new CaseFile(
        new PatientRecord(
            p.id(),
            p.programId(),
            p.displayName(),
            p.birthDate(),
            p.jurisdiction(),
            p.riskCategory(),
            p.enrolledOn(),
            p.homeTestingAllowed(),
            0),
        new CourseRecord(
            c.id(),
            c.patientId(),
            c.formulation(),
            c.firstDoseDate(),
            c.targetMgPerKg(),
            c.previousCourseLastDose(),
            c.plannedMgPerKgPerDay(),
            com.isocourse.core.course.CourseStatus.valueOf(c.status()),
            c.completedOn()),
        stored,
        true);
  }

  private static final class NoOverrides extends ClinicPolicyRepository {
    NoOverrides() {
      super(null);
    }

    @Override
    public Map<String, String> overrides() {
      return Map.of();
    }
  }
}
