package com.isocourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.contract.DecisionWriter;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.DispenseRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of scenarios/README.md, read by the contract reader, decided by the engine, written
 * by the contract writer and checked against its {@code *.expected.json}.
 */
class ScenarioExamplesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Cli.EXAMPLES)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyExampleHasItsExpectedAnswer() throws IOException {
    assertThat(examples()).hasSize(12);
    for (Path input : examples()) {
      assertThat(expectedFor(input)).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleMeetsItsExpectedAnswer(Path input) throws IOException {
    DispenseCase scenario = ScenarioReader.read(Files.readString(input));
    DispenseDecision decision =
        DispenseRules.decide(
            scenario.history(), scenario.request(), scenario.ruleSet(), scenario.policy());
    JsonNode actual = MAPPER.readTree(DecisionWriter.toJson(decision));
    JsonNode expected = MAPPER.readTree(expectedFor(input).toFile());

    assertThat(ExpectedOutcome.mismatches(expected, actual)).as(actual.toPrettyString()).isEmpty();
  }

  @Test
  void checkerRejectsAWrongDecisionAMissingReasonAndAnAbsentWarningThatIsPresent()
      throws IOException {
    JsonNode expected =
        MAPPER.readTree(
            "{\"decision\":\"DENIED\",\"reasons\":[\"LOCKOUT_19_DAY\"],"
                + "\"absentWarnings\":[\"TG_ELEVATED\"],\"cumulative\":{\"mgPerKg\":45.0}}");
    JsonNode actual =
        MAPPER.readTree(
            "{\"decision\":\"AUTHORIZED\",\"reasons\":[],\"warnings\":[{\"code\":\"TG_ELEVATED\"}],"
                + "\"cumulative\":{\"mgPerKg\":45.2}}");

    assertThat(ExpectedOutcome.mismatches(expected, actual))
        .hasSize(4)
        .anySatisfy(m -> assertThat(m).startsWith("decision AUTHORIZED"))
        .anySatisfy(m -> assertThat(m).startsWith("reasons lacks LOCKOUT_19_DAY"))
        .anySatisfy(m -> assertThat(m).startsWith("warning TG_ELEVATED must not"))
        .anySatisfy(m -> assertThat(m).startsWith("cumulative.mgPerKg 45.2"));
  }

  @Test
  void checkerAcceptsCumulativeWithinOneTenth() throws IOException {
    JsonNode expected =
        MAPPER.readTree("{\"decision\":\"AUTHORIZED\",\"cumulative\":{\"mgPerKg\":54.5}}");
    JsonNode actual =
        MAPPER.readTree(
            "{\"decision\":\"AUTHORIZED\",\"reasons\":[],\"cumulative\":{\"mgPerKg\":54.6}}");

    assertThat(ExpectedOutcome.mismatches(expected, actual)).isEmpty();
  }

  private static Path expectedFor(Path input) {
    String name = input.getFileName().toString();
    return input.resolveSibling(
        name.substring(0, name.length() - ".json".length()) + ".expected.json");
  }
}
