package com.isocourse.core.dosing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A planned regimen with its projection to the course target (rules.md §4; scenarios/README.md
 * "Plan").
 *
 * @param regimen the morning and evening capsules
 * @param mgPerDay achieved mg per day
 * @param mgPerKgPerDay achieved mg/kg/day, rounded to 1 decimal (half up)
 * @param daysToTarget days of this regimen until the cumulative target is reached (0 when reached)
 * @param projectedEndDate the date of the last dose: start + days − 1
 * @param fill30 capsules per strength for a 30-day fill, largest strength first
 */
public record DosePlan(
    Regimen regimen,
    double mgPerDay,
    double mgPerKgPerDay,
    int daysToTarget,
    LocalDate projectedEndDate,
    SortedMap<Integer, Integer> fill30) {
  public DosePlan {
    Objects.requireNonNull(regimen, "regimen");
    Objects.requireNonNull(projectedEndDate, "projectedEndDate");
    SortedMap<Integer, Integer> copy = new TreeMap<>(Comparator.reverseOrder());
    copy.putAll(fill30);
    fill30 = Collections.unmodifiableSortedMap(copy);
  }
}
