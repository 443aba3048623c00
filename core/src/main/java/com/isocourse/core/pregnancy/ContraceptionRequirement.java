package com.isocourse.core.pregnancy;

import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_INSUFFICIENT;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_LEAD_IN_TOO_SHORT;
import static com.isocourse.core.reasons.ReasonCode.CONTRACEPTION_NOT_DOCUMENTED;

import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Contraception requirements for patients who can get pregnant: US26-CONTRA and US26-LEADIN (also
 * under us-ipledge-2021), EU-CONTRA. The record that counts is the latest one within 30 days before
 * the request. When several records share that date, a record that fails the requirement counts
 * over one that meets it (rules.md §3, worst record wins): each is judged, and every code any of
 * them raises is reported once.
 */
public final class ContraceptionRequirement {
  private ContraceptionRequirement() {}

  /**
   * iPLEDGE: two methods with at least one primary, or a commitment to abstinence; on the first
   * dispense, in use since at least 30 days before the request.
   */
  public static List<Finding> us(
      List<ContraceptionRecord> counting, LocalDate request, boolean firstDispense) {
    if (counting.isEmpty()) {
      return List.of(notDocumented("US26-CONTRA", request));
    }
    return worstOf(counting, r -> us(r, request, firstDispense));
  }

  private static List<Finding> us(ContraceptionRecord r, LocalDate request, boolean firstDispense) {
    List<Finding> out = new ArrayList<>();
    boolean sufficient =
        r.abstinence() || (r.primaryCount() >= 1 && r.primaryCount() + r.secondaryCount() >= 2);
    if (!sufficient) {
      out.add(
          Finding.of(
              CONTRACEPTION_INSUFFICIENT,
              "US26-CONTRA",
              "The contraception documented on "
                  + r.date()
                  + " does not meet the requirement of two methods, at least one primary (the"
                  + " progestin-only pill counts as neither), or committed abstinence; the"
                  + " prescriber must document acceptable methods."));
    }
    if (firstDispense) {
      leadIn(r, request, "US26-LEADIN").ifPresent(out::add);
    }
    return out;
  }

  /**
   * EU PPP: one primary method or two secondary methods (abstinence alone does not satisfy it); on
   * the first dispense, in use since at least 30 days before the request.
   */
  public static List<Finding> eu(
      List<ContraceptionRecord> counting, LocalDate request, boolean firstDispense) {
    if (counting.isEmpty()) {
      return List.of(notDocumented("EU-CONTRA", request));
    }
    return worstOf(counting, r -> eu(r, request, firstDispense));
  }

  private static List<Finding> eu(ContraceptionRecord r, LocalDate request, boolean firstDispense) {
    List<Finding> out = new ArrayList<>();
    if (r.primaryCount() < 1 && r.secondaryCount() < 2) {
      out.add(
          Finding.of(
              CONTRACEPTION_INSUFFICIENT,
              "EU-CONTRA",
              "The contraception documented on "
                  + r.date()
                  + " is not effective contraception under the Pregnancy Prevention Programme"
                  + " (one primary or two secondary methods; abstinence alone does not count);"
                  + " the prescriber must document an effective method."));
    }
    if (firstDispense) {
      leadIn(r, request, "EU-CONTRA").ifPresent(out::add);
    }
    return out;
  }

  /** Every code raised by any of the same-date records, once each, in the records' order. */
  private static List<Finding> worstOf(
      List<ContraceptionRecord> records, Function<ContraceptionRecord, List<Finding>> judge) {
    Map<ReasonCode, Finding> byCode = new LinkedHashMap<>();
    for (ContraceptionRecord r : records) {
      judge.apply(r).forEach(finding -> byCode.putIfAbsent(finding.code(), finding));
    }
    return byCode.values().stream().sorted(java.util.Comparator.comparing(Finding::code)).toList();
  }

  private static Finding notDocumented(String rule, LocalDate request) {
    return Finding.of(
        CONTRACEPTION_NOT_DOCUMENTED,
        rule,
        "No contraception is documented since "
            + request.minusDays(30)
            + "; the prescriber must document this month's contraception.");
  }

  private static Optional<Finding> leadIn(ContraceptionRecord r, LocalDate request, String rule) {
    LocalDate needed = request.minusDays(30);
    if (!r.since().isAfter(needed)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            CONTRACEPTION_LEAD_IN_TOO_SHORT,
            rule,
            "Contraception has been in use since "
                + r.since()
                + "; the first dispense needs at least 30 days of use, so on or after "
                + r.since().plusDays(30)
                + "."));
  }
}
