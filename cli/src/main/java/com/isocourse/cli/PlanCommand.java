package com.isocourse.cli;

import com.isocourse.contract.PlanWriter;
import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.dosing.DosePlan;
import com.isocourse.core.dosing.DoseProjection;
import com.isocourse.core.rulesets.Policy;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isocourse plan}: the regimen for a weight and a daily dose, projected to the course target
 * (rules.md §4; scenarios/README.md "Plan"). Prints a table, or the plan JSON with {@code --json}.
 */
@Command(
    name = "plan",
    description = "Plan morning and evening capsules and project the course to its target.",
    mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
  private static final double MAX_TARGET_MG_PER_KG = 220;

  @Spec CommandSpec spec;

  @Option(
      names = "--weight",
      required = true,
      paramLabel = "KG",
      description = "Body weight in kg (1–400).")
  double weightKg;

  @Option(
      names = "--formulation",
      required = true,
      paramLabel = "F",
      description = "conventional, lidose or micronized.")
  String formulation;

  @Option(
      names = "--mg-per-kg",
      required = true,
      paramLabel = "X",
      description = "Daily dose in mg/kg/day (above 0; at most 2.0, micronized 1.6).")
  double mgPerKgPerDay;

  @Option(
      names = "--target",
      paramLabel = "T",
      description =
          "Cumulative course target in mg/kg (above 0, at most 220; default ${DEFAULT-VALUE}).")
  double targetMgPerKg = Policy.defaults().targetMgPerKg();

  @Option(
      names = "--start",
      required = true,
      paramLabel = "DATE",
      description = "Date of the first dose of this regimen (YYYY-MM-DD).")
  String start;

  @Option(
      names = "--cumulative-mg",
      paramLabel = "MG",
      description = "Mg already taken in this course (default ${DEFAULT-VALUE}).")
  double cumulativeMg;

  @Option(
      names = "--max-capsules-per-dose",
      paramLabel = "N",
      description = "Capsules per morning or evening dose (1–4; default ${DEFAULT-VALUE}).")
  int maxCapsulesPerDose = Policy.defaults().maxCapsulesPerDose();

  @Option(names = "--json", description = "Print the plan as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = new ArrayList<>();
    Optional<Formulation> f = Formulation.fromCode(formulation);
    Optional<LocalDate> startDate = startDate();
    validate(f, startDate, problems);
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("isocourse plan: " + p));
      return ExitCodes.BAD_INPUT;
    }
    BodyWeight weight = new BodyWeight(weightKg);
    Optional<DosePlan> plan =
        DoseProjection.project(
            f.get(),
            weight,
            mgPerKgPerDay,
            targetMgPerKg,
            cumulativeMg,
            startDate.get(),
            maxCapsulesPerDose);
    if (plan.isEmpty()) {
      err.println(
          "isocourse plan: no regimen of "
              + f.get().code()
              + " capsules ("
              + strengths(f.get())
              + " mg, at most "
              + maxCapsulesPerDose
              + " per dose) comes within 10 % of "
              + PlanTable.number(weightKg * mgPerKgPerDay)
              + " mg/day");
      return ExitCodes.BAD_INPUT;
    }
    if (json) {
      out.println(PlanWriter.toPrettyJson(plan.get()));
    } else {
      out.print(PlanTable.render(plan.get(), f.get(), weightKg, mgPerKgPerDay, targetMgPerKg));
    }
    return ExitCodes.OK;
  }

  private Optional<LocalDate> startDate() {
    try {
      return Optional.of(LocalDate.parse(start));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void validate(
      Optional<Formulation> f, Optional<LocalDate> startDate, List<String> problems) {
    if (!(weightKg >= BodyWeight.MIN_KG && weightKg <= BodyWeight.MAX_KG)) {
      problems.add("--weight must be between 1 and 400 kg, not " + PlanTable.number(weightKg));
    }
    if (f.isEmpty()) {
      problems.add(
          "--formulation must be one of "
              + Arrays.stream(Formulation.values())
                  .map(Formulation::code)
                  .collect(Collectors.joining(", "))
              + ", not '"
              + formulation
              + "'");
    } else if (!(mgPerKgPerDay > 0 && mgPerKgPerDay <= f.get().maxMgPerKgPerDay())) {
      problems.add(
          "--mg-per-kg must be above 0 and at most "
              + f.get().maxMgPerKgPerDay()
              + " for "
              + f.get().code()
              + ", not "
              + PlanTable.number(mgPerKgPerDay));
    }
    if (!(targetMgPerKg > 0 && targetMgPerKg <= MAX_TARGET_MG_PER_KG)) {
      problems.add(
          "--target must be above 0 and at most 220 mg/kg, not " + PlanTable.number(targetMgPerKg));
    }
    if (!(cumulativeMg >= 0) || Double.isInfinite(cumulativeMg)) {
      problems.add("--cumulative-mg must not be negative");
    }
    if (maxCapsulesPerDose < 1 || maxCapsulesPerDose > 4) {
      problems.add("--max-capsules-per-dose must be between 1 and 4, not " + maxCapsulesPerDose);
    }
    if (startDate.isEmpty()) {
      problems.add("--start must be an ISO date (YYYY-MM-DD), not '" + start + "'");
    }
  }

  private static String strengths(Formulation f) {
    return f.strengthsMg().stream().map(String::valueOf).collect(Collectors.joining("/"));
  }
}
