package com.isocourse.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.authorization.Outcome;
import com.isocourse.core.dosing.CumulativeDose;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.rulesets.Policy;
import com.isocourse.core.rulesets.PolicyOverrides;
import java.util.List;

/**
 * Writes a decision in the contract's output shape (scenarios/README.md "Output"): rule set,
 * decision, {@code doNotDispenseAfter} and {@code authorizationCode} (null unless AUTHORIZED), the
 * four finding lists as {@code {code, rule, message}} objects, the cumulative dose (1 decimal, or
 * null when it cannot be computed), the due items and the policy values the decision used.
 */
public final class DecisionWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DecisionWriter() {}

  /** The decision as compact JSON text. */
  public static String toJson(DispenseDecision decision) {
    return toNode(decision).toString();
  }

  /** The decision as indented JSON text, for people. */
  public static String toPrettyJson(DispenseDecision decision) {
    return toNode(decision).toPrettyString();
  }

  /** The decision as a JSON tree (for embedding in a larger document). */
  public static ObjectNode toNode(DispenseDecision decision) {
    ObjectNode out = JSON.objectNode();
    out.put("ruleSet", decision.ruleSet().code());
    out.put("decision", decision.outcome().decision());
    if (decision.outcome() instanceof Outcome.Authorized a) {
      out.put("doNotDispenseAfter", a.doNotDispenseAfter().toString());
      out.put("authorizationCode", a.authorizationCode());
    } else {
      out.putNull("doNotDispenseAfter");
      out.putNull("authorizationCode");
    }
    out.set("reasons", findings(decision.reasons()));
    out.set("warnings", findings(decision.warnings()));
    out.set("missing", findings(decision.missing()));
    out.set("notes", findings(decision.notes()));
    decision
        .cumulative()
        .ifPresentOrElse(
            c -> out.set("cumulative", cumulative(c)), () -> out.putNull("cumulative"));
    out.set("due", due(decision.due()));
    out.set("policy", policy(decision.policy()));
    return out;
  }

  private static ArrayNode findings(List<Finding> findings) {
    ArrayNode out = JSON.arrayNode();
    for (Finding f : findings) {
      ObjectNode o = out.addObject();
      o.put("code", f.code().name());
      o.put("rule", f.rule());
      o.put("message", f.message());
    }
    return out;
  }

  private static ObjectNode cumulative(CumulativeDose c) {
    ObjectNode out = JSON.objectNode();
    out.set("mg", JsonNumbers.wholeOrOneDecimal(c.mg()));
    out.set("mgPerKg", JsonNumbers.oneDecimal(c.mgPerKg()));
    out.set("equivalentMgPerKg", JsonNumbers.oneDecimal(c.equivalentMgPerKg()));
    out.set("targetMgPerKg", JsonNumbers.wholeOrOneDecimal(c.targetMgPerKg()));
    out.put("estimate", c.estimate());
    return out;
  }

  private static ArrayNode due(List<DueItem> items) {
    ArrayNode out = JSON.arrayNode();
    for (DueItem d : items) {
      out.addObject().put("item", d.item()).put("date", d.date().toString());
    }
    return out;
  }

  /** The policy used, keyed like {@link PolicyOverrides#keysWithDefaults()}. */
  static ObjectNode policy(Policy p) {
    ObjectNode out = JSON.objectNode();
    for (String key : PolicyOverrides.keysWithDefaults().keySet()) {
      switch (key) {
        case "us2026.effectiveDate" -> out.put(key, p.us2026EffectiveDate().toString());
        case "tg.stopMgDl" -> out.set(key, JsonNumbers.exact(p.tgStopMgDl()));
        case "alt.stopMultiple" -> out.set(key, JsonNumbers.exact(p.altStopMultiple()));
        case "alt.defaultUpperLimit" -> out.set(key, JsonNumbers.exact(p.altDefaultUpperLimit()));
        case "weight.maxAgeDays" -> out.put(key, p.weightMaxAgeDays());
        case "pretreatment.minDaysBetween" -> out.put(key, p.pretreatmentMinDaysBetween());
        case "targetMgPerKg" -> out.set(key, JsonNumbers.exact(p.targetMgPerKg()));
        case "maxCapsulesPerDose" -> out.put(key, p.maxCapsulesPerDose());
        case "monitoring" -> out.put(key, p.monitoring().code());
        default ->
            throw new IllegalStateException("policy parameter " + key + " has no output field");
      }
    }
    return out;
  }
}
