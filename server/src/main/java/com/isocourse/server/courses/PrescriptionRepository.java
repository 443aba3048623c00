package com.isocourse.server.courses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Prescriptions as rows (for identity, status and the row lock that serializes authorizations); the
 * same prescription is also an event in the course history.
 */
@Repository
public class PrescriptionRepository {
  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public PrescriptionRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A stored prescription. */
  public record PrescriptionRow(
      String id,
      long patientId,
      long courseId,
      LocalDate writtenOn,
      String status,
      ObjectNode payload,
      boolean dispensed) {

    /** What the course summary's choice of the next prescription reads of the row. */
    public PrescriptionState state() {
      return new PrescriptionState(id, status, dispensed);
    }
  }

  /**
   * A prescription's identity and state without its payload: all the worklist needs to find the
   * next prescription ({@link CourseSummaries#nextPrescription}).
   */
  public record PrescriptionState(String id, String status, boolean dispensed) {}

  private static final String SELECT =
      "select p.id, p.patient_id, p.course_id, p.written_on, p.status, p.payload,"
          + " exists (select 1 from dispense d where d.prescription_id = p.id) as dispensed"
          + " from prescription p";

  public void insert(String id, long patientId, long courseId, LocalDate on, ObjectNode payload) {
    jdbc.sql(
            "insert into prescription (id, patient_id, course_id, written_on, payload)"
                + " values (?, ?, ?, ?, cast(? as jsonb))")
        .params(id, patientId, courseId, on, payload.toString())
        .update();
  }

  public int countForPatient(long patientId) {
    return jdbc.sql("select count(*) from prescription where patient_id = ?")
        .param(patientId)
        .query(Integer.class)
        .single();
  }

  public Optional<PrescriptionRow> find(String id) {
    return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::row).optional();
  }

  /** Locks the prescription row: authorization decisions on it are serialized. */
  public Optional<PrescriptionRow> lock(String id) {
    return jdbc.sql("select id from prescription where id = ? for update")
        .param(id)
        .query(String.class)
        .optional()
        .flatMap(this::find);
  }

  /** A patient identified at the pharmacy, and whether the prescription asked about is locked. */
  public record IdentifiedPatient(PatientRecord patient, boolean prescriptionLocked) {}

  /**
   * Finds the patient by program ID and birth date and, if the prescription is theirs, locks it, in
   * one statement. Empty when no patient matches both; {@code prescriptionLocked} is false when the
   * prescription does not exist or is another patient's.
   *
   * <p>If the lock has to wait, PostgreSQL re-checks only the locked prescription row (it still
   * exists and is still the patient's) once the lock is granted; the patient columns come from the
   * snapshot taken when the statement started, before the wait, just as if the patient had been
   * read by a statement of its own before locking. Anything that a transaction holding the lock may
   * have changed must therefore be read by a later statement, which (READ COMMITTED) sees every
   * commit made before it started.
   */
  public Optional<IdentifiedPatient> identifyAndLock(
      String programId, LocalDate birthDate, String prescriptionId) {
    return jdbc.sql(
            "select "
                + PatientRepository.COLUMNS
                + ", rx.locked_id is not null as prescription_locked from patient"
                + " left join lateral (select p.id as locked_id from prescription p"
                + " where p.id = ? and p.patient_id = patient.id for update) rx on true"
                + " where program_id = ? and birth_date = ?")
        .params(prescriptionId, programId, birthDate)
        .query(
            (rs, n) ->
                new IdentifiedPatient(
                    PatientRepository.row(rs, n), rs.getBoolean("prescription_locked")))
        .optional();
  }

  public List<PrescriptionRow> forCourse(long courseId) {
    return jdbc.sql(SELECT + " where p.course_id = ? order by p.written_on, p.created_at")
        .param(courseId)
        .query(this::row)
        .list();
  }

  /**
   * The state of every prescription of the current courses of a prescriber's patients in one query,
   * by course id, each in the order of {@link #forCourse}. Without the payloads: the worklist never
   * shows them (the prescription is also an event of the history), and they are nearly all of the
   * rows' bytes, to be sent and parsed on every view.
   */
  public Map<Long, List<PrescriptionState>> statesOfCurrentCoursesOfPrescriber(long prescriberId) {
    Map<Long, List<PrescriptionState>> out = new HashMap<>();
    jdbc.sql(
            "select p.id, p.course_id, p.status,"
                + " exists (select 1 from dispense d where d.prescription_id = p.id) as dispensed"
                + " from prescription p where p.course_id in ("
                + CourseRepository.CURRENT_COURSE_IDS_OF_PRESCRIBER
                + ") order by p.course_id, p.written_on, p.created_at")
        .param(prescriberId)
        .query(
            rs -> {
              out.computeIfAbsent(rs.getLong("course_id"), k -> new ArrayList<>())
                  .add(
                      new PrescriptionState(
                          rs.getString("id"), rs.getString("status"), rs.getBoolean("dispensed")));
            });
    return out;
  }

  /**
   * The patient's open prescriptions (active, not dispensed), oldest first: those a new
   * prescription replaces (ALL-ONEFILL: one supply at a time).
   */
  public List<String> openForPatient(long patientId) {
    return jdbc.sql(
            "select p.id from prescription p where p.patient_id = ? and p.status = 'ACTIVE'"
                + " and not exists (select 1 from dispense d where d.prescription_id = p.id)"
                + " order by p.written_on, p.created_at")
        .param(patientId)
        .query(String.class)
        .list();
  }

  /**
   * Reverses the prescription's issued, undispensed authorization, if any: a cancelled prescription
   * must not be dispensed on an authorization given before it was cancelled.
   */
  public int reverseIssuedAuthorizations(String id) {
    return jdbc.sql(
            "update dispense_authorization set status = 'REVERSED', active_prescription_id = null,"
                + " changed_at = now() where prescription_id = ? and status = 'ISSUED'")
        .param(id)
        .update();
  }

  public boolean cancel(String id) {
    return jdbc.sql(
                "update prescription set status = 'CANCELLED' where id = ? and status = 'ACTIVE'")
            .param(id)
            .update()
        == 1;
  }

  private PrescriptionRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    try {
      return new PrescriptionRow(
          rs.getString("id"),
          rs.getLong("patient_id"),
          rs.getLong("course_id"),
          rs.getObject("written_on", LocalDate.class),
          rs.getString("status"),
          (ObjectNode) json.readTree(rs.getString("payload")),
          rs.getBoolean("dispensed"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
