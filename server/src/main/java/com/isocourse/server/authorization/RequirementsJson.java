package com.isocourse.server.authorization;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.authorization.Requirement;
import com.isocourse.core.reasons.Finding;
import java.util.List;
import java.util.Locale;

/**
 * Core's requirement checklist (ADR 0017) as the {@code requirements} array of a stored decision
 * document: per requirement its rule ID and summary, MET / UNMET / MISSING, who must act, the
 * reason codes and sentences that keep it from being met, and for a met one the fact's date and the
 * last day it holds. Stored with the decision, so the answer shown later explains the decision as
 * made.
 */
final class RequirementsJson {
  private RequirementsJson() {}

  public static ArrayNode toNode(List<Requirement> requirements) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (Requirement r : requirements) {
      ObjectNode o = out.addObject();
      o.put("rule", r.ruleId());
      o.put("summary", r.summary());
      o.put("status", r.status().name());
      o.put("whoActs", r.whoActs().name().toLowerCase(Locale.ROOT));
      ArrayNode codes = o.putArray("codes");
      r.codes().forEach(c -> codes.add(c.name()));
      ArrayNode messages = o.putArray("messages");
      r.findings().stream().map(Finding::message).forEach(messages::add);
      r.factDate().ifPresent(d -> o.put("factDate", d.toString()));
      r.holdsUntil().ifPresent(d -> o.put("holdsUntil", d.toString()));
    }
    return out;
  }
}
