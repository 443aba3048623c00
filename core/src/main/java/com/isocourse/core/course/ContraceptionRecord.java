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
    methods = List.copyOf(methods);
  }

  public long primaryCount() {
    return methods.stream()
        .distinct()
        .filter(m -> m.kind() == ContraceptionMethod.Kind.PRIMARY)
        .count();
  }

  public long secondaryCount() {
    return methods.stream()
        .distinct()
        .filter(m -> m.kind() == ContraceptionMethod.Kind.SECONDARY)
        .count();
  }
}
