package com.isocourse.server.cdshooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One CDS service of the discovery document (CDS Hooks 2.0 §Discovery): the hook it answers, its
 * id, title and description, and the prefetch templates the CDS client should fill in.
 */
record CdsService(
    String hook, String title, String description, String id, Map<String, String> prefetch) {

  private static final Map<String, String> PATIENT =
      Map.of("patient", "Patient/{{context.patientId}}");

  /** The services Isocourse offers, in discovery order. */
  static final List<CdsService> ALL =
      List.of(
          new CdsService(
              "order-sign",
              "Isocourse isotretinoin dispense check",
              "When an isotretinoin order is signed, shows what blocks the next fill (critical),"
                  + " what is missing (warning) and what is due (info), from the same decision"
                  + " the pharmacy gets. The patient's id is the Isocourse program ID.",
              "isocourse-order-sign",
              PATIENT),
          new CdsService(
              "order-select",
              "Isocourse isotretinoin order check",
              "When isotretinoin is selected for ordering, shows what blocks the next fill, what"
                  + " is missing and what is due.",
              "isocourse-order-select",
              PATIENT),
          new CdsService(
              "patient-view",
              "Isocourse isotretinoin course status",
              "When an enrolled patient's chart is opened, shows what blocks the next fill, what"
                  + " is missing and what is due.",
              "isocourse-patient-view",
              PATIENT));

  static Optional<CdsService> byId(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  boolean aboutOrders() {
    return hook.startsWith("order-");
  }
}
