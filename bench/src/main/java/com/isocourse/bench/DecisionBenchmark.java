package com.isocourse.bench;

import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.DispenseRequest;
import com.isocourse.core.authorization.DispenseRules;
import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.dosing.CumulativeLedger;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.dosing.DoseProjection;
import com.isocourse.core.rulesets.Policy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Core benchmarks (issue 2 §5, issue 5 §1): the dispense decision on a one-year history, the dose
 * planner and the cumulative ledger. Sample time mode reports percentiles, so the median is read
 * off the p0.50 line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {
  private CaseHistory history;
  private DispenseRequest request;
  private final Policy policy = Policy.defaults();

  @Setup
  public void setUp() {
    history = OneYearHistory.build();
    request = OneYearHistory.request();
    DispenseDecision check = decide();
    if (!check.authorized()) {
      throw new IllegalStateException("benchmark history must be authorizable: " + check.reasons());
    }
  }

  @Benchmark
  public DispenseDecision decide() {
    return DispenseRules.decide(history, request, Optional.empty(), policy);
  }

  @Benchmark
  public Optional<DosePlan> planAndProject() {
    return DoseProjection.project(
        Formulation.LIDOSE, new BodyWeight(73.4), 1.0, 135, 2400, LocalDate.of(2026, 12, 1), 2);
  }

  @Benchmark
  public Optional<CumulativeDose> cumulativeLedger() {
    return CumulativeLedger.compute(history, request.date(), 135);
  }
}
