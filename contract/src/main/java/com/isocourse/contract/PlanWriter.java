package com.isocourse.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.dosing.DosePlan;
import java.util.List;

/**
 * Writes a dose plan in the contract's shape (scenarios/README.md "Plan"): {@code {"regimen":
 * {"morning": [40], "evening": [30]}, "mgPerDay": 70, "mgPerKgPerDay": 1.0, "daysToTarget": 135,
 * "projectedEndDate": "2027-04-14", "fill30": {"40": 30, "30": 30}}}. Whole numbers are written
 * without decimals; mg/kg/day always with one; strengths largest first.
 */
public final class PlanWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PlanWriter() {}

  public static String toJson(DosePlan plan) {
    return toNode(plan).toString();
  }

  public static String toPrettyJson(DosePlan plan) {
    return toNode(plan).toPrettyString();
  }

  public static ObjectNode toNode(DosePlan plan) {
    ObjectNode out = JSON.objectNode();
    ObjectNode regimen = out.putObject("regimen");
    regimen.set("morning", strengths(plan.regimen().morningMg()));
    regimen.set("evening", strengths(plan.regimen().eveningMg()));
    out.set("mgPerDay", JsonNumbers.wholeOrOneDecimal(plan.mgPerDay()));
    out.set("mgPerKgPerDay", JsonNumbers.oneDecimal(plan.mgPerKgPerDay()));
    out.put("daysToTarget", plan.daysToTarget());
    out.put("projectedEndDate", plan.projectedEndDate().toString());
    ObjectNode fill = out.putObject("fill30");
    plan.fill30().forEach((strength, count) -> fill.put(Integer.toString(strength), count));
    return out;
  }

  private static ArrayNode strengths(List<Integer> mg) {
    ArrayNode out = JSON.arrayNode();
    mg.forEach(out::add);
    return out;
  }
}
