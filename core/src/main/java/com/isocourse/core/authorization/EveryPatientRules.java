package com.isocourse.core.authorization;

import static com.isocourse.core.reasons.ReasonCode.*;
import static com.isocourse.core.rulesets.RuleDescription.rule;

import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.core.course.Patient;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.core.exact.Decimals;
import com.isocourse.core.rulesets.RuleDescription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rules of rules.md §3.1 that hold for every patient under every rule set. */
final class EveryPatientRules {
  /** The rules of §3.1 with the codes each emits, as {@code isocourse rules} lists them. */
  static final List<RuleDescription> RULES =
      List.of(
          rule(
              "ALL-ENROLL",
              "Patient enrolled on or before the request date.",
              PATIENT_NOT_ENROLLED),
          rule("ALL-PRESCRIBER", "Prescriber certified and active.", PRESCRIBER_NOT_CERTIFIED),
          rule("ALL-PHARMACY", "Pharmacy registered and active.", PHARMACY_NOT_ACTIVE),
          rule(
              "ALL-RX",
              "Prescription exists, belongs to the patient, not dispensed or cancelled.",
              PRESCRIPTION_NOT_FOUND,
              PRESCRIPTION_ALREADY_DISPENSED,
              PRESCRIPTION_CANCELLED),
          rule(
              "ALL-QTY",
              "No strength's capsule count above capsules per day × days' supply.",
              QUANTITY_EXCEEDS_PRESCRIPTION),
          rule("ALL-SUPPLY", "Days' supply at most 30 (US all; EU PCGP).", SUPPLY_OVER_30_DAYS),
          rule("ALL-REFILLS", "No refills (US all; EU PCGP).", REFILLS_NOT_ALLOWED),
          rule("ALL-AGE", "Patient at least 12 years old.", PATIENT_TOO_YOUNG),
          rule(
              "ALL-FORMULATION",
              "No substitution across conventional, lidose and micronized.",
              FORMULATION_MISMATCH),
          rule(
              "ALL-MAXDOSE",
              "Prescribed dose at most 2.0 mg/kg/day (micronized 1.6).",
              DOSE_ABOVE_MAXIMUM),
          rule(
              "ALL-WEIGHT",
              "Body weight recorded within weight.maxAgeDays (90) days.",
              WEIGHT_MISSING),
          rule("ALL-CATEGORY", "Risk category known.", RISK_CATEGORY_MISSING),
          rule(
              "ALL-FACTS",
              "Birth date, prescriber and pharmacy status given.",
              BIRTH_DATE_MISSING,
              PRESCRIBER_STATUS_MISSING,
              PHARMACY_STATUS_MISSING),
          rule(
              "ALL-RETREAT",
              "First dispense at least 56 days after the previous course's last dose.",
              RETREATMENT_TOO_SOON),
          rule(
              "ALL-ONEFILL",
              "One supply at a time: not before an earlier dispense + its days' supply − 7 days.",
              DISPENSE_TOO_SOON),
          rule(
              "ALL-PREG+",
              "No unreviewed positive pregnancy test since enrollment.",
              PREGNANCY_TEST_POSITIVE));

  private EveryPatientRules() {}

  static void apply(DecisionContext c, Findings f) {
    facts(c, f);
    enrollment(c, f);
    prescription(c, f);
    age(c, f);
    weightAndMaxDose(c, f);
    retreatment(c, f);
    oneSupplyAtATime(c, f);
    positivePregnancyTest(c, f);
  }

