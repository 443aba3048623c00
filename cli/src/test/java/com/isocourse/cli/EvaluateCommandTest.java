package com.isocourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String AUTHORIZED = "01-us26-pcgp-monthly-authorized.json";
  private static final String WINDOW_CLOSED = "02-us26-pcgp-window-closed.json";

  @TempDir Path dir;

  @Test
  void oneFilePrintsItsDecisionAsJsonAndExitsZero() throws Exception {
    Cli.Run run = Cli.run("evaluate", Cli.example(AUTHORIZED));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode decision = MAPPER.readTree(run.out());
    assertThat(decision.get("decision").asText()).isEqualTo("AUTHORIZED");
    assertThat(decision.get("doNotDispenseAfter").asText()).isEqualTo("2026-11-26");
    assertThat(decision.get("cumulative").get("mgPerKg").asDouble()).isEqualTo(45.0);
  }

  @Test
  void standardInputIsReadForADash() throws Exception {
    String json = Files.readString(Path.of(Cli.example(WINDOW_CLOSED)));

    Cli.Run run = Cli.runWithStdin(json, "evaluate", "-");

    assertThat(run.exit()).isZero();
    JsonNode decision = MAPPER.readTree(run.out());
    assertThat(decision.get("decision").asText()).isEqualTo("DENIED");
    assertThat(ExpectedOutcome.codes(decision.get("reasons")))
        .contains("PREGNANCY_TEST_OUTSIDE_WINDOW");
  }

  @Test
  void badInputExitsTwoWithOneStderrLinePerProblem() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(Path.of(Cli.example(AUTHORIZED)))
            .replace("\"kg\": 60", "\"kg\": 500")
            .replace("\"jurisdiction\": \"US\"", "\"jurisdiction\": \"CA\""));

    Cli.Run run = Cli.run("evaluate", bad.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            bad + ": jurisdiction: unknown jurisdiction 'CA' (expected US, EU, UK)",
            bad + ": events[0].kg: must be between 1 and 400");
  }

  @Test
  void malformedJsonNamesLineAndColumnWithoutAStackTrace() throws Exception {
    Path bad = dir.resolve("broken.json");
    Files.writeString(bad, "{\n  \"jurisdiction\": \"US\",\n  \"events\": [\n}\n");

    Cli.Run run = Cli.run("evaluate", bad.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith(bad + ": $: malformed JSON at line 4, column");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void missingFileIsReportedAsUnreadable() {
    Cli.Run run = Cli.run("evaluate", dir.resolve("nope.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(dir.resolve("nope.json") + ": $: cannot read: no such file\n");
  }

  @Test
  void severalFilesGiveOneJsonLineEachAndStillEvaluateAfterABadOne() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"jurisdiction\": \"US\"}");

    Cli.Run run =
        Cli.run("evaluate", Cli.example(AUTHORIZED), bad.toString(), Cli.example(WINDOW_CLOSED));

    assertThat(run.exit()).isEqualTo(2);
    String[] lines = run.outLines();
    assertThat(lines).hasSize(3);
    JsonNode first = MAPPER.readTree(lines[0]);
    assertThat(first.get("file").asText()).isEqualTo(Cli.example(AUTHORIZED));
    assertThat(first.get("result").get("decision").asText()).isEqualTo("AUTHORIZED");
    JsonNode second = MAPPER.readTree(lines[1]);
    assertThat(second.get("file").asText()).isEqualTo(bad.toString());
    assertThat(second.get("errors").get(0).get("path").asText()).isEqualTo("request");
    assertThat(MAPPER.readTree(lines[2]).get("result").get("decision").asText())
        .isEqualTo("DENIED");
    assertThat(run.errLines()).containsExactly(bad + ": request: is required");
  }

  @Test
  void directoryEvaluatesItsScenariosInNameOrderSkippingExpectedAnswers() throws Exception {
    Cli.Run run = Cli.run("evaluate", Cli.EXAMPLES.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    String[] lines = run.outLines();
    assertThat(lines).hasSize(12);
    String[] files = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      JsonNode line = MAPPER.readTree(lines[i]);
      files[i] = Path.of(line.get("file").asText()).getFileName().toString();
      assertThat(line.get("result").get("decision").asText()).isIn("AUTHORIZED", "DENIED");
    }
    assertThat(files).isSorted().allSatisfy(f -> assertThat(f).doesNotEndWith(".expected.json"));
    assertThat(Arrays.asList(files)).first().isEqualTo(AUTHORIZED);
  }

  @Test
  void emptyDirectoryIsBadInput() {
    Cli.Run run = Cli.run("evaluate", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no scenario files");
  }

  @Test
  void evaluateWithoutFilesIsAUsageError() {
    Cli.Run run = Cli.run("evaluate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter");
  }

  @Test
  void noSubcommandPrintsUsageAndExitsTwo() {
    Cli.Run run = Cli.run();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("evaluate").contains("plan").contains("rules");
  }
}
