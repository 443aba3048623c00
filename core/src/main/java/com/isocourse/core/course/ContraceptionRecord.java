package com.isocourse.core.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Contraception documented on {@code date}: the methods in use since {@code since}, or a commitment
 * to abstinence (US26-CONTRA, EU-CONTRA, US26-LEADIN).
 */
public record ContraceptionRecord(
    LocalDate date, List<ContraceptionMethod> methods, boolean abstinence, LocalDate since)
    implements CourseEvent {
  public ContraceptionRecord {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(since, "since");
    // a list of methods is a set of facts: kept in one canonical order (rules.md §3: a decision
    // never depends on the order of its input)
    methods = methods.stream().sorted().toList();
  }

  /** Distinct primary methods (rules.md §3.4). */
  public long primaryCount() {
    return count(ContraceptionMethod.Kind.PRIMARY);
  }

  /** Distinct secondary methods; the progestin-only pill is neither. */
  public long secondaryCount() {
    return count(ContraceptionMethod.Kind.SECONDARY);
  }

  private long count(ContraceptionMethod.Kind kind) {
    java.util.EnumSet<ContraceptionMethod> seen =
        java.util.EnumSet.noneOf(ContraceptionMethod.class);
    for (ContraceptionMethod m : methods) {
      if (m.kind() == kind) {
        seen.add(m);
      }
    }
    return seen.size();
  }
}
