package com.isocourse.server.fhir;

import com.isocourse.core.course.CourseEvent;
import com.isocourse.core.course.LabResult;
import com.isocourse.core.course.MoodScreen;
import com.isocourse.core.course.PregnancyTest;
import com.isocourse.core.course.WeightMeasured;
import com.isocourse.server.patients.PatientRecord;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * The measured facts of a course as Observations, from core's event types (rules.md §7 codes): labs
 * with LOINC and UCUM, weight, pregnancy tests, PHQ-9 / PHQ-2 totals with item 9 as a component.
 * Other events (counseling, contraception, …) are not observations and are left out.
 */
final class ObservationResources {
  /** The test setting of a pregnancy test (clinic, lab, home), as its Observation.method. */
  static final String TEST_SETTING = "https://isocourse.example/test-setting";

  /** Facts recorded by the program itself (a pregnancy test whose specimen is not recorded). */
  static final String FACT = "https://isocourse.example/fact";

  private ObservationResources() {}

  /** The event as an Observation with the stored event's id, if it is an observation. */
  static Optional<Observation> of(long eventId, CourseEvent event, PatientRecord patient) {
    Observation o =
        switch (event) {
          case LabResult lab -> lab(lab);
          case WeightMeasured w -> weight(w);
          case PregnancyTest t -> pregnancyTest(t);
          case MoodScreen m -> mood(m);
          default -> null;
        };
    if (o == null) {
      return Optional.empty();
    }
    o.setId(String.valueOf(eventId));
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setSubject(PatientResources.reference(patient));
    o.setEffective(new DateTimeType(event.date().toString()));
    return Optional.of(o);
  }

  private static Observation lab(LabResult lab) {
    Observation o = category("laboratory");
    o.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode(lab.loinc());
    lab.analyte()
        .ifPresent(a -> o.getCode().setText(a.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    String ucum = FhirCodes.ucum(lab.unit().code());
    o.setValue(quantity(lab.value(), lab.unit().code(), ucum));
    lab.referenceHigh()
        .ifPresent(h -> o.addReferenceRange().setHigh(quantity(h, lab.unit().code(), ucum)));
    return o;
  }

  private static Observation weight(WeightMeasured w) {
    Observation o = category("vital-signs");
    o.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode(FhirCodes.WEIGHT);
    o.getCode().setText("Body weight");
    o.setValue(quantity(w.weight().kg(), "kg", "kg"));
    return o;
  }

  /**
   * The stored test says its setting, not its specimen: a home test is a urine test (LOINC 2106-3);
   * a clinic or lab test is coded as the program's own fact, with no guess at the specimen.
   */
  private static Observation pregnancyTest(PregnancyTest t) {
    Observation o = category("laboratory");
    CodeableConcept code = o.getCode();
    if (t.setting().orElse(null) == PregnancyTest.Setting.HOME) {
      code.addCoding().setSystem(FhirCodes.LOINC).setCode(FhirCodes.HCG_URINE);
    } else {
      code.addCoding().setSystem(FACT).setCode("pregnancy-test");
    }
    code.setText("Pregnancy test (hCG)");
    boolean negative = t.negative();
    o.setValue(
        new CodeableConcept()
            .addCoding(
                new org.hl7.fhir.r4.model.Coding(
                    FhirCodes.SNOMED,
                    negative ? FhirCodes.NEGATIVE : FhirCodes.POSITIVE,
                    negative ? "Negative" : "Positive")));
    t.setting()
        .ifPresent(
            s ->
                o.getMethod()
                    .addCoding()
                    .setSystem(TEST_SETTING)
                    .setCode(s.name().toLowerCase(Locale.ROOT)));
    return o;
  }

  private static Observation mood(MoodScreen m) {
    Observation o = category("survey");
    boolean phq9 = m.instrument() == MoodScreen.Instrument.PHQ9;
    o.getCode()
        .addCoding()
        .setSystem(FhirCodes.LOINC)
        .setCode(phq9 ? FhirCodes.PHQ9_TOTAL : FhirCodes.PHQ2_TOTAL);
    o.getCode().setText(m.instrument().code() + " total score");
    o.setValue(new IntegerType(m.total()));
    m.item9()
        .ifPresent(
            i -> {
              var c = o.addComponent();
              c.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode(FhirCodes.PHQ9_ITEM9);
              c.getCode().setText("PHQ-9 item 9: thoughts of death or self-harm");
              c.setValue(new IntegerType(i));
            });
    return o;
  }

  private static Observation category(String code) {
    Observation o = new Observation();
    o.addCategory().addCoding().setSystem(FhirCodes.OBSERVATION_CATEGORY).setCode(code);
    return o;
  }

  /** A plain decimal: 80 not 8E+1, 1.5 not 1.50. */
  static java.math.BigDecimal decimal(double value) {
    java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private static Quantity quantity(double value, String unit, String ucum) {
    return new Quantity()
        .setValue(decimal(value))
        .setUnit(unit)
        .setSystem(FhirCodes.UCUM)
        .setCode(ucum);
  }
}
