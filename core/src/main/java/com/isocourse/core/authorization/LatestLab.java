package com.isocourse.core.authorization;

import com.isocourse.core.course.LabResult;
import com.isocourse.core.exact.Decimals;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.rulesets.Policy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "The latest result" of a lab (rules.md §3): the result with the latest date; on a tie, the worst
 * value of that same analyte. Only the latest result of each lab counts for SAFE-TG, SAFE-ALT and
 * the §3.3 warnings.
 *
 * <p>Values are exact decimals in the analyte's canonical unit (mg/dL for lipids, U/L for ALT/AST),
 * so a threshold is never missed or crossed by binary rounding (rules.md §3, amended 2026-12-01).
 * Same-date results are compared per analyte, never against another analyte's limit: a lipid's
 * worst is its highest value; a liver enzyme's worst is its highest multiple of its own upper limit
 * (that is what SAFE-ALT and WARN-ALT judge), then its highest value.
 *
 * @param date the result date
 * @param value the value in the canonical unit (mg/dL or U/L)
 * @param upperLimit the upper reference limit in the canonical unit (ALT/AST: the result's own,
 *     else policy {@code alt.defaultUpperLimit}; lipids: the result's own, else none)
 */
record LatestLab(
    Analyte analyte, LocalDate date, BigDecimal value, Optional<BigDecimal> upperLimit) {

  static Optional<LatestLab> of(DecisionContext c, Analyte analyte) {
    return Optional.ofNullable(c.latestLabs().get(analyte));
  }

  /** The latest result of every analyte as of the date, in one pass over the lab results. */
  static Map<Analyte, LatestLab> allOf(List<LabResult> results, Policy p) {
    Map<Analyte, LatestLab> latest = new EnumMap<>(Analyte.class);
    for (LabResult r : results) {
      Optional<Analyte> analyte = r.analyte();
      if (analyte.isEmpty()) {
        continue;
      }
      Analyte a = analyte.get();
      Optional<BigDecimal> limit =
          r.referenceHigh()
              .map(h -> a.toCanonical(Decimals.of(h), r.unit()))
              .or(
                  () ->
                      a.isLiverEnzyme()
                          ? Optional.of(Decimals.of(p.altDefaultUpperLimit()))
                          : Optional.empty());
      LatestLab reading =
          new LatestLab(a, r.date(), a.toCanonical(Decimals.of(r.value()), r.unit()), limit);
      LatestLab seen = latest.get(a);
      if (seen == null || ORDER.compare(reading, seen) > 0) {
        latest.put(a, reading);
      }
    }
    return latest;
  }

  /** Date, then (same date, same analyte) the worse reading last. */
  private static final Comparator<LatestLab> ORDER =
      (a, b) -> {
        int byDate = a.date.compareTo(b.date);
        if (byDate != 0) {
          return byDate;
        }
        if (a.analyte.isLiverEnzyme()) {
          // a.value / a.limit vs b.value / b.limit, by cross-multiplication
          int byMultiple = a.value.multiply(b.limit()).compareTo(b.value.multiply(a.limit()));
          if (byMultiple != 0) {
            return byMultiple;
          }
        }
        int byValue = a.value.compareTo(b.value);
        if (byValue != 0) {
          return byValue;
        }
        // equal values: the lower upper limit is the worse reading
        return b.upperLimit.orElse(BigDecimal.ZERO).compareTo(a.upperLimit.orElse(BigDecimal.ZERO));
      };

  /** The upper limit (liver enzymes always have one: their own or the policy default). */
  BigDecimal limit() {
    return upperLimit.orElseThrow();
  }

  /** value ≥ threshold, exactly. */
  boolean atLeast(double threshold) {
    return Decimals.atLeast(value, Decimals.of(threshold));
  }

  /** value > threshold, exactly. */
  boolean above(double threshold) {
    return Decimals.above(value, Decimals.of(threshold));
  }

  /** WARN-ALT: above the upper limit. */
  boolean aboveUpperLimit() {
    return Decimals.above(value, limit());
  }

  /** SAFE-ALT: above the stop multiple × upper limit (exactly the multiple is not a stop). */
  boolean aboveStopMultiple(double multiple) {
    return Decimals.above(value, Decimals.of(multiple).multiply(limit()));
  }
}
