package com.isocourse.cli;

import com.isocourse.core.course.Formulation;
import com.isocourse.core.dosing.DosePlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The human-readable form of a dose plan (isocourse plan without --json). */
final class PlanTable {
  private PlanTable() {}

  static String render(
      DosePlan plan, Formulation f, double weightKg, double mgPerKgPerDay, double targetMgPerKg) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "Plan for %s kg, %s, %s mg/kg/day, target %s mg/kg%n%n",
            number(weightKg), f.code(), atLeastOneDecimal(mgPerKgPerDay), number(targetMgPerKg)));
    row(s, "Morning", capsules(plan.regimen().morningMg()));
    row(s, "Evening", capsules(plan.regimen().eveningMg()));
    row(
        s,
        "Daily dose",
        number(plan.mgPerDay()) + " mg/day (" + oneDecimal(plan.mgPerKgPerDay()) + " mg/kg/day)");
    row(s, "Days to target", Integer.toString(plan.daysToTarget()));
    row(s, "Projected end", plan.projectedEndDate() + " (date of the last dose)");
    row(
        s,
        "30-day fill",
        plan.fill30().entrySet().stream()
            .map(e -> e.getValue() + " × " + e.getKey() + " mg")
            .collect(Collectors.joining(", ")));
    return s.toString();
  }

  /** "1 × 40 mg", "2 × 20 mg", "1 × 30 mg + 1 × 10 mg". */
  static String capsules(List<Integer> strengths) {
    Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
    strengths.forEach(mg -> counts.merge(mg, 1, Integer::sum));
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " × " + e.getKey() + " mg")
        .collect(Collectors.joining(" + "));
  }

  /** A whole number without decimals, anything else as given. */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** 1.0, 0.75: a dose in mg/kg/day as given, with at least one decimal. */
  private static String atLeastOneDecimal(double v) {
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return d.scale() < 1 ? d.setScale(1).toPlainString() : d.toPlainString();
  }

  private static String oneDecimal(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static void row(StringBuilder s, String label, String value) {
    s.append(String.format("  %-16s %s%n", label, value));
  }
}
