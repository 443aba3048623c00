package com.isocourse.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.exact.Decimals;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers typed into forms reach the contract reader and the planner as written (docs/adr/0024): a
 * whole number as an integer, a decimal as the decimal typed, words such as NaN as text (refused by
 * the reader as not a number), and a number a double cannot hold is a field problem.
 */
class FormsTest {

  @ParameterizedTest(name = "typed {0} is put as {1}")
  @CsvSource({
    "70, 70",
    "70.0, 70",
    "' 58.25 ', 58.25",
    "0, 0",
    "879.99999999999999, 879.99999999999999",
    "NaN, '\"NaN\"'",
    "Infinity, '\"Infinity\"'",
    "0x10, '\"0x10\"'",
    "1e3, 1000",
  })
  void aTypedNumberIsPutAsWritten(String typed, String json) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    Forms.number(event, "value", typed);
    assertThat(event.get("value").toString()).isEqualTo(json);
  }

  @ParameterizedTest(name = "optional number {0}: problem {1}")
  @CsvSource({
    "39.9999999999999999, true",
    "40, false",
    "39.99, false",
    "abc, true",
  })
  void anOptionalNumberADoubleCannotHoldIsAProblem(String typed, boolean problem) {
    Map<String, String> errors = new LinkedHashMap<>();
    Double read = Forms.optionalNumber("weightKg", typed, errors);
    assertThat(errors.containsKey("weightKg")).isEqualTo(problem);
    if (problem) {
      assertThat(read).isNull();
    } else {
      assertThat(read).isEqualTo(Double.parseDouble(typed));
    }
    if (typed.startsWith("39.999999")) {
      assertThat(errors.get("weightKg")).isEqualTo(Decimals.TOO_PRECISE);
    }
  }
}
