package com.isocourse.contract;

import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.Dispense;
import com.isocourse.core.course.DispensedCapsules;
import com.isocourse.core.course.Formulation;
import com.isocourse.core.course.PrescribedCapsule;
import com.isocourse.core.course.Prescription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads prescriptions, dispenses and capsule lists (ALL-RX, ALL-QTY, ALL-FORMULATION, §4). */
final class SupplyEventReader {
  private SupplyEventReader() {}

  static Supplier<CourseEvent> prescription(JsonFields e, LocalDate date) {
    String id = e.requiredText("id");
    Optional<Formulation> formulation = formulation(e);
    List<PrescribedCapsule> capsules = new ArrayList<>();
    if (e.required("capsules")) {
      List<JsonFields> items = e.objects("capsules");
      if (items.isEmpty() && e.has("capsules")) {
        e.error("capsules", "must list at least one capsule strength");
      }
      for (JsonFields c : items) {
        Integer strength = c.requiredWhole("strengthMg", 1);
        Integer morning = c.requiredWhole("morning", 0);
        Integer evening = c.requiredWhole("evening", 0);
        if (strength != null && morning != null && evening != null) {
          capsules.add(new PrescribedCapsule(strength, morning, evening));
        }
      }
    }
    Integer daysSupply = e.requiredWhole("daysSupply", 1);
    Integer refills = e.requiredWhole("refills", 0);
    boolean cancelled = e.optionalBoolean("cancelled").orElse(false);
    return () -> new Prescription(date, id, formulation, capsules, daysSupply, refills, cancelled);
  }

  static Supplier<CourseEvent> dispense(JsonFields e, LocalDate date) {
    String prescriptionId = e.requiredText("prescriptionId");
    List<DispensedCapsules> capsules =
        e.required("capsules") ? dispensedCapsules(e, "capsules") : List.of();
    return () -> new Dispense(date, prescriptionId, capsules);
  }

  /** Capsules handed over, [{strengthMg, count, formulation}], in a dispense or a request. */
  static List<DispensedCapsules> dispensedCapsules(JsonFields parent, String field) {
    List<DispensedCapsules> out = new ArrayList<>();
    for (JsonFields c : parent.objects(field)) {
      Integer strength = c.requiredWhole("strengthMg", 1);
      Integer count = c.requiredWhole("count", 0);
      Optional<Formulation> formulation = formulation(c);
      if (strength != null && count != null) {
        out.add(new DispensedCapsules(strength, count, formulation));
      }
    }
    return out;
  }

  private static Optional<Formulation> formulation(JsonFields e) {
    return e.optionalCode(
        "formulation", Formulation::fromCode, "formulation", Codes.formulations());
  }
}
