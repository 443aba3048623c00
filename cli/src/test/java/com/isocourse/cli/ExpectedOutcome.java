package com.isocourse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a decision (as written to JSON) with an {@code *.expected.json}, exactly as
 * scenarios/README.md says: {@code decision} must match; every code in {@code reasons} must be
 * among the output's blocking reasons (and an AUTHORIZED output has none); every code in {@code
 * warnings} among its warnings; {@code doNotDispenseAfter}, when present, must match; {@code
 * cumulative.mgPerKg} / {@code equivalentMgPerKg}, when present, within 0.1; codes in {@code
 * missing} and {@code notes} reported; codes in {@code absentWarnings} not reported.
 */
final class ExpectedOutcome {
  private ExpectedOutcome() {}

  /** Every way the actual output departs from the expectation; empty when it meets it. */
  static List<String> mismatches(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    String decision = actual.path("decision").asText();
    if (!expected.path("decision").asText().equals(decision)) {
      out.add("decision " + decision + ", expected " + expected.path("decision").asText());
    }
    if (decision.equals("AUTHORIZED") && !actual.path("reasons").isEmpty()) {
      out.add("AUTHORIZED with reasons " + codes(actual.path("reasons")));
    }
    contained(expected, actual, "reasons", "reasons", out);
    contained(expected, actual, "warnings", "warnings", out);
    contained(expected, actual, "missing", "missing", out);
    contained(expected, actual, "notes", "notes", out);
    for (JsonNode absent : expected.path("absentWarnings")) {
      if (codes(actual.path("warnings")).contains(absent.asText())) {
        out.add("warning " + absent.asText() + " must not be reported");
      }
    }
    if (expected.has("doNotDispenseAfter") && !expected.get("doNotDispenseAfter").isNull()) {
      String want = expected.get("doNotDispenseAfter").asText();
      if (!want.equals(actual.path("doNotDispenseAfter").asText())) {
        out.add("doNotDispenseAfter " + actual.path("doNotDispenseAfter") + ", expected " + want);
      }
    }
    close(expected, actual, "mgPerKg", out);
    close(expected, actual, "equivalentMgPerKg", out);
    return out;
  }

  private static void contained(
      JsonNode expected, JsonNode actual, String field, String actualField, List<String> out) {
    Set<String> reported = codes(actual.path(actualField));
    for (JsonNode code : expected.path(field)) {
      if (!reported.contains(code.asText())) {
        out.add(field + " lacks " + code.asText() + " (reported: " + reported + ")");
      }
    }
  }

  private static void close(JsonNode expected, JsonNode actual, String field, List<String> out) {
    JsonNode want = expected.path("cumulative").path(field);
    if (want.isMissingNode() || want.isNull()) {
      return;
    }
    JsonNode got = actual.path("cumulative").path(field);
    if (!got.isNumber() || Math.abs(got.asDouble() - want.asDouble()) > 0.1 + 1e-9) {
      out.add("cumulative." + field + " " + got + ", expected " + want + " ± 0.1");
    }
  }

  /** The codes of a finding list; entries may be {code, …} objects or bare code strings. */
  static Set<String> codes(JsonNode findings) {
    Set<String> codes = new HashSet<>();
    for (JsonNode f : findings) {
      codes.add(f.isObject() ? f.path("code").asText() : f.asText());
    }
    return codes;
  }
}
