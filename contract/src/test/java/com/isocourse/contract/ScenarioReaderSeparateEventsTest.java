package com.isocourse.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.course.CourseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ScenarioReader#read(JsonNode, List)} (events given as parsed nodes, as the server reads
 * stored payloads) gives exactly what {@link ScenarioReader#read(String)} gives for the scenario
 * written out: the same history, request, rule set and policy, and the same problems.
 */
class ScenarioReaderSeparateEventsTest {
  // A default mapper, as the server's: floats are doubles here, BigDecimal in the reader.
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void everyExampleReadsIdentically() throws Exception {
    for (Path input : ScenarioFixtures.inputs()) {
      String text = ScenarioFixtures.text(input.getFileName().toString());
      ParsedScenario whole = ScenarioReader.read(text);
      ObjectNode tree = (ObjectNode) PLAIN.readTree(text);
      List<JsonNode> events = new ArrayList<>();
      tree.withArray("events").forEach(events::add);
      tree.remove("events");
      ParsedScenario separate = ScenarioReader.read(tree, events);
      assertThat(separate).as(input.getFileName().toString()).isEqualTo(whole);
    }
  }

  @Test
  void badEventsAreReportedAtTheSamePaths() {
    ObjectNode scenario = ScenarioFixtures.monthlyCase();
    ScenarioFixtures.event(scenario, 0).put("kg", -3);
    ScenarioFixtures.addEvent(scenario, "no-such-type");
    List<FieldError> whole = problems(() -> ScenarioReader.read(scenario.toString()));
    List<JsonNode> events = new ArrayList<>();
    scenario.withArray("events").forEach(events::add);
    ObjectNode base = scenario.deepCopy();
    base.remove("events");
    List<FieldError> separate = problems(() -> ScenarioReader.read(base, events));
    assertThat(separate).isEqualTo(whole).isNotEmpty();
  }

  @Test
  void eventsReadOneByOneGiveTheSameScenario() throws Exception {
    int compared = 0;
    for (Path input : ScenarioFixtures.inputs()) {
      String text = ScenarioFixtures.text(input.getFileName().toString());
      ParsedScenario whole = ScenarioReader.read(text);
      ObjectNode tree = (ObjectNode) PLAIN.readTree(text);
      List<CourseEvent> read = new ArrayList<>();
      for (JsonNode e : tree.withArray("events")) {
        read.add(ScenarioReader.readEvent(e).orElseThrow());
      }
      tree.remove("events");
      assertThat(ScenarioReader.readWithEvents(tree, read))
          .as(input.getFileName().toString())
          .isEqualTo(whole);
      compared++;
    }
    assertThat(compared).isPositive();
  }

  @Test
  void anEventWithAProblemIsNotReadAlone() {
    ObjectNode scenario = ScenarioFixtures.monthlyCase();
    ScenarioFixtures.event(scenario, 0).put("kg", -3);
    ScenarioFixtures.addEvent(scenario, "no-such-type");
    JsonNode events = scenario.withArray("events");
    assertThat(ScenarioReader.readEvent(events.get(0))).isEmpty();
    assertThat(ScenarioReader.readEvent(events.get(events.size() - 1))).isEmpty();
    assertThat(ScenarioReader.readEvent(PLAIN.getNodeFactory().textNode("x"))).isEmpty();
  }

  private static List<FieldError> problems(Runnable read) {
    List<FieldError> out = new ArrayList<>();
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> out.addAll(e.errors()));
    return out;
  }
}
