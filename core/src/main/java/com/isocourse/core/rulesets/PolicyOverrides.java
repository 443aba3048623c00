package com.isocourse.core.rulesets;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies named policy overrides ({@code "tg.stopMgDl" -> "700"}) to a policy, validating each one.
 * Unknown keys and out-of-range values are errors, never silently ignored.
 */
public final class PolicyOverrides {
  /** Every key a clinic or scenario may override, with its default as text. */
  public static Map<String, String> keysWithDefaults() {
    Policy d = Policy.defaults();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("us2026.effectiveDate", d.us2026EffectiveDate().toString());
    m.put("tg.stopMgDl", fmt(d.tgStopMgDl()));
    m.put("alt.stopMultiple", fmt(d.altStopMultiple()));
    m.put("alt.defaultUpperLimit", fmt(d.altDefaultUpperLimit()));
    m.put("weight.maxAgeDays", Integer.toString(d.weightMaxAgeDays()));
    m.put("pretreatment.minDaysBetween", Integer.toString(d.pretreatmentMinDaysBetween()));
    m.put("targetMgPerKg", fmt(d.targetMgPerKg()));
    m.put("maxCapsulesPerDose", Integer.toString(d.maxCapsulesPerDose()));
    m.put("monitoring", d.monitoring().code());
    return m;
  }

  private PolicyOverrides() {}

  /** One rejected override: the key and why. */
  public record Problem(String key, String reason) {}

  /** The result: the new policy, or the problems (and then the base policy is unchanged). */
  public record Result(Policy policy, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Result apply(Policy base, Map<String, String> overrides) {
    List<Problem> problems = new ArrayList<>();
    LocalDate switchDate = base.us2026EffectiveDate();
    double tg = base.tgStopMgDl();
    double altMult = base.altStopMultiple();
    double altUln = base.altDefaultUpperLimit();
    int weightAge = base.weightMaxAgeDays();
    int preDays = base.pretreatmentMinDaysBetween();
    double target = base.targetMgPerKg();
    int maxCaps = base.maxCapsulesPerDose();
    MonitoringPolicy monitoring = base.monitoring();
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String k = e.getKey();
      String v = e.getValue() == null ? "" : e.getValue().trim();
      try {
        switch (k) {
          case "us2026.effectiveDate" -> switchDate = LocalDate.parse(v);
          case "tg.stopMgDl" -> tg = number(v, 100, 5000);
          case "alt.stopMultiple" -> altMult = number(v, 1, 20);
          case "alt.defaultUpperLimit" -> altUln = number(v, 1, 500);
          case "weight.maxAgeDays" -> weightAge = (int) whole(v, 1, 3650);
          case "pretreatment.minDaysBetween" -> preDays = (int) whole(v, 1, 365);
          case "targetMgPerKg" -> target = number(v, 1, 220);
          case "maxCapsulesPerDose" -> maxCaps = (int) whole(v, 1, 4);
          case "monitoring" ->
              monitoring =
                  MonitoringPolicy.fromCode(v)
                      .orElseThrow(
                          () -> new IllegalArgumentException("must be consensus-2022 or monthly"));
          default -> throw new IllegalArgumentException("unknown policy parameter");
        }
      } catch (DateTimeParseException ex) {
        problems.add(new Problem(k, "must be an ISO date (YYYY-MM-DD)"));
      } catch (IllegalArgumentException ex) {
        problems.add(new Problem(k, ex.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(base, List.copyOf(problems));
    }
    return new Result(
        new Policy(
            switchDate, tg, altMult, altUln, weightAge, preDays, target, maxCaps, monitoring),
        List.of());
  }

  private static double number(String v, double min, double max) {
    java.math.BigDecimal written;
    try {
      written = new java.math.BigDecimal(v.trim());
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("must be a number");
    }
    // a threshold is compared exactly: one a double cannot hold is refused (docs/adr/0024)
    if (!com.isocourse.core.exact.Decimals.holdsExactly(written)) {
      throw new IllegalArgumentException(com.isocourse.core.exact.Decimals.TOO_PRECISE);
    }
    double d = written.doubleValue();
    if (!Double.isFinite(d) || d < min || d > max) {
      throw new IllegalArgumentException("must be between " + fmt(min) + " and " + fmt(max));
    }
    return d;
  }

  private static long whole(String v, long min, long max) {
    double d = number(v, min, max);
    if (d != Math.rint(d)) {
      throw new IllegalArgumentException("must be a whole number");
    }
    return (long) d;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
