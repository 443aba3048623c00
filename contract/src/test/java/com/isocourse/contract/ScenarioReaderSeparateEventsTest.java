package com.isocourse.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.course.CaseHistory;
import com.isocourse.core.course.CourseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One event read alone ({@link ScenarioReader#readEvent}, as the server reads each stored payload
 * once and keeps it) is exactly the event {@link ScenarioReader#read(String)} reads in a whole
 * scenario, and {@link ScenarioReader#eventProblems} names the problems the whole read reports.
 */
class ScenarioReaderSeparateEventsTest {
  // A default mapper, as the server's: floats are doubles here, BigDecimal in the reader.
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void eventsReadOneByOneGiveTheSameScenario() throws Exception {
    int compared = 0;
    for (Path input : ScenarioFixtures.inputs()) {
      String text = ScenarioFixtures.text(input.getFileName().toString());
      DispenseCase whole = ScenarioReader.read(text);
      List<CourseEvent> read = new ArrayList<>();
      for (JsonNode e : PLAIN.readTree(text).withArray("events")) {
        read.add(ScenarioReader.readEvent(e).orElseThrow());
        assertThat(ScenarioReader.eventProblems(e)).isEmpty();
      }
      CaseHistory h = whole.history();
      CaseHistory rebuilt =
          new CaseHistory(
              h.jurisdiction(),
              h.patient(),
              h.prescriberCertified(),
              h.pharmacyActive(),
              h.course(),
              read);
      assertThat(new DispenseCase(rebuilt, whole.request(), whole.ruleSet(), whole.policy()))
          .as(input.getFileName().toString())
          .isEqualTo(whole);
      compared++;
    }
    assertThat(compared).isPositive();
  }

  @Test
  void aBadEventsProblemsAreTheWholeReadsProblems() {
    ObjectNode scenario = ScenarioFixtures.monthlyCase();
    ObjectNode bad = ScenarioFixtures.event(scenario, 0);
    bad.put("kg", -3);
    ObjectNode alone = PLAIN.createObjectNode();
    alone.setAll(scenario);
    alone.set("events", PLAIN.createArrayNode().add(bad.deepCopy()));
    List<FieldError> whole = problems(() -> ScenarioReader.read(alone.toString()));
    assertThat(ScenarioReader.eventProblems(bad)).isEqualTo(whole).isNotEmpty();
    assertThat(ScenarioReader.eventProblems(PLAIN.getNodeFactory().textNode("x")))
        .extracting(FieldError::path)
        .containsExactly("events[0]");
  }

  @Test
  void capsulesAreReadAsTheScenarioReadsThem() {
    ObjectNode scenario = ScenarioFixtures.monthlyCase();
    var capsules = PLAIN.createArrayNode();
    capsules.addObject().put("strengthMg", 0).put("count", 30);
    ((ObjectNode) scenario.get("request")).set("capsules", capsules);
    List<FieldError> whole = problems(() -> ScenarioReader.read(scenario.toString()));
    List<FieldError> alone = problems(() -> ScenarioReader.readCapsules(capsules));
    assertThat(alone).isEqualTo(whole).isNotEmpty();
    assertThat(alone.get(0).path()).startsWith("request.capsules[0]");
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
