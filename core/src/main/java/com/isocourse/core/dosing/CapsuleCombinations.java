package com.isocourse.core.dosing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The best way to make up one dose from a product's capsules (rules.md §4 tie rules, applied to a
 * single dose): for each dose in mg, the fewest capsules, and among those the capsule list that is
 * larger at the first difference when sorted largest first.
 */
final class CapsuleCombinations {
  private CapsuleCombinations() {}

  /**
   * Every dose from 1 to {@code maxDoseMg} mg that {@code maxCapsules} capsules or fewer can make,
   * with its best capsule list (largest first).
   */
  static Map<Integer, List<Integer>> bestByDoseMg(
      List<Integer> strengthsMg, int maxCapsules, int maxDoseMg) {
    List<List<Integer>> best = new ArrayList<>(maxDoseMg + 1);
    best.add(List.of());
    Map<Integer, List<Integer>> doses = new TreeMap<>();
    for (int mg = 1; mg <= maxDoseMg; mg++) {
      List<Integer> chosen = bestFor(mg, strengthsMg, best);
      best.add(chosen);
      if (chosen != null && chosen.size() <= maxCapsules) {
        doses.put(mg, chosen);
      }
    }
    return doses;
  }

  /** Fewest capsules for the dose, then larger at the first difference; null when unreachable. */
  private static List<Integer> bestFor(
      int mg, List<Integer> strengthsMg, List<List<Integer>> best) {
    List<Integer> chosen = null;
    for (int strength : strengthsMg) {
      if (strength <= mg && best.get(mg - strength) != null) {
        List<Integer> candidate = withCapsule(best.get(mg - strength), strength);
        if (chosen == null || BETTER_DOSE.compare(candidate, chosen) < 0) {
          chosen = candidate;
        }
      }
    }
    return chosen;
  }

  private static List<Integer> withCapsule(List<Integer> capsules, int strength) {
    List<Integer> more = new ArrayList<>(capsules);
    more.add(strength);
    more.sort(Comparator.reverseOrder());
    return List.copyOf(more);
  }

  /**
   * Capsule lists (largest first) ordered so that the larger at the first difference comes first.
   */
  static final Comparator<List<Integer>> LARGER_FIRST =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int byStrength = Integer.compare(b.get(i), a.get(i));
          if (byStrength != 0) {
            return byStrength;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private static final Comparator<List<Integer>> BETTER_DOSE =
      Comparator.<List<Integer>>comparingInt(List::size).thenComparing(LARGER_FIRST);
}
