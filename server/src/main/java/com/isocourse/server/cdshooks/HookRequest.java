package com.isocourse.server.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CDS Hooks 2.0 request as read at the edge: hook, hookInstance, the context's patient id (the
 * Isocourse program ID), the draft MedicationRequests the hook is about and the prefetched Patient
 * if the client sent one. Anything missing or of the wrong shape is a 400 naming the field.
 *
 * @param orders for {@code order-select} the selected draft orders, for {@code order-sign} all of
 *     them, empty for {@code patient-view}
 */
record HookRequest(
    String hook, String hookInstance, String patientId, List<JsonNode> orders, JsonNode patient) {

  static HookRequest read(CdsService service, JsonNode body) {
    List<FieldProblem> problems = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw InvalidInputException.of("body", "must be a CDS Hooks request object");
    }
    String hook = text(body, "hook", "hook", problems);
    if (hook != null && !hook.equals(service.hook())) {
      problems.add(new FieldProblem("hook", "must be " + service.hook() + " for this service"));
    }
    String instance = text(body, "hookInstance", "hookInstance", problems);
    JsonNode context = body.get("context");
    String patientId = null;
    List<JsonNode> orders = List.of();
    if (context == null || !context.isObject()) {
      problems.add(new FieldProblem("context", "is required and must be an object"));
    } else {
      patientId = text(context, "patientId", "context.patientId", problems);
      if (service.aboutOrders()) {
        orders = orders(service, context, problems);
      }
    }
    JsonNode patient = body.path("prefetch").path("patient");
    if (!patient.isMissingNode() && !patient.isNull() && !patient.isObject()) {
      problems.add(new FieldProblem("prefetch.patient", "must be a Patient resource"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new HookRequest(hook, instance, patientId, orders, patient.isObject() ? patient : null);
  }

  private static List<JsonNode> orders(
      CdsService service, JsonNode context, List<FieldProblem> problems) {
    JsonNode bundle = context.get("draftOrders");
    if (bundle == null || !bundle.isObject()) {
      problems.add(new FieldProblem("context.draftOrders", "is required and must be a Bundle"));
      return List.of();
    }
    if (!"Bundle".equals(bundle.path("resourceType").asText())) {
      problems.add(new FieldProblem("context.draftOrders.resourceType", "must be Bundle"));
    }
    JsonNode entries = bundle.path("entry");
    if (!entries.isMissingNode() && !entries.isArray()) {
      problems.add(new FieldProblem("context.draftOrders.entry", "must be an array"));
      return List.of();
    }
    Set<String> selected = selections(service, context, problems);
    List<JsonNode> out = new ArrayList<>();
    int i = 0;
    for (JsonNode entry : entries) {
      JsonNode r = entry.path("resource");
      if (!r.isObject() || !r.path("resourceType").isTextual()) {
        problems.add(
            new FieldProblem(
                "context.draftOrders.entry[" + i + "].resource", "must be a FHIR resource"));
      } else if (r.path("resourceType").asText().equals("MedicationRequest")
          && (selected == null
              || selected.contains("MedicationRequest/" + r.path("id").asText()))) {
        out.add(r);
      }
      i++;
    }
    return out;
  }

  /** order-select's selections ("MedicationRequest/id"); null when every draft order counts. */
  private static Set<String> selections(
      CdsService service, JsonNode context, List<FieldProblem> problems) {
    if (!service.hook().equals("order-select")) {
      return null;
    }
    JsonNode s = context.get("selections");
    if (s == null || !s.isArray()) {
      problems.add(
          new FieldProblem("context.selections", "is required and must be an array of ids"));
      return null;
    }
    Set<String> out = new HashSet<>();
    s.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static String text(JsonNode node, String name, String field, List<FieldProblem> out) {
    JsonNode v = node.get(name);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      out.add(new FieldProblem(field, "is required and must be a non-empty string"));
      return null;
    }
    return v.asText().strip();
  }

  /** The prefetched Patient's program ID, if the client sent one. */
  Optional<String> prefetchedProgramId() {
    if (patient == null) {
      return Optional.empty();
    }
    for (JsonNode id : patient.path("identifier")) {
      if (PrescribingAdvice.PROGRAM_ID_SYSTEM.equals(id.path("system").asText())) {
        return Optional.of(id.path("value").asText());
      }
    }
    return Optional.of(patient.path("id").asText());
  }
}
