package com.isocourse.core.dosing;

import com.isocourse.core.course.Formulation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A test oracle for {@link DosePlanner}: tries every pair of capsule lists and keeps the best by
 * rules.md §4, written independently of the planner's dynamic programme.
 */
final class ExhaustiveRegimenSearch {
  private ExhaustiveRegimenSearch() {}

  static Optional<Regimen> best(
      Formulation formulation, BigDecimal kg, BigDecimal mgPerKgPerDay, int maxCapsules) {
    BigDecimal target = kg.multiply(mgPerKgPerDay);
    BigDecimal tolerated = target.multiply(new BigDecimal("1.1"));
    BigDecimal maximum = kg.multiply(BigDecimal.valueOf(formulation.maxMgPerKgPerDay()));
    List<List<Integer>> doses = new ArrayList<>();
    addDoses(formulation.strengthsMg().reversed(), maxCapsules, List.of(), doses);
    Regimen best = null;
    for (List<Integer> morning : doses) {
      for (List<Integer> evening : doses) {
        Regimen candidate = new Regimen(morning, evening);
        BigDecimal total = BigDecimal.valueOf(candidate.mgPerDay());
        if (candidate.morningDoseMg() >= candidate.eveningDoseMg()
            && total.compareTo(tolerated) <= 0
            && total.compareTo(maximum) <= 0
            && (best == null || better(candidate, best, target))) {
          best = candidate;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every list of 1 to max capsules, largest first, extending {@code prefix}. */
  private static void addDoses(
      List<Integer> largestFirst, int max, List<Integer> prefix, List<List<Integer>> doses) {
    if (prefix.size() == max) {
      return;
    }
    for (int strength : largestFirst) {
      if (prefix.isEmpty() || strength <= prefix.getLast()) {
        List<Integer> dose = new ArrayList<>(prefix);
        dose.add(strength);
        doses.add(dose);
        addDoses(largestFirst, max, dose, doses);
      }
    }
  }

  private static boolean better(Regimen a, Regimen b, BigDecimal target) {
    int byDistance = distance(a, target).compareTo(distance(b, target));
    if (byDistance != 0) {
      return byDistance < 0;
    }
    if (a.capsulesPerDay() != b.capsulesPerDay()) {
      return a.capsulesPerDay() < b.capsulesPerDay();
    }
    int splitA = a.morningDoseMg() - a.eveningDoseMg();
    int splitB = b.morningDoseMg() - b.eveningDoseMg();
    if (splitA != splitB) {
      return splitA < splitB;
    }
    int byMorning = largerFirst(a.morningMg(), b.morningMg());
    return byMorning != 0 ? byMorning < 0 : largerFirst(a.eveningMg(), b.eveningMg()) < 0;
  }

  private static BigDecimal distance(Regimen regimen, BigDecimal target) {
    return BigDecimal.valueOf(regimen.mgPerDay()).subtract(target).abs();
  }

  /** Negative when {@code a} is larger at the first difference. */
  private static int largerFirst(List<Integer> a, List<Integer> b) {
    Comparator<Integer> descending = Comparator.reverseOrder();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = descending.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
