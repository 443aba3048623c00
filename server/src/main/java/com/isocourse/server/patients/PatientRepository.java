package com.isocourse.server.patients;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patients in plain SQL. Program IDs are {@code IC-} and six random digits. */
@Repository
public class PatientRepository {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The columns {@link #row} reads, for queries of other repositories that return a patient. */
  public static final String COLUMNS =
      "id, program_id, display_name, birth_date, jurisdiction, risk_category, enrolled_on,"
          + " home_testing_allowed, prescriber_id";

  private final JdbcClient jdbc;

  public PatientRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public PatientRecord create(
      String displayName,
      LocalDate birthDate,
      String jurisdiction,
      String riskCategory,
      LocalDate enrolledOn,
      boolean homeTestingAllowed,
      long prescriberId) {
    String programId = newProgramId();
    long id =
        jdbc.sql(
                "insert into patient (program_id, display_name, birth_date, jurisdiction,"
                    + " risk_category, enrolled_on, home_testing_allowed, prescriber_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                programId,
                displayName,
                birthDate,
                jurisdiction,
                riskCategory,
                enrolledOn,
                homeTestingAllowed,
                prescriberId)
            .query(Long.class)
            .single();
    return findById(id).orElseThrow();
  }

  private String newProgramId() {
    while (true) {
      String candidate = "IC-%06d".formatted(RANDOM.nextInt(1_000_000));
      boolean taken =
          jdbc.sql("select count(*) from patient where program_id = ?")
                  .param(candidate)
                  .query(Long.class)
                  .single()
              > 0;
      if (!taken) {
        return candidate;
      }
    }
  }

  /**
   * Patients with this name (case and runs of spaces aside) and birth date, oldest first.
   * Enrollment asks before it creates one, so one person is not enrolled twice by mistake.
   */
  public List<PatientRecord> sameNameAndBirthDate(String displayName, LocalDate birthDate) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from patient where birth_date = ?"
                + " and lower(regexp_replace(btrim(display_name), '\\s+', ' ', 'g'))"
                + " = lower(regexp_replace(btrim(?), '\\s+', ' ', 'g')) order by id")
        .params(birthDate, displayName)
        .query(PatientRepository::row)
        .list();
  }

  /**
   * Serializes, until the transaction ends, the enrollments of patients born on this date: the
   * duplicate check of one sees what the other created. A transaction-scoped advisory lock (the
   * patient row to lock does not exist yet), keyed by the birth date in a namespace of its own.
   */
  public void lockEnrollmentsBornOn(LocalDate birthDate) {
    jdbc.sql("select pg_advisory_xact_lock(?, ?)")
        .params(ENROLLMENT_LOCKS, Math.toIntExact(birthDate.toEpochDay()))
        .query((rs, n) -> 1)
        .list();
  }

  /** The advisory lock namespace of enrollments ("ENRL"). */
  private static final int ENROLLMENT_LOCKS = 0x454e524c;

  public Optional<PatientRecord> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from patient where id = ?")
        .param(id)
        .query(PatientRepository::row)
        .optional();
  }

  public Optional<PatientRecord> findByProgramId(String programId) {
    return jdbc.sql("select " + COLUMNS + " from patient where program_id = ?")
        .param(programId)
        .query(PatientRepository::row)
        .optional();
  }

  public List<PatientRecord> findByPrescriber(long prescriberId) {
    return jdbc.sql("select " + COLUMNS + " from patient where prescriber_id = ? order by id")
        .param(prescriberId)
        .query(PatientRepository::row)
        .list();
  }

  public void update(long id, String riskCategory, boolean homeTestingAllowed) {
    jdbc.sql("update patient set risk_category = ?, home_testing_allowed = ? where id = ?")
        .params(riskCategory, homeTestingAllowed, id)
        .update();
  }

  public long count() {
    return jdbc.sql("select count(*) from patient").query(Long.class).single();
  }

  /** Reads a patient from a row with the {@link #COLUMNS}. */
  public static PatientRecord row(ResultSet rs, int n) throws SQLException {
    return new PatientRecord(
        rs.getLong("id"),
        rs.getString("program_id"),
        rs.getString("display_name"),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("jurisdiction"),
        rs.getString("risk_category"),
        rs.getObject("enrolled_on", LocalDate.class),
        rs.getBoolean("home_testing_allowed"),
        rs.getLong("prescriber_id"));
  }

  /**
   * Locks a patient's row. Every act that can put a supply in the patient's hands (an authorization
   * request, a dispense, a new or cancelled prescription) takes this lock first, so they are
   * serialized per patient across prescriptions and pharmacies (ALL-ONEFILL) and always in the same
   * lock order.
   */
  public void lock(long patientId) {
    jdbc.sql("select id from patient where id = ? for update")
        .param(patientId)
        .query(Long.class)
        .optional();
  }

  /** Locks the patient a pharmacy identifies by program ID and birth date, if there is one. */
  public Optional<Long> lockIdentified(String programId, java.time.LocalDate birthDate) {
    return jdbc.sql("select id from patient where program_id = ? and birth_date = ? for update")
        .params(programId, birthDate)
        .query(Long.class)
        .optional();
  }
}