  /** ALL-FACTS, ALL-CATEGORY, ALL-PRESCRIBER, ALL-PHARMACY: unknown facts are never "safe". */
  static void facts(DecisionContext c, Findings f) {
    Patient p = c.history().patient();
    if (p.birthDate().isEmpty()) {
      f.add(
          BIRTH_DATE_MISSING,
          "ALL-FACTS",
          "The patient's date of birth is not recorded; the prescriber's office must add it.");
    }
    if (p.riskCategory().isEmpty()) {
      f.add(
          RISK_CATEGORY_MISSING,
          "ALL-CATEGORY",
          "The patient's risk category (can or cannot get pregnant) is not recorded; the prescriber must record it.");
    }
    c.history()
        .prescriberCertified()
        .ifPresentOrElse(
            certified -> {
              if (!certified) {
                f.add(
                    PRESCRIBER_NOT_CERTIFIED,
                    "ALL-PRESCRIBER",
                    "The prescriber is not certified or not active in the program; only a certified prescriber's prescription can be filled.");
              }
            },
            () ->
                f.add(
                    PRESCRIBER_STATUS_MISSING,
                    "ALL-FACTS",
                    "The prescriber's certification status is unknown; it must be confirmed before dispensing."));
    c.history()
        .pharmacyActive()
        .ifPresentOrElse(
            active -> {
              if (!active) {
                f.add(
                    PHARMACY_NOT_ACTIVE,
                    "ALL-PHARMACY",
                    "This pharmacy is not registered and active in the program; it cannot dispense isotretinoin.");
              }
            },
            () ->
                f.add(
                    PHARMACY_STATUS_MISSING,
                    "ALL-FACTS",
                    "The pharmacy's registration status is unknown; it must be confirmed before dispensing."));
  }

  /** ALL-ENROLL: enrolled on or before the request date. */
  static void enrollment(DecisionContext c, Findings f) {
    var enrolled = c.history().patient().enrolledOn();
    if (enrolled.isEmpty()) {
      f.add(
          PATIENT_NOT_ENROLLED,
          "ALL-ENROLL",
          "The patient is not enrolled in the program; the prescriber must enroll them.");
    } else if (enrolled.get().isAfter(c.date())) {
      f.add(
          PATIENT_NOT_ENROLLED,
          "ALL-ENROLL",
          "The patient's enrollment starts on "
              + enrolled.get()
              + ", after "
              + c.date()
              + "; dispensing is possible from that date.");
    }
  }

  /** ALL-RX, ALL-QTY, ALL-SUPPLY, ALL-REFILLS, ALL-FORMULATION. */
  static void prescription(DecisionContext c, Findings f) {
    String id = c.request().prescriptionId();
    if (c.prescription().isEmpty()) {
      f.add(
          PRESCRIPTION_NOT_FOUND,
          "ALL-RX",
          "No prescription "
              + id
              + " for this patient is on file as of "
              + c.date()
              + "; the prescriber must write it.");
      return;
    }
    List<Prescription> versions = c.prescriptionVersions();
    Prescription rx = c.prescription().get();
    if (c.prescriptionCancelled()) {
      f.add(
          PRESCRIPTION_CANCELLED,
          "ALL-RX",
          "Prescription " + id + " was cancelled; the prescriber must write a new one.");
    }
    c.asOf(Dispense.class).stream()
        .filter(d -> d.prescriptionId().equals(id))
        .findFirst()
        .ifPresent(
            d ->
                f.add(
                    PRESCRIPTION_ALREADY_DISPENSED,
                    "ALL-RX",
                    "Prescription "
                        + id
                        + " was already dispensed on "
                        + d.date()
                        + "; each prescription is filled once."));
    boolean supplyLimited = PregnancyPreventionRules.supplyAndRefillsLimited(c);
    // Restated on one date: the larger days' supply and refills count (rules.md §3).
    int daysSupply = versions.stream().mapToInt(Prescription::daysSupply).max().orElseThrow();
    int refills = versions.stream().mapToInt(Prescription::refills).max().orElseThrow();
    if (supplyLimited && daysSupply > 30) {
      f.add(
          SUPPLY_OVER_30_DAYS,
          "ALL-SUPPLY",
          "Prescription "
              + id
              + " is for "
              + daysSupply
              + " days; at most 30 days may be dispensed. The prescriber must change it.");
    }
    if (supplyLimited && refills > 0) {
      f.add(
          REFILLS_NOT_ALLOWED,
          "ALL-REFILLS",
          "Prescription "
              + id
              + " allows "
              + refills
              + " refill(s); isotretinoin prescriptions may have none. The prescriber must change it.");
    }
    c.request().capsules().ifPresent(caps -> quantityAndFormulation(c, versions, caps, f));
  }

