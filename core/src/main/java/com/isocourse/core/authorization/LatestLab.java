package com.isocourse.core.authorization;

import com.isocourse.core.course.LabResult;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "The latest result" of a lab (rules.md §3): the result with the latest date; on a tie, the worst
 * value. Only the latest result of each lab counts for SAFE-TG, SAFE-ALT and the §3.3 warnings.
 *
 * @param date the result date
 * @param value the value in the canonical unit (mg/dL or U/L)
 * @param upperLimit the upper reference limit in the canonical unit (ALT/AST: the result's own,
 *     else policy {@code alt.defaultUpperLimit})
 */
record LatestLab(Analyte analyte, LocalDate date, double value, double upperLimit) {

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
      LatestLab reading =
          new LatestLab(
              a,
              r.date(),
              a.toCanonical(r.value(), r.unit()),
              r.referenceHigh()
                  .map(h -> a.toCanonical(h, r.unit()))
                  .orElse(p.altDefaultUpperLimit()));
      LatestLab seen = latest.get(a);
      if (seen == null || ORDER.compare(reading, seen) > 0) {
        latest.put(a, reading);
      }
    }
    return latest;
  }

  private static final Comparator<LatestLab> ORDER =
      Comparator.comparing(LatestLab::date).thenComparingDouble(LatestLab::severity);

  /** Value relative to the upper limit: how bad a same-day result is. */
  double severity() {
    return value / upperLimit;
  }

  /** SAFE-ALT: above the stop multiple × upper limit (exactly the multiple is not a stop). */
  boolean aboveStopMultiple(double multiple) {
    return value > multiple * upperLimit;
  }
}
