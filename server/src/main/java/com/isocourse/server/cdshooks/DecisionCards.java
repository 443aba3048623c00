package com.isocourse.server.cdshooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.core.authorization.DispenseDecision;
import com.isocourse.core.monitoring.DueItem;
import com.isocourse.core.reasons.Finding;
import com.isocourse.core.reasons.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cards of one dispense decision, as the prescriber should see them while ordering: a {@code
 * critical} card per blocking reason (a hard stop: the pharmacy will be denied), a {@code warning}
 * card per missing fact (the pharmacy would get INDETERMINATE) and an {@code info} card per warning
 * of the decision, plus one {@code info} card listing what is due. Every card names its rule ID and
 * reason code in the detail and links to the patient's page. Nothing is decided here: the cards are
 * a translation of the engine's findings.
 */
final class DecisionCards {
  static final String SOURCE = "Isocourse";
  private static final String LOINC = "http://loinc.org";

  /**
   * Codes answered by ordering a pregnancy test (rules.md §3.4–3.5, US26-WINDOW, US26-PRE-TESTS).
   */
  private static final Set<ReasonCode> NEEDS_PREGNANCY_TEST =
      Set.of(
          ReasonCode.PREGNANCY_TEST_MISSING,
          ReasonCode.PREGNANCY_TEST_OUTSIDE_WINDOW,
          ReasonCode.PRETREATMENT_TESTS_INCOMPLETE);

  private final ObjectMapper json;

  DecisionCards(ObjectMapper json) {
    this.json = json;
  }

  /**
   * @param programId the patient as the CDS client names them (Patient/{programId})
   * @param patientPage the absolute URL of the patient's page in the web UI
   */
  List<CdsCard> of(DispenseDecision d, String programId, String patientPage) {
    List<CdsCard> cards = new ArrayList<>();
    List<CdsCard.Link> links =
        List.of(new CdsCard.Link("Open the course in Isocourse", patientPage, "absolute"));
    for (Finding f : d.reasons()) {
      cards.add(card("critical", "Hard stop", f, suggestions(f, programId), links));
    }
    for (Finding f : d.missing()) {
      cards.add(card("warning", "Missing", f, List.of(), links));
    }
    for (Finding f : d.warnings()) {
      cards.add(card("info", "Note", f, List.of(), links));
    }
    if (!d.due().isEmpty()) {
      cards.add(due(d.due(), links));
    }
    return cards;
  }

  private static CdsCard card(
      String indicator,
      String prefix,
      Finding f,
      List<CdsCard.Suggestion> suggestions,
      List<CdsCard.Link> links) {
    return new CdsCard(
        UUID.randomUUID().toString(),
        "Isotretinoin "
            + prefix.toLowerCase(java.util.Locale.ROOT)
            + " ("
            + f.rule()
            + "): "
            + f.message(),
        f.message() + "\n\nRule **" + f.rule() + "**, reason code `" + f.code().name() + "`.",
        indicator,
        new CdsCard.Source(SOURCE, null),
        suggestions,
        null,
        links);
  }

  private static CdsCard due(List<DueItem> due, List<CdsCard.Link> links) {
    String items =
        due.stream()
            .map(
                i ->
                    i.item().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                        + " by "
                        + i.date())
            .collect(Collectors.joining(", "));
    return new CdsCard(
        UUID.randomUUID().toString(),
        "Isotretinoin monitoring due: " + items,
        "Due per the monitoring schedule (rules.md §5): "
            + due.stream()
                .map(i -> "`" + i.item() + "` on " + i.date())
                .collect(Collectors.joining("; "))
            + ". An item is overdue 7 days after its date (rule WARN-LABS for labs).",
        "info",
        new CdsCard.Source(SOURCE, null),
        List.of(),
        null,
        links);
  }

  private List<CdsCard.Suggestion> suggestions(Finding f, String programId) {
    if (!NEEDS_PREGNANCY_TEST.contains(f.code())) {
      return List.of();
    }
    ObjectNode request = json.createObjectNode();
    request.put("resourceType", "ServiceRequest");
    request.put("status", "draft").put("intent", "order");
    ObjectNode code = request.putObject("code");
    code.putArray("coding").addObject().put("system", LOINC).put("code", "2118-8");
    code.put("text", "Pregnancy test (hCG, serum)");
    request.putObject("subject").put("reference", "Patient/" + programId);
    request
        .putArray("reasonCode")
        .addObject()
        .put("text", "Isocourse " + f.rule() + " " + f.code().name());
    return List.of(
        new CdsCard.Suggestion(
            "Order a serum pregnancy test",
            UUID.randomUUID().toString(),
            true,
            List.of(
                new CdsCard.Action(
                    "create", "Order a serum hCG pregnancy test (LOINC 2118-8)", request))));
  }
}