  /**
   * ALL-QTY and ALL-FORMULATION. A prescription restated on one date is judged on the smaller
   * allowance of each strength, and a capsule must match the formulation of every version.
   */
  private static void quantityAndFormulation(
      DecisionContext c, List<Prescription> versions, List<DispensedCapsules> caps, Findings f) {
    Map<Integer, Long> counts = new TreeMap<>();
    caps.forEach(l -> counts.merge(l.strengthMg(), (long) l.count(), Long::sum));
    counts.forEach(
        (strength, count) -> {
          Prescription rx =
              versions.stream()
                  .min(java.util.Comparator.comparingLong(v -> v.allowedCount(strength)))
                  .orElseThrow();
          long allowed = rx.allowedCount(strength);
          if (count > allowed) {
            f.add(
                QUANTITY_EXCEEDS_PRESCRIPTION,
                "ALL-QTY",
                count
                    + " × "
                    + strength
                    + " mg capsules exceed the "
                    + allowed
                    + " that prescription "
                    + rx.id()
                    + " allows for "
                    + rx.daysSupply()
                    + " days; dispense at most "
                    + allowed
                    + ".");
          }
        });
    for (Prescription rx : versions) {
      var prescribed = c.formulationOf(rx);
      // every mismatching line, in strength order: the message does not depend on line order
      List<String> mismatches =
          caps.stream()
              .filter(l -> l.formulation().isPresent() && l.formulation().get() != prescribed)
              .sorted(
                  java.util.Comparator.comparingInt(DispensedCapsules::strengthMg)
                      .thenComparing(l -> l.formulation().get()))
              .map(l -> l.strengthMg() + " mg " + l.formulation().get().code())
              .distinct()
              .toList();
      if (!mismatches.isEmpty()) {
        f.add(
            FORMULATION_MISMATCH,
            "ALL-FORMULATION",
            "The capsules "
                + String.join(", ", mismatches)
                + " are not "
                + prescribed.code()
                + " as prescription "
                + rx.id()
                + " is; products cannot be substituted.");
        return;
      }
    }
  }

  /** ALL-AGE: at least 12 years old on the request date. */
  static void age(DecisionContext c, Findings f) {
    c.history()
        .patient()
        .ageOn(c.date())
        .filter(a -> a < 12)
        .ifPresent(
            a ->
                f.add(
                    PATIENT_TOO_YOUNG,
                    "ALL-AGE",
                    "The patient is "
                        + a
                        + " years old; isotretinoin is not dispensed before age 12."));
  }

  /** ALL-WEIGHT and ALL-MAXDOSE (the latter only with a current weight). */
  static void weightAndMaxDose(DecisionContext c, Findings f) {
    if (c.currentWeight().isEmpty()) {
      f.add(
          WEIGHT_MISSING,
          "ALL-WEIGHT",
          "No body weight recorded since "
              + c.date().minusDays(c.policy().weightMaxAgeDays())
              + "; the prescriber's office must record a current weight.");
      return;
    }
    WeightMeasured w = c.currentWeight().get();
    c.strongestVersion()
        .ifPresent(
            rx -> {
              var formulation = c.formulationOf(rx);
              BigDecimal kg = Decimals.of(w.weight().kg());
              // mg/day ÷ kg > maximum  ⇔  mg/day > maximum × kg, compared exactly (rules.md §3).
              if (Decimals.above(
                  Decimals.of(rx.mgPerDay()),
                  Decimals.of(formulation.maxMgPerKgPerDay()).multiply(kg))) {
                double mgPerKg = Decimals.divide(Decimals.of(rx.mgPerDay()), kg).doubleValue();
                f.add(
                    DOSE_ABOVE_MAXIMUM,
                    "ALL-MAXDOSE",
                    String.format(
                        java.util.Locale.ROOT,
                        "Prescription %s gives %d mg/day = %.2f mg/kg/day at %s kg (%s); the maximum is %.1f mg/kg/day. The prescriber must lower the dose.",
                        rx.id(),
                        rx.mgPerDay(),
                        mgPerKg,
                        trim(w.weight().kg()),
                        w.date(),
                        formulation.maxMgPerKgPerDay()));
              }
            });
  }

