package com.isocourse.core.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Unit conversions (rules.md §7) lose nothing: converting there and back gives the value. */
class LabUnitProperties {

  @Property
  void everyAnalyteRoundTripsThroughItsAlternateUnit(
      @ForAll Analyte analyte, @ForAll @DoubleRange(min = 0, max = 100_000) double value) {
    double canonical = analyte.toCanonical(value, analyte.alternateUnit());
    double back = analyte.fromCanonical(canonical, analyte.alternateUnit());
    assertThat(back).isCloseTo(value, within(1e-9 * Math.max(1, value)));
  }

  @Property
  void mgPerDlToMmolAndBackIsTheIdentityForLipids(
      @ForAll @DoubleRange(min = 0, max = 20_000) double mgPerDl) {
    for (Analyte lipid :
        new Analyte[] {
          Analyte.TRIGLYCERIDES,
          Analyte.TOTAL_CHOLESTEROL,
          Analyte.HDL_CHOLESTEROL,
          Analyte.LDL_CHOLESTEROL
        }) {
      double mmol = lipid.fromCanonical(mgPerDl, LabUnit.MMOL_PER_L);
      assertThat(lipid.toCanonical(mmol, LabUnit.MMOL_PER_L))
          .isCloseTo(mgPerDl, within(1e-9 * Math.max(1, mgPerDl)));
    }
  }

  @Property
  void theCanonicalUnitIsTheIdentity(
      @ForAll Analyte analyte, @ForAll @DoubleRange(min = 0, max = 100_000) double value) {
    assertThat(analyte.toCanonical(value, analyte.canonicalUnit())).isEqualTo(value);
  }
}
