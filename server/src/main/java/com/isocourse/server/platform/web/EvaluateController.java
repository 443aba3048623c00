package com.isocourse.server.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.contract.DecisionWriter;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.authorization.DispenseCase;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if: the engine's answer for a scenario of the shared contract, exactly as {@code isocourse
 * evaluate} prints it. Nothing is stored.
 */
@RestController
class EvaluateController {
  private final ObjectMapper json;

  public EvaluateController(ObjectMapper json) {
    this.json = json;
  }

  @PostMapping(value = "/api/evaluate", consumes = "application/json")
  JsonNode evaluate(@RequestBody String scenario) throws JsonProcessingException {
    DispenseCase s = ScenarioReader.read(scenario);
    return json.readTree(DecisionWriter.toJson(s.decide()));
  }
}
