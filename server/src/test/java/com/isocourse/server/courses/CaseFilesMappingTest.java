package com.isocourse.server.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.DecisionWriter;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.authorization.DispenseCase;
import com.isocourse.core.course.CourseStatus;
import com.isocourse.server.admin.ClinicPolicyRepository;
import com.isocourse.server.patients.PatientRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server maps stored rows straight into core's types (issue 13 item 1); {@code isocourse
 * evaluate} reads the same case as a JSON scenario. For every worked example, the example's facts
 * stored as rows and read back by {@link CaseFiles} give exactly the case, and the decision, that
 * the contract's reader gives for the example's JSON: the two edges cannot drift apart.
 */
class CaseFilesMappingTest {
  private static final Path EXAMPLES = Path.of("../cli/src/test/resources/scenarios/examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyExampleStoredAsRowsIsTheCaseTheContractReads() throws IOException {
    int compared = 0;
    for (Path input : inputs()) {
      String text = Files.readString(input);
      ObjectNode scenario = (ObjectNode) JSON.readTree(text);
      if (scenario.has("ruleSet") || !scenario.path("patient").has("birthDate")) {
        continue; // the server never names a rule set; a stored patient always has a birth date
      }
      DispenseCase contract = ScenarioReader.read(text);
      CaseFiles files = caseFiles(policyOf(scenario));
      CaseFile file = storedAsRows(scenario);
      JsonNode request = scenario.path("request");
      DispenseCase server =
          files.dispenseCase(
              file,
              contract.request(),
              Optional.of(scenario.path("pharmacy").path("active").asBoolean(true)));
      assertThat(server).as(input.getFileName().toString()).isEqualTo(contract);
      assertThat(DecisionWriter.toNode(server.decide()))
          .as(input.getFileName() + " decision")
          .isEqualTo(DecisionWriter.toNode(contract.decide()));
      assertThat(request.path("prescriptionId").asText())
          .isEqualTo(server.request().prescriptionId());
      compared++;
    }
    assertThat(compared).as("examples compared").isGreaterThanOrEqualTo(10);
  }

  @Test
  void aDamagedStoredEventIsReportedWithItsProblemsNotDecided() throws IOException {
    ObjectNode scenario =
        (ObjectNode)
            JSON.readTree(EXAMPLES.resolve("01-us26-pcgp-monthly-authorized.json").toFile());
    ((ObjectNode) scenario.withArray("events").get(0)).put("date", "not a date");
    CaseFile file = storedAsRows(scenario);
    assertThatThrownBy(() -> caseFiles(Map.of()).history(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stored event 1 of course 7")
        .hasMessageContaining("events[0].date");
  }

  private static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
          .sorted()
          .toList();
    }
  }

  private static Map<String, String> policyOf(ObjectNode scenario) {
    Map<String, String> overrides = new LinkedHashMap<>();
    scenario
        .path("policy")
        .properties()
        .forEach(f -> overrides.put(f.getKey(), f.getValue().asText()));
    return overrides;
  }

  /** The example's facts as the server stores them (schema V1 columns). */
  private static CaseFile storedAsRows(ObjectNode s) {
    JsonNode p = s.path("patient");
    JsonNode c = s.path("course");
    String risk =
        p.has("canGetPregnant")
            ? (p.get("canGetPregnant").asBoolean() ? "CAN_GET_PREGNANT" : "CANNOT_GET_PREGNANT")
            : null;
    PatientRecord patient =
        new PatientRecord(
            3,
            "P-1",
            "Example",
            LocalDate.parse(p.get("birthDate").asText()),
            s.path("jurisdiction").asText(),
            risk,
            date(p, "enrolledOn"),
            p.path("homeTestingAllowed").asBoolean(false),
            5);
    CourseRecord course =
        new CourseRecord(
            7,
            3,
            c.hasNonNull("formulation") ? c.get("formulation").asText() : null,
            date(c, "firstDoseDate"),
            c.hasNonNull("targetMgPerKg") ? c.get("targetMgPerKg").asDouble() : null,
            date(c, "previousCourseLastDose"),
            null,
            CourseStatus.ACTIVE,
            null);
    List<StoredEvent> events = new ArrayList<>();
    int seq = 1;
    for (JsonNode e : s.withArray("events")) {
      events.add(
          new StoredEvent(seq, seq++, e.path("type").asText(), (ObjectNode) e, 5, Instant.EPOCH));
    }
    JsonNode certified = s.path("prescriber").path("certified");
    return new CaseFile(
        patient, course, events, certified.isBoolean() ? certified.asBoolean() : null);
  }

  private static LocalDate date(JsonNode n, String field) {
    return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
  }

  private static CaseFiles caseFiles(Map<String, String> overrides) {
    ClinicPolicyRepository policy =
        new ClinicPolicyRepository(null) {
          @Override
          public Map<String, String> overrides() {
            return overrides;
          }
        };
    return new CaseFiles(null, null, policy, null, JSON, new ParsedEvents(100));
  }
}
