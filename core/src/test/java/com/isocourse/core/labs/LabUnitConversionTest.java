package com.isocourse.core.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.isocourse.core.course.LabResult;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md §7: the units each lab is read in, and their conversion to mg/dL or U/L. */
class LabUnitConversionTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @ParameterizedTest(name = "{0} {1} {2} reads as {3} in the canonical unit")
  @CsvSource({
    "2571-8, 10.2, mmol/L, 902.7",
    "2571-8, 9.94, mmol/L, 879.69",
    "2571-8, 9.95, mmol/L, 880.575",
    "2571-8, 880, mg/dL, 880",
    "2093-3, 7.76, mmol/L, 300.0792",
    "2093-3, 301, mg/dL, 301",
    "2085-9, 1.0, mmol/L, 38.67",
    "13457-7, 2.0, mmol/L, 77.34",
    "1742-6, 2.0, µkat/L, 120",
    "1742-6, 2.0, ukat/L, 120",
    "1742-6, 2.0, μkat/L, 120",
    "1920-8, 0.5, µkat/L, 30",
    "1742-6, 41, U/L, 41"
  })
  void resultsConvertToTheCanonicalUnit(String loinc, double value, String unit, double canonical) {
    LabUnit u = LabUnit.fromCode(unit).orElseThrow();
    LabResult r = new LabResult(DAY, loinc, value, u, Optional.empty());
    assertThat(r.canonicalValue())
        .get()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
        .isCloseTo(canonical, within(1e-6));
  }

  @ParameterizedTest(name = "{1} is not a unit for LOINC {0}")
  @CsvSource({"2571-8, U/L", "2093-3, µkat/L", "1742-6, mg/dL", "1920-8, mmol/L"})
  void aUnitOfAnotherAnalyteIsAnError(String loinc, String unit) {
    LabUnit u = LabUnit.fromCode(unit).orElseThrow();
    assertThatThrownBy(() -> new LabResult(DAY, loinc, 1, u, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a unit for LOINC " + loinc);
  }

  @ParameterizedTest(name = "unit \"{0}\" is unknown, never guessed")
  @CsvSource({"mg/dl", "mmol", "IU/L", "g/L", "''"})
  void unknownUnitsAreNotGuessed(String unit) {
    assertThat(LabUnit.fromCode(unit)).isEmpty();
  }

  @Test
  void anUnknownLoincIsKeptButHasNoCanonicalValue() {
    LabResult r = new LabResult(DAY, "718-7", 13.5, LabUnit.MG_PER_DL, Optional.empty());
    assertThat(r.analyte()).isEmpty();
    assertThat(r.canonicalValue()).isEmpty();
  }

  @Test
  void theReferenceLimitConvertsWithTheValue() {
    LabResult r = new LabResult(DAY, "1742-6", 3.0, LabUnit.MICROKATAL_PER_L, Optional.of(0.75));
    assertThat(r.canonicalReferenceHigh()).contains(45.0);
  }

  @ParameterizedTest(name = "value {0} is rejected")
  @CsvSource({"-1", "NaN", "Infinity"})
  void negativeOrNonFiniteValuesAreRejected(double value) {
    assertThatThrownBy(
            () -> new LabResult(DAY, "2571-8", value, LabUnit.MG_PER_DL, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
