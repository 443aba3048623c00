package com.isocourse.core.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which written numbers a double holds exactly (rules.md §3 exact thresholds, docs/adr/0024): those
 * are compared as written; the others are refused at the edge, because they would be compared as
 * another number at a limit (120.000000000000001 U/L read as 120 misses the SAFE-ALT stop).
 */
class DecimalsHoldExactlyTest {

  @ParameterizedTest(name = "{0}: held exactly = {1}")
  @CsvSource({
    // the spec's own examples and everyday values
    "1.74, true",
    "0.58, true",
    "70.4, true",
    "7040, true",
    "0.1, true",
    "880, true",
    "879.99, true",
    "9.9435, true",
    // 15 significant digits: always held
    "123456789012345, true",
    "1.23456789012345, true",
    "0.000000000000001, true",
    // just below / at / above a limit by more digits than a double carries
    "879.99999999999999, false",
    "120.000000000000001, false",
    "2.0000000000000001, false",
    "39.9999999999999999, false",
    // a whole number beyond 2^53 that a double cannot carry
    "9007199254740993, false",
    // 2^53 itself is held
    "9007199254740992, true",
    // trailing zeros do not matter
    "880.000000000000000000, true",
    // beyond the range of a double
    "1e400, false",
  })
  void heldExactlyOrNot(String written, boolean held) {
    assertThat(Decimals.holdsExactly(new BigDecimal(written))).isEqualTo(held);
  }
}
