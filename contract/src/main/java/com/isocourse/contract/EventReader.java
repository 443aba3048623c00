package com.isocourse.contract;

import com.isocourse.core.course.AcknowledgementSigned;
import com.isocourse.core.course.BodyWeight;
import com.isocourse.core.course.CapsulesReturned;
import com.isocourse.core.course.ComprehensionCompleted;
import com.isocourse.core.course.ContraceptionMethod;
import com.isocourse.core.course.ContraceptionRecord;
import com.isocourse.core.course.CounselingConfirmed;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.DoseMissed;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.WeightMeasured;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the {@code events} array (scenarios/README.md, events table). Each event's fields are read
 * and checked first; the event is built only when none of them had a problem.
 */
final class EventReader {
  static final String TYPES =
      "weight, pregnancy-test, contraception, comprehension, counseling, acknowledgement,"
          + " prescription, dispense, returned, missed-dose, lab, medication, symptom,"
          + " mood-screen, review";

  private EventReader() {}

  static List<CourseEvent> events(JsonFields doc) {
    return events(doc.objects("events"));
  }

  /** The events of already-located event objects, in order. */
  static List<CourseEvent> events(List<JsonFields> objects) {
    List<CourseEvent> out = new ArrayList<>(objects.size());
    for (JsonFields e : objects) {
      event(e).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<CourseEvent> event(JsonFields e) {
    int before = e.errorCount();
    String type = e.requiredText("type");
    LocalDate date = e.requiredDate("date");
    if (type == null) {
      return Optional.empty();
    }
    Supplier<CourseEvent> build = builder(type, e, date);
    if (build == null || e.errorCount() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException ex) {
      e.errorHere(ex.getMessage());
      return Optional.empty();
    }
  }

  private static Supplier<CourseEvent> builder(String type, JsonFields e, LocalDate date) {
    return switch (type) {
      case "weight" -> weight(e, date);
      case "pregnancy-test" -> pregnancyTest(e, date);
      case "contraception" -> contraception(e, date);
      case "comprehension" -> comprehension(e, date);
      case "counseling" -> () -> new CounselingConfirmed(date);
      case "acknowledgement" -> () -> new AcknowledgementSigned(date);
      case "prescription" -> SupplyEventReader.prescription(e, date);
      case "dispense" -> SupplyEventReader.dispense(e, date);
      case "returned" -> returned(e, date);
      case "missed-dose" -> missedDose(e, date);
      case "lab" -> ClinicalEventReader.lab(e, date);
      case "medication" -> ClinicalEventReader.medication(e, date);
      case "symptom" -> ClinicalEventReader.symptom(e, date);
      case "mood-screen" -> ClinicalEventReader.moodScreen(e, date);
      case "review" -> ClinicalEventReader.review(e, date);
      default -> {
        e.error("type", "unknown event type '" + type + "' (expected " + TYPES + ")");
        yield null;
      }
    };
  }

  private static Supplier<CourseEvent> weight(JsonFields e, LocalDate date) {
    Double kg = e.requiredNumber("kg");
    if (kg != null && !(kg >= BodyWeight.MIN_KG && kg <= BodyWeight.MAX_KG)) {
      e.error("kg", "must be between 1 and 400");
    }
    return () -> new WeightMeasured(date, new BodyWeight(kg));
  }

  private static Supplier<CourseEvent> pregnancyTest(JsonFields e, LocalDate date) {
    PregnancyTest.Result result =
        e.requiredCode(
            "result",
            code -> parse(PregnancyTest.Result.class, code),
            "result",
            "negative, positive");
    Optional<PregnancyTest.Setting> setting =
        e.optionalCode(
            "setting",
            code -> parse(PregnancyTest.Setting.class, code),
            "setting",
            "clinic, lab, home");
    return () -> new PregnancyTest(date, result, setting);
  }

  private static Supplier<CourseEvent> contraception(JsonFields e, LocalDate date) {
    List<ContraceptionMethod> methods = new ArrayList<>();
    List<String> codes = e.textArray("methods");
    for (int i = 0; i < codes.size(); i++) {
      e.code(
              "methods[" + i + "]",
              codes.get(i),
              ContraceptionMethod::fromCode,
              "contraception method",
              Codes.methods())
          .ifPresent(methods::add);
    }
    boolean abstinence = e.optionalBoolean("abstinence").orElse(false);
    LocalDate since = e.requiredDate("since");
    return () -> new ContraceptionRecord(date, methods, abstinence, since);
  }

  private static Supplier<CourseEvent> comprehension(JsonFields e, LocalDate date) {
    Boolean passed = e.requiredBoolean("passed");
    return () -> new ComprehensionCompleted(date, passed);
  }

  private static Supplier<CourseEvent> returned(JsonFields e, LocalDate date) {
    Double mg = nonNegativeMg(e);
    return () -> new CapsulesReturned(date, mg);
  }

  private static Supplier<CourseEvent> missedDose(JsonFields e, LocalDate date) {
    Double mg = nonNegativeMg(e);
    return () -> new DoseMissed(date, mg);
  }

  private static Double nonNegativeMg(JsonFields e) {
    Double mg = e.requiredNumber("mg");
    if (mg != null && mg < 0) {
      e.error("mg", "not-negative", "must not be negative");
    }
    return mg;
  }

  /** Lower-case contract spellings of an enum's constants ("negative", "clinic"). */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
