package com.isocourse.core.dispensing;

import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.Prescription;
import com.isocourse.core.plausibility.EntryProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the capsules a pharmacist records as handed over against the authorized prescription,
 * before the dispense is stored: ALL-FORMULATION (every capsule of the prescribed product family,
 * no substitution across conventional / lidose / micronized) and ALL-QTY (no strength above its
 * capsules per day × days' supply; a strength not on the prescription allows 0). Counts of one
 * strength on several lines add up. The engine applies the same limits to a request that names
 * capsules (ALL-QTY); this is the check at the moment of handing over, which answers with fields.
 */
public final class HandOverCheck {
  private HandOverCheck() {}

  /**
   * One line as entered: a strength, a count and a formulation code ({@code null} or unknown codes
   * are refused: a dispense must say what it was).
   */
  public record HandedOver(int strengthMg, int count, String formulation) {}

  /**
   * The problems of recording {@code lines} against {@code rx}, whose product family is {@code
   * prescribed}; empty when the dispense may be recorded. Fields are {@code capsules} and {@code
   * capsules[i].strengthMg|count|formulation}.
   */
  public static List<EntryProblem> problems(
      Prescription rx, Formulation prescribed, List<HandedOver> lines) {
    List<EntryProblem> problems = new ArrayList<>();
    if (lines == null || lines.isEmpty()) {
      problems.add(new EntryProblem("capsules", "list at least one strength handed over"));
      return problems;
    }
    Map<Integer, Long> given = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      HandedOver line = lines.get(i);
      String at = "capsules[" + i + "]";
      if (line == null) {
        problems.add(new EntryProblem(at, "is empty"));
        continue;
      }
      if (line.formulation() == null
          || Formulation.fromCode(line.formulation()).orElse(null) != prescribed) {
        problems.add(
            new EntryProblem(
                at + ".formulation",
                "must be "
                    + prescribed.code()
                    + " as prescribed; products cannot be substituted (ALL-FORMULATION)"));
      }
      if (rx.allowedCount(line.strengthMg()) == 0) {
        problems.add(
            new EntryProblem(
                at + ".strengthMg",
                "is not on the prescription "
                    + rx.capsules().stream().map(c -> c.strengthMg()).distinct().toList()));
      }
      if (line.count() <= 0) {
        problems.add(new EntryProblem(at + ".count", "must be positive"));
      } else {
        given.merge(line.strengthMg(), (long) line.count(), Long::sum);
      }
    }
    given.forEach(
        (mg, n) -> {
          long allowed = rx.allowedCount(mg);
          if (allowed > 0 && n > allowed) {
            problems.add(
                new EntryProblem(
                    "capsules",
                    n
                        + " capsules of "
                        + mg
                        + " mg exceed the "
                        + allowed
                        + " prescribed for "
                        + rx.daysSupply()
                        + " days (ALL-QTY)"));
          }
        });
    return problems;
  }
}
