package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.core.authorization.Requirement;
import java.util.ArrayList;
import java.util.List;

/**
 * "Why authorized, or why not" in rows: every requirement of core's checklist (ADR 0017), as the
 * prescriber's patient page and the pharmacy's answer show it. Both read the same stored shape
 * ({@link RequirementsJson}): the patient page today's checklist, the counter the one stored with
 * the decision.
 *
 * @param status MET, UNMET or MISSING (the CSS class); {@code words} is what is shown
 * @param factDate the date of the fact that meets it, empty when none
 * @param holdsUntil the last day it still holds, empty when the rules give none
 * @param codes the reason codes of an unmet or missing one, for machines (a data attribute: the
 *     page speaks in words)
 * @param why the sentences of an unmet or missing one
 */
public record ChecklistRows(List<Row> rows, long met) {

  /** One requirement as a table row. */
  public record Row(
      String rule,
      String summary,
      String status,
      String words,
      String who,
      String factDate,
      String holdsUntil,
      String codes,
      String why) {}

  /** Today's checklist of the patient page. */
  public static ChecklistRows of(List<Requirement> requirements) {
    return of(RequirementsJson.toNode(requirements));
  }

  /** The {@code requirements} of a stored decision document (absent before ADR 0017: none). */
  public static ChecklistRows of(JsonNode requirements) {
    List<Row> rows = new ArrayList<>();
    requirements.forEach(
        r -> {
          List<String> codes = new ArrayList<>();
          r.path("codes").forEach(c -> codes.add(c.asText()));
          List<String> why = new ArrayList<>();
          r.path("messages").forEach(m -> why.add(m.asText()));
          String status = r.path("status").asText();
          rows.add(
              new Row(
                  r.path("rule").asText(),
                  r.path("summary").asText(),
                  status,
                  switch (status) {
                    case "MET" -> "Met";
                    case "UNMET" -> "Not met";
                    default -> "Cannot be checked";
                  },
                  capitalized(r.path("whoActs").asText()),
                  r.path("factDate").asText(""),
                  r.path("holdsUntil").asText(""),
                  String.join(" ", codes),
                  String.join(" ", why)));
        });
    return new ChecklistRows(
        List.copyOf(rows), rows.stream().filter(r -> r.status().equals("MET")).count());
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
