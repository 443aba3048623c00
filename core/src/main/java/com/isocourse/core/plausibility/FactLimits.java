package com.isocourse.core.plausibility;

import com.isocourse.core.course.CapsulesReturned;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.core.course.DoseMissed;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MedicationRecord;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.exact.Decimals;
import com.isocourse.core.labs.Analyte;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a fact recorded in a course is plausible before it is stored (the contract reader has
 * already checked its shape). A fact that cannot be true is refused, naming the field and the
 * limit, and nothing is stored: it would otherwise feed every later decision (a missed dose of
 * 1e308 mg made every later authorization fail; a test dated 1900 is a typing error).
 *
 * <ul>
 *   <li>dates: not after today, not before the patient's birth, and not more than {@link
 *       #DAYS_BEFORE_ENROLLMENT} days before enrollment (pretreatment tests and baseline labs may
 *       precede it by weeks, not years);
 *   <li>PHQ-9: item 9 (0–3) is part of the total, and the eight other items add at most 24;
 *   <li>missed and returned mg: more than 0, and never more than the mg dispensed in the course and
 *       not yet returned or logged as missed (the cumulative dose cannot fall below 0);
 *   <li>labs: at most {@link #MAX_LAB_CANONICAL} in the canonical unit (mg/dL, U/L), and an upper
 *       reference limit above 0 and within the same bound;
 *   <li>contraception and medications: in use since a date between birth and the record's date.
 * </ul>
 */
public final class FactLimits {
  /** How long before enrollment a fact may be dated. */
  public static final int DAYS_BEFORE_ENROLLMENT = 90;

  /** Upper bound of a lab value in its canonical unit: far above any survivable result. */
  public static final BigDecimal MAX_LAB_CANONICAL = new BigDecimal("100000");

  private FactLimits() {}

  /**
   * Every limit the new fact breaks, given the course history it joins and today's date.
   *
   * @param history the course as stored, without the new fact
   */
  public static List<EntryProblem> check(CourseEvent fact, CaseHistory history, LocalDate today) {
    List<EntryProblem> problems = new ArrayList<>();
    date("date", fact.date(), history, today, true).ifPresent(problems::add);
    switch (fact) {
      case MoodScreen m -> mood(m, problems);
      case DoseMissed d -> notTaken(d.mg(), history, today, problems);
      case CapsulesReturned r -> notTaken(r.mg(), history, today, problems);
      case LabResult l -> lab(l, problems);
      case ContraceptionRecord c -> {
        if (c.since().isAfter(c.date())) {
          problems.add(
              EntryProblem.of("since", "since-after-date", "must not be after the record's date"));
        }
        date("since", c.since(), history, today, false).ifPresent(problems::add);
      }
      case MedicationRecord m -> {
        date("start", m.start(), history, today, false).ifPresent(problems::add);
        TextLimits.problem("name", m.name()).ifPresent(problems::add);
      }
      default -> {}
    }
    return List.copyOf(problems);
  }

  private static java.util.Optional<EntryProblem> date(
      String field, LocalDate d, CaseHistory history, LocalDate today, boolean sinceEnrollment) {
    if (d.isAfter(today)) {
      return java.util.Optional.of(
          EntryProblem.of(field, "after-today", "must not be after today (" + today + ")", today));
    }
    var birth = history.patient().birthDate();
    if (birth.isPresent() && d.isBefore(birth.get())) {
      return java.util.Optional.of(
          EntryProblem.of(
              field,
              "before-birth",
              "must not be before the patient's birth date (" + birth.get() + ")",
              birth.get()));
    }
    var enrolled = history.patient().enrolledOn();
    if (sinceEnrollment
        && enrolled.isPresent()
        && d.isBefore(enrolled.get().minusDays(DAYS_BEFORE_ENROLLMENT))) {
      return java.util.Optional.of(
          EntryProblem.of(
              field,
              "before-enrollment",
              "must not be more than "
                  + DAYS_BEFORE_ENROLLMENT
                  + " days before enrollment (on or after "
                  + enrolled.get().minusDays(DAYS_BEFORE_ENROLLMENT)
                  + ")",
              DAYS_BEFORE_ENROLLMENT,
              enrolled.get().minusDays(DAYS_BEFORE_ENROLLMENT)));
    }
    return java.util.Optional.empty();
  }

  private static void mood(MoodScreen m, List<EntryProblem> problems) {
    if (m.instrument() != MoodScreen.Instrument.PHQ9 || m.item9().isEmpty()) {
      return;
    }
    int item9 = m.item9().get();
    if (item9 > m.total()) {
      problems.add(
          EntryProblem.of(
              "item9",
              "item9-above-total",
              "must not be more than the total (" + m.total() + ")",
              m.total()));
    } else if (m.total() - item9 > 24) {
      problems.add(
          EntryProblem.of(
              "total",
              "total-impossible",
              "cannot be "
                  + m.total()
                  + " with item 9 = "
                  + item9
                  + ": the other eight items add at most 24",
              m.total(),
              item9));
    }
  }

  private static void notTaken(
      double mg, CaseHistory history, LocalDate today, List<EntryProblem> problems) {
    BigDecimal amount = Decimals.of(mg);
    if (amount.signum() <= 0) {
      problems.add(EntryProblem.of("mg", "more-than-zero", "must be more than 0"));
      return;
    }
    BigDecimal onHand = BigDecimal.ZERO;
    for (Dispense d : history.asOf(today, Dispense.class)) {
      for (DispensedCapsules line : d.capsules()) {
        onHand = onHand.add(Decimals.of(line.mg()));
      }
    }
    for (CapsulesReturned r : history.asOf(today, CapsulesReturned.class)) {
      onHand = onHand.subtract(Decimals.of(r.mg()));
    }
    for (DoseMissed m : history.asOf(today, DoseMissed.class)) {
      onHand = onHand.subtract(Decimals.of(m.mg()));
    }
    if (onHand.signum() <= 0) {
      problems.add(
          EntryProblem.of(
              "mg",
              "nothing-on-hand",
              "cannot be logged: no capsules of this course are dispensed and not yet used up"));
    } else if (Decimals.above(amount, onHand)) {
      problems.add(
          EntryProblem.of(
              "mg",
              "more-than-on-hand",
              "must not be more than the "
                  + onHand.stripTrailingZeros().toPlainString()
                  + " mg dispensed in this course and not yet returned or missed",
              onHand.stripTrailingZeros().toPlainString()));
    }
  }

  private static void lab(LabResult l, List<EntryProblem> problems) {
    var analyte = l.analyte();
    if (analyte.isEmpty()) {
      return;
    }
    Analyte a = analyte.get();
    Map<String, BigDecimal> values =
        l.referenceHigh().isPresent()
            ? Map.of(
                "value",
                a.toCanonical(Decimals.of(l.value()), l.unit()),
                "referenceHigh",
                a.toCanonical(Decimals.of(l.referenceHigh().get()), l.unit()))
            : Map.of("value", a.toCanonical(Decimals.of(l.value()), l.unit()));
    values.forEach(
        (field, v) -> {
          if (Decimals.above(v, MAX_LAB_CANONICAL)) {
            problems.add(
                EntryProblem.of(
                    field,
                    "lab-implausible",
                    "is not a plausible result: at most "
                        + MAX_LAB_CANONICAL.toPlainString()
                        + " "
                        + a.canonicalUnit().code(),
                    MAX_LAB_CANONICAL.toPlainString(),
                    a.canonicalUnit().code()));
          }
        });
    if (l.referenceHigh().isPresent() && l.referenceHigh().get() <= 0) {
      problems.add(EntryProblem.of("referenceHigh", "more-than-zero", "must be more than 0"));
    }
  }
}
