package com.isocourse.server.prescriber;

import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.dosing.CumulativeLedger;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.dosing.DoseProjection;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.server.courses.CaseFile;
import com.isocourse.server.courses.CaseFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The planner's answer while the prescriber types, without storing anything: the same planner and
 * policy as {@code Prescribing.plan}, from today, counting the dose already taken.
 */
@Component
class PlanPreview {
  private final CaseFiles files;
  private final Clock clock;

  public PlanPreview(CaseFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  /** A preview: the plan, or why there is none. */
  public record Preview(DosePlan plan, String problem, double targetMgPerKg, double weightKg) {}

  /** The latest recorded weight, if any. */
  public Optional<Double> latestWeight(CaseFile file) {
    LocalDate today = LocalDate.now(clock);
    return files.history(file).currentWeight(today).map(w -> w.weight().kg());
  }

  /** The policy's default target. */
  public double defaultTarget(CaseFile file) {
    return files.policy().targetMgPerKg();
  }

  public Preview preview(
      CaseFile file, String formulation, Double mgPerKgPerDay, Double target, Double weightKg) {
    LocalDate today = LocalDate.now(clock);
    CaseHistory history = files.history(file);
    Policy policy = files.policy();
    double t = target != null ? target : policy.targetMgPerKg();
    Optional<Formulation> f = Formulation.fromCode(formulation);
    Double kg =
        weightKg != null
            ? weightKg
            : history.currentWeight(today).map(w -> w.weight().kg()).orElse(null);
    if (f.isEmpty()) {
      return new Preview(null, "Choose a capsule type.", t, 0);
    }
    if (kg == null) {
      return new Preview(null, "Enter the patient's weight.", t, 0);
    }
    if (mgPerKgPerDay == null || mgPerKgPerDay < 0.1 || mgPerKgPerDay > 2.0) {
      return new Preview(null, "Enter a daily dose between 0.1 and 2.0 mg/kg.", t, kg);
    }
    if (t < 1 || t > 220) {
      return new Preview(null, "The target must be between 1 and 220 mg/kg.", t, kg);
    }
    BodyWeight weight;
    try {
      weight = new BodyWeight(kg);
    } catch (IllegalArgumentException e) {
      return new Preview(null, "The weight is not plausible: " + e.getMessage() + ".", t, kg);
    }
    double taken =
        Math.max(
            0.0, CumulativeLedger.compute(history, today, t).map(CumulativeDose::mg).orElse(0.0));
    return DoseProjection.project(
            f.get(), weight, mgPerKgPerDay, t, taken, today, policy.maxCapsulesPerDose())
        .map(p -> new Preview(p, null, t, kg))
        .orElse(new Preview(null, "No regimen of marketed capsules reaches this dose.", t, kg));
  }
}
