package com.isocourse.core.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;

/**
 * Invariants of {@link Decimals#holdsExactly} (docs/adr/0024): it says exactly whether a number
 * comes back unchanged through a double, and never refuses a number of 15 significant digits.
 */
class DecimalsHoldExactlyProperties {
  /** Property: whatever a double holds exactly comes back unchanged from {@link Decimals#of}. */
  @Property
  void aNumberHeldExactlyComesBackAsWritten(
      @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal written) {
    if (Decimals.holdsExactly(written)) {
      assertThat(Decimals.of(written.doubleValue())).isEqualByComparingTo(written);
    } else {
      assertThat(Decimals.of(written.doubleValue())).isNotEqualByComparingTo(written);
    }
  }

  /** Property: every number of at most 15 significant digits is held exactly. */
  @Property
  void fifteenSignificantDigitsAreAlwaysHeld(
      @ForAll @BigRange(min = "-999999999999999", max = "999999999999999") BigDecimal whole,
      @ForAll @BigRange(min = "0", max = "20") BigDecimal shift) {
    BigDecimal written = whole.setScale(0, RoundingMode.DOWN).movePointLeft(shift.intValue());
    assertThat(Decimals.holdsExactly(written)).isTrue();
  }
}
