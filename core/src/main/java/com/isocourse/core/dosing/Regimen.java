package com.isocourse.core.dosing;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The capsules of the morning and the evening dose (rules.md §4: always two divided doses). Each
 * list holds capsule strengths in mg, sorted largest first; the constructor sorts them.
 *
 * @param morningMg capsule strengths of the morning dose, largest first
 * @param eveningMg capsule strengths of the evening dose, largest first
 */
public record Regimen(List<Integer> morningMg, List<Integer> eveningMg) {
  public Regimen {
    morningMg = largestFirst(morningMg, "morningMg");
    eveningMg = largestFirst(eveningMg, "eveningMg");
  }

  /** The daily dose in mg: every capsule of both doses. */
  public int mgPerDay() {
    return morningDoseMg() + eveningDoseMg();
  }

  /** Capsules taken per day, both doses together. */
  public int capsulesPerDay() {
    return morningMg.size() + eveningMg.size();
  }

  /** The morning dose in mg. */
  public int morningDoseMg() {
    return sum(morningMg);
  }

  /** The evening dose in mg. */
  public int eveningDoseMg() {
    return sum(eveningMg);
  }

  /** Strength → capsules per day, largest strength first (basis of a fill, §4). */
  public SortedMap<Integer, Integer> capsulesPerDayByStrength() {
    SortedMap<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
    Stream.concat(morningMg.stream(), eveningMg.stream())
        .forEach(strength -> counts.merge(strength, 1, Integer::sum));
    return Collections.unmodifiableSortedMap(counts);
  }

  private static List<Integer> largestFirst(List<Integer> strengths, String name) {
    if (strengths.isEmpty()) {
      throw new IllegalArgumentException(name + " must hold at least one capsule");
    }
    if (strengths.stream().anyMatch(s -> s <= 0)) {
      throw new IllegalArgumentException(name + " strengths must be positive");
    }
    return strengths.stream().sorted(Comparator.reverseOrder()).toList();
  }

  private static int sum(List<Integer> strengths) {
    return strengths.stream().mapToInt(Integer::intValue).sum();
  }
}
