package com.isocourse.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example scenarios of scenarios/README.md, as kept in the cli module's test resources. */
final class ScenarioFixtures {
  static final Path EXAMPLES = Path.of("../cli/src/test/resources/scenarios/examples");
  static final String MONTHLY_AUTHORIZED = "01-us26-pcgp-monthly-authorized.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScenarioFixtures() {}

  /** Every input file (not the *.expected.json answers), sorted by name. */
  static List<Path> inputs() {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The monthly PCGP case as an editable tree (events 0 weight … 15 prescription rx-3). */
  static ObjectNode monthlyCase() {
    try {
      return (ObjectNode) MAPPER.readTree(text(MONTHLY_AUTHORIZED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode event(ObjectNode scenario, int index) {
    return (ObjectNode) scenario.withArray("events").get(index);
  }

  static ObjectNode addEvent(ObjectNode scenario, String type) {
    return scenario.withArray("events").addObject().put("type", type).put("date", "2026-11-21");
  }
}
