package com.isocourse.server.enrollment;

import com.isocourse.core.plausibility.ContactLimits;
import com.isocourse.core.plausibility.ContactLimits.Contact;
import com.isocourse.core.plausibility.EnrollmentLimits;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.server.courses.CourseRepository;
import com.isocourse.server.patients.PatientContacts;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.ConflictException;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.security.UserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolls a patient with the signed-in prescriber (or the prescriber a designee acts for): the
 * patient record, an empty course, and the patient's own sign-in, whose first password is shown
 * once. A name and birth date already enrolled (by anyone in the clinic: one person, one course and
 * one supply) are enrolled again only when the request confirms it is another person.
 */
@Service
public class Enrollment {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PatientRepository patients;
  private final CourseRepository courses;
  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final PatientContacts contacts;
  private final Clock clock;

  public Enrollment(
      PatientRepository patients,
      CourseRepository courses,
      UserRepository users,
      PasswordEncoder encoder,
      PatientContacts contacts,
      Clock clock) {
    this.contacts = contacts;
    this.clock = clock;
    this.patients = patients;
    this.courses = courses;
    this.users = users;
    this.encoder = encoder;
  }

  /** Who is enrolled, as validated at the edge. */
  public record NewPatient(
      String displayName,
      LocalDate birthDate,
      String jurisdiction,
      String riskCategory,
      LocalDate enrolledOn,
      boolean homeTestingAllowed,
      LocalDate previousCourseLastDose,
      Contact contact) {
    /** Without contact details (none given: no reminders until the patient adds some). */
    public NewPatient(
        String displayName,
        LocalDate birthDate,
        String jurisdiction,
        String riskCategory,
        LocalDate enrolledOn,
        boolean homeTestingAllowed,
        LocalDate previousCourseLastDose) {
      this(
          displayName,
          birthDate,
          jurisdiction,
          riskCategory,
          enrolledOn,
          homeTestingAllowed,
          previousCourseLastDose,
          new Contact(null, null, null, null, null));
    }
  }

  /** The new patient and the sign-in handed to them. */
  public record Enrolled(PatientRecord patient, String username, String initialPassword) {}

  /**
   * A patient already enrolled with the same name and birth date. The enrolling user sees the
   * program ID of every match, and the rest only of the patients in their care.
   *
   * @param patientId null unless the patient is in the enrolling user's care
   * @param displayName null unless the patient is in the enrolling user's care
   * @param enrolledOn null unless the patient is in the enrolling user's care
   */
  public record Existing(
      String programId,
      boolean inYourCare,
      Long patientId,
      String displayName,
      LocalDate enrolledOn) {}

  /** The name and birth date are enrolled already; nothing was written (409). */
  public static final class PossibleDuplicate extends ConflictException {
    private final transient List<Existing> existing;

    PossibleDuplicate(List<Existing> existing) {
      super(
          "possible-duplicate",
          "A patient with this name and date of birth is already enrolled ("
              + existing.stream().map(Existing::programId).collect(Collectors.joining(", "))
              + "). If this is another person, send the enrollment again with"
              + " \"confirmDuplicate\": true.",
          Map.of("existing", existing));
      this.existing = List.copyOf(existing);
    }

    public List<Existing> existing() {
      return existing;
    }
  }

  /**
   * Enrolls the patient; unless {@code confirmDuplicate}, refuses with {@link PossibleDuplicate}
   * when the name (case and spacing aside) and birth date are enrolled already. Enrollments of one
   * birth date are serialized, so two at once cannot both miss each other.
   */
  @Transactional
  public Enrolled enroll(
      CurrentUser by, NewPatient n, boolean confirmDuplicate, AuditFacts touched) {
    // Plausible first (ADR 0007): the same limits on every channel, nothing written otherwise.
    List<EntryProblem> problems =
        EnrollmentLimits.check(
            n.displayName(),
            n.birthDate(),
            Optional.ofNullable(n.enrolledOn()),
            Optional.ofNullable(n.previousCourseLastDose()),
            LocalDate.now(clock));
    problems = new java.util.ArrayList<>(problems);
    problems.addAll(ContactLimits.check(n.contact()));
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems);
    }
    long prescriberId = by.prescriberScope().orElseThrow();
    patients.lockEnrollmentsBornOn(n.birthDate());
    List<PatientRecord> same = patients.sameNameAndBirthDate(n.displayName(), n.birthDate());
    if (!same.isEmpty()) {
      if (!confirmDuplicate) {
        touched.patient(same.get(0).id());
        throw new PossibleDuplicate(same.stream().map(p -> existing(p, prescriberId)).toList());
      }
      touched.detail("enrolled although " + same.size() + " patient(s) share name and birth");
    }
    PatientRecord p =
        patients.create(
            n.displayName(),
            n.birthDate(),
            n.jurisdiction(),
            n.riskCategory(),
            n.enrolledOn(),
            n.homeTestingAllowed(),
            prescriberId);
    courses.create(p.id(), n.previousCourseLastDose());
    contacts.save(p.id(), n.contact());
    byte[] secret = new byte[12];
    RANDOM.nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String username = username(p);
    users.create(
        username, encoder.encode(password), Role.PATIENT, n.displayName(), null, null, p.id());
    return new Enrolled(p, username, password);
  }

  /** The patient's sign-in name: their program ID in lower case. */
  public static String username(PatientRecord p) {
    return p.programId().toLowerCase(Locale.ROOT);
  }

  private static Existing existing(PatientRecord p, long prescriberId) {
    boolean yours = p.prescriberId() == prescriberId;
    return yours
        ? new Existing(p.programId(), true, p.id(), p.displayName(), p.enrolledOn())
        : new Existing(p.programId(), false, null, null, null);
  }
}
