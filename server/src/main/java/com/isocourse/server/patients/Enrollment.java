package com.isocourse.server.patients;

import com.isocourse.core.plausibility.EnrollmentLimits;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.server.courses.CourseRepository;
import com.isocourse.server.security.CurrentUser;
import com.isocourse.server.security.Role;
import com.isocourse.server.security.UserRepository;
import com.isocourse.server.web.InvalidInputException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolls a patient with the signed-in prescriber (or the prescriber a designee acts for): the
 * patient record, an empty course, and the patient's own sign-in, whose first password is shown
 * once.
 */
@Service
public class Enrollment {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PatientRepository patients;
  private final CourseRepository courses;
  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final Clock clock;

  public Enrollment(
      PatientRepository patients,
      CourseRepository courses,
      UserRepository users,
      PasswordEncoder encoder,
      Clock clock) {
    this.clock = clock;
    this.patients = patients;
    this.courses = courses;
    this.users = users;
    this.encoder = encoder;
  }

  /** The new patient and the sign-in handed to them. */
  public record Enrolled(PatientRecord patient, String username, String initialPassword) {}

  @Transactional
  public Enrolled enroll(
      CurrentUser by,
      String displayName,
      LocalDate birthDate,
      String jurisdiction,
      String riskCategory,
      LocalDate enrolledOn,
      boolean homeTestingAllowed,
      LocalDate previousCourseLastDose) {
    List<EntryProblem> problems =
        EnrollmentLimits.check(
            displayName,
            birthDate,
            Optional.ofNullable(enrolledOn),
            Optional.ofNullable(previousCourseLastDose),
            LocalDate.now(clock));
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems);
    }
    long prescriberId = by.prescriberScope().orElseThrow();
    PatientRecord p =
        patients.create(
            displayName,
            birthDate,
            jurisdiction,
            riskCategory,
            enrolledOn,
            homeTestingAllowed,
            prescriberId);
    courses.create(p.id(), previousCourseLastDose);
    byte[] secret = new byte[12];
    RANDOM.nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String username = p.programId().toLowerCase(java.util.Locale.ROOT);
    users.create(username, encoder.encode(password), Role.PATIENT, displayName, null, null, p.id());
    return new Enrolled(p, username, password);
  }
}
