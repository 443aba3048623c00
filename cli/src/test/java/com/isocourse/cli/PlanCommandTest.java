package com.isocourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PlanCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] SEVENTY_KG = {
    "plan",
    "--weight",
    "70",
    "--formulation",
    "conventional",
    "--mg-per-kg",
    "1.0",
    "--target",
    "135",
    "--start",
    "2026-12-01"
  };

  @Test
  void seventyKilogramsAtOneMgPerKgIsFortyMorningThirtyEvening() {
    Cli.Run run = Cli.run(SEVENTY_KG);

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Morning          1 × 40 mg")
        .contains("Evening          1 × 30 mg")
        .contains("70 mg/day (1.0 mg/kg/day)")
        .contains("Days to target   135")
        .contains("Projected end    2027-04-14")
        .contains("30-day fill      30 × 40 mg, 30 × 30 mg");
  }

  @Test
  void jsonPlanHasTheReadmeShape() throws Exception {
    Cli.Run run = Cli.run(append(SEVENTY_KG, "--json"));

    assertThat(run.exit()).isZero();
    assertThat(MAPPER.readTree(run.out()))
        .isEqualTo(
            MAPPER.readTree(
                "{ \"regimen\": {\"morning\": [40], \"evening\": [30]}, \"mgPerDay\": 70,"
                    + " \"mgPerKgPerDay\": 1.0, \"daysToTarget\": 135, \"projectedEndDate\":"
                    + " \"2027-04-14\", \"fill30\": {\"40\": 30, \"30\": 30} }"));
    assertThat(run.out()).contains("\"mgPerKgPerDay\" : 1.0").contains("\"mgPerDay\" : 70,");
  }

  @Test
  void cumulativeSoFarShortensTheProjection() throws Exception {
    Cli.Run run = Cli.run(append(SEVENTY_KG, "--json", "--cumulative-mg", "2100"));

    JsonNode plan = MAPPER.readTree(run.out());
    assertThat(plan.get("daysToTarget").asInt()).isEqualTo(105);
    assertThat(plan.get("projectedEndDate").asText()).isEqualTo("2027-03-15");
  }

  @Test
  void everyInvalidOptionIsReportedWithExitTwo() {
    Cli.Run run =
        Cli.run(
            "plan",
            "--weight",
            "500",
            "--formulation",
            "gel",
            "--mg-per-kg",
            "1",
            "--target",
            "230",
            "--start",
            "1/12/2026",
            "--max-capsules-per-dose",
            "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "isocourse plan: --weight must be between 1 and 400 kg, not 500",
            "isocourse plan: --formulation must be one of conventional, lidose, micronized, not 'gel'",
            "isocourse plan: --target must be above 0 and at most 220 mg/kg, not 230",
            "isocourse plan: --max-capsules-per-dose must be between 1 and 4, not 0",
            "isocourse plan: --start must be an ISO date (YYYY-MM-DD), not '1/12/2026'");
  }

  @Test
  void doseAboveTheFormulationMaximumIsRejected() {
    Cli.Run run =
        Cli.run(
            "plan",
            "--weight",
            "60",
            "--formulation",
            "micronized",
            "--mg-per-kg",
            "1.8",
            "--start",
            "2026-12-01");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--mg-per-kg must be above 0 and at most 1.6 for micronized");
  }

  @Test
  void zeroDoseIsRejected() {
    Cli.Run run =
        Cli.run(
            "plan",
            "--weight",
            "60",
            "--formulation",
            "conventional",
            "--mg-per-kg",
            "0",
            "--start",
            "2026-12-01");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--mg-per-kg must be above 0");
  }

  @Test
  void nonNumericWeightIsAUsageError() {
    Cli.Run run =
        Cli.run(
            "plan",
            "--weight",
            "heavy",
            "--formulation",
            "conventional",
            "--mg-per-kg",
            "1",
            "--start",
            "2026-12-01");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--weight").doesNotContain("\tat ");
  }

  private static String[] append(String[] args, String... more) {
    String[] out = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, out, args.length, more.length);
    return out;
  }
}
