package com.isocourse.contract;

import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MedicationRecord;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PrescriberReview;
import com.isocourse.core.course.SymptomReport;
import com.isocourse.core.labs.Analyte;
import com.isocourse.core.labs.LabUnit;
import com.isocourse.core.reasons.ReasonCode;
import com.isocourse.core.symptoms.SymptomCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Reads labs, medications, symptoms, mood screens and reviews (§3.2, §3.3, §6, §7). */
final class ClinicalEventReader {
  private ClinicalEventReader() {}

  static Supplier<CourseEvent> lab(JsonFields e, LocalDate date) {
    String loinc = e.requiredText("loinc");
    Double value = e.requiredNumber("value");
    if (value != null && value < 0) {
      e.error("value", "not-negative", "must not be negative");
    }
    LabUnit unit = e.requiredCode("unit", LabUnit::fromCode, "unit", Codes.units());
    Optional<Analyte> analyte = loinc == null ? Optional.empty() : Analyte.fromLoinc(loinc);
    if (unit != null && analyte.isPresent() && !analyte.get().accepts(unit)) {
      Analyte a = analyte.get();
      e.error(
          "unit",
          unit.code()
              + " is not a unit for LOINC "
              + loinc
              + " ("
              + a.name()
              + "; expected "
              + a.canonicalUnit().code()
              + " or "
              + a.alternateUnit().code()
              + ")");
    }
    Optional<Double> referenceHigh = e.optionalNumber("referenceHigh");
    if (referenceHigh.isPresent() && referenceHigh.get() <= 0) {
      e.error("referenceHigh", "more-than-zero", "must be positive");
    }
    return () -> new LabResult(date, loinc, value, unit, referenceHigh);
  }

  static Supplier<CourseEvent> medication(JsonFields e, LocalDate date) {
    String name = e.requiredText("name");
    Optional<String> rxnorm = e.optionalCodeText("rxnorm");
    Optional<String> route = e.optionalText("route");
    Optional<LocalDate> start = e.optionalDate("start");
    Optional<LocalDate> end = e.optionalDate("end");
    LocalDate from = start.orElse(date);
    if (from != null && end.isPresent() && end.get().isBefore(from)) {
      e.error("end", "must not be before the start date " + from);
    }
    return () -> new MedicationRecord(date, name, rxnorm, route, from, end);
  }

  static Supplier<CourseEvent> symptom(JsonFields e, LocalDate date) {
    SymptomCode code =
        e.requiredCode("code", SymptomCode::fromCode, "symptom code", Codes.symptoms());
    Optional<String> note = e.optionalText("note");
    return () -> new SymptomReport(date, code, note);
  }

  static Supplier<CourseEvent> moodScreen(JsonFields e, LocalDate date) {
    MoodScreen.Instrument instrument =
        e.requiredCode(
            "instrument", MoodScreen.Instrument::fromCode, "instrument", Codes.instruments());
    Integer total = e.requiredWhole("total", 0);
    if (instrument != null && total != null && total > instrument.maxTotal()) {
      e.error(
          "total", "must be between 0 and " + instrument.maxTotal() + " for " + instrument.code());
    }
    Optional<Integer> item9 =
        instrument == MoodScreen.Instrument.PHQ9
            ? Optional.ofNullable(e.requiredWhole("item9", 0))
            : e.optionalWhole("item9", 0);
    if (item9.isPresent() && item9.get() > 3) {
      e.error("item9", "must be between 0 and 3");
    }
    return () -> new MoodScreen(date, instrument, total, item9);
  }

  static Supplier<CourseEvent> review(JsonFields e, LocalDate date) {
    Set<ReasonCode> clears = EnumSet.noneOf(ReasonCode.class);
    if (e.required("clears")) {
      List<String> codes = e.textArray("clears");
      for (int i = 0; i < codes.size(); i++) {
        e.code(
                "clears[" + i + "]",
                codes.get(i),
                ReasonCode::fromName,
                "review code",
                Codes.reviewCodes())
            .ifPresent(clears::add);
      }
    }
    Optional<String> note = e.optionalText("note");
    return () -> new PrescriberReview(date, clears, note);
  }
}
