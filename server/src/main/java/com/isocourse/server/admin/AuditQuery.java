package com.isocourse.server.admin;

import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.audit.AuditTrail;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The audit viewer's search as typed by an admin (page or API, the same limits): every field is
 * optional text, read here into an {@link AuditTrail.Filter}; every problem is reported at once,
 * naming the field, and nothing is searched.
 */
@Component
class AuditQuery {
  /** Rows per page when none is asked for. */
  public static final int DEFAULT_PAGE = 50;

  private static final int MAX_TEXT = 100;

  private final PatientRepository patients;

  public AuditQuery(PatientRepository patients) {
    this.patients = patients;
  }

  /** The search as typed; blank means "any". */
  public record Typed(
      String user,
      String patient,
      String kind,
      String from,
      String to,
      String before,
      String limit) {
    public static Typed none() {
      return new Typed("", "", "", "", "", "", "");
    }
  }

  public AuditTrail.Filter read(Typed t) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<String> user = text(t.user(), "user", problems);
    Optional<Long> patient =
        text(t.patient(), "patient", problems)
            .flatMap(
                programId -> {
                  var found = patients.findByProgramId(programId);
                  if (found.isEmpty()) {
                    problems.add(new FieldProblem("patient", "no patient has this program ID"));
                  }
                  return found.map(p -> p.id());
                });
    AuditTrail.Kind kind = kind(t.kind(), problems);
    Optional<LocalDate> from = day(t.from(), "from", problems);
    Optional<LocalDate> to = day(t.to(), "to", problems);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      problems.add(new FieldProblem("to", "must not be before the 'from' day"));
    }
    Optional<Long> before = whole(t.before(), "before", 1, Long.MAX_VALUE, problems);
    int limit =
        whole(t.limit(), "limit", 1, AuditTrail.MAX_PAGE, problems)
            .map(Long::intValue)
            .orElse(DEFAULT_PAGE);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new AuditTrail.Filter(user, patient, kind, from, to, before, limit);
  }

  private static Optional<String> text(String value, String field, List<FieldProblem> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "is at most " + MAX_TEXT + " characters"));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private static AuditTrail.Kind kind(String value, List<FieldProblem> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      return AuditTrail.Kind.ALL;
    }
    try {
      return AuditTrail.Kind.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(
          new FieldProblem("kind", "must be one of all, changes, reads, sign-in, refusals"));
      return AuditTrail.Kind.ALL;
    }
  }

  private static Optional<LocalDate> day(String value, String field, List<FieldProblem> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.getYear() < 2000 || d.getYear() > 2200) {
        problems.add(new FieldProblem(field, "must be a day between 2000 and 2200"));
        return Optional.empty();
      }
      return Optional.of(d);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date like 2026-12-02"));
      return Optional.empty();
    }
  }

  private static Optional<Long> whole(
      String value, String field, long min, long max, List<FieldProblem> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      long n = Long.parseLong(v);
      if (n < min || n > max) {
        problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
        return Optional.empty();
      }
      return Optional.of(n);
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a whole number"));
      return Optional.empty();
    }
  }
}