  /** ALL-RETREAT: first dispense at least 56 days after the previous course's last dose. */
  static void retreatment(DecisionContext c, Findings f) {
    if (!c.firstDispense()) {
      return;
    }
    c.history()
        .course()
        .previousCourseLastDose()
        .ifPresent(
            last -> {
              long days = ChronoUnit.DAYS.between(last, c.date());
              if (days < 56) {
                f.add(
                    RETREATMENT_TOO_SOON,
                    "ALL-RETREAT",
                    "The previous course ended on "
                        + last
                        + "; a new course may start on "
                        + last.plusDays(56)
                        + " (8 weeks later) at the earliest.");
              }
            });
  }

  /** ALL-ONEFILL: the early-refill grace, in days before the earlier supply runs out. */
  static final int EARLY_REFILL_GRACE_DAYS = 7;

  /** Days' supply assumed for a dispensed prescription that is not in the history (ADR 0002). */
  static final int UNKNOWN_SUPPLY_DAYS = 30;

  /**
   * ALL-ONEFILL, one supply at a time across prescriptions and pharmacies: the request date must be
   * on or after each earlier dispense of this course (dated on or before the request) + its days'
   * supply − 7. Every earlier dispense is held to this, not only the latest (a long supply filled
   * before a short one is still in the patient's hands), and the grace never reaches back to the
   * dispense date itself: a second fill on the same day is always too soon (ADR 0002).
   */
  static void oneSupplyAtATime(DecisionContext c, Findings f) {
    Dispense binding = null;
    LocalDate earliest = LocalDate.MIN;
    for (Dispense d : c.asOf(Dispense.class)) {
      int supply = c.daysSupplyOf(d.prescriptionId()).orElse(UNKNOWN_SUPPLY_DAYS);
      LocalDate next = d.date().plusDays(Math.max(1, supply - EARLY_REFILL_GRACE_DAYS));
      if (next.isAfter(earliest)) {
        earliest = next;
        binding = d;
      }
    }
    if (binding != null && c.date().isBefore(earliest)) {
      f.add(
          DISPENSE_TOO_SOON,
          "ALL-ONEFILL",
          "Prescription "
              + binding.prescriptionId()
              + " was dispensed on "
              + binding.date()
              + " and its supply lasts beyond "
              + c.date()
              + "; only one supply at a time is allowed, so the next fill is possible on or after "
              + earliest
              + ".");
    }
  }

  /** ALL-PREG+: a positive test since enrollment blocks until a prescriber reviews it. */
  static void positivePregnancyTest(DecisionContext c, Findings f) {
    LocalDate since = c.history().patient().enrolledOn().orElse(LocalDate.MIN);
    c.asOf(PregnancyTest.class).stream()
        .filter(t -> !t.negative() && !t.date().isBefore(since))
        .filter(t -> !c.reviews().clears(PREGNANCY_TEST_POSITIVE, t.date()))
        .reduce((a, b) -> b)
        .ifPresent(
            t ->
                f.add(
                    PREGNANCY_TEST_POSITIVE,
                    "ALL-PREG+",
                    "A positive pregnancy test was collected on "
                        + t.date()
                        + "; do not dispense. The prescriber must review it."));
  }

  static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
