package com.isocourse.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an authorization shows at the counter: the day before / on / after its last dispense date,
 * for each stored status, and decisions other than AUTHORIZED shown as decided.
 */
class AuthorizationStatusTest {
  private static final LocalDate DND = LocalDate.of(2026, 12, 8);

  @ParameterizedTest(name = "{0} on {1} with {2}: {3}")
  @CsvSource({
    "AUTHORIZED, 2026-12-07, ISSUED, AUTHORIZED",
    "AUTHORIZED, 2026-12-08, ISSUED, AUTHORIZED",
    "AUTHORIZED, 2026-12-09, ISSUED, EXPIRED",
    "AUTHORIZED, 2026-12-07, CLAIMED, AUTHORIZED",
    "AUTHORIZED, 2026-12-09, CLAIMED, AUTHORIZED",
    "AUTHORIZED, 2026-12-07, REVERSED, REVERSED",
    "AUTHORIZED, 2026-12-07, EXPIRED, EXPIRED",
    "DENIED, 2026-12-09, ISSUED, DENIED",
    "INDETERMINATE, 2026-12-07, REVERSED, INDETERMINATE",
  })
  void shownVerdict(String decided, LocalDate today, AuthorizationStatus status, String shown) {
    assertThat(AuthorizationStatus.shownVerdict(decided, status, DND, today)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "ISSUED, 2026-12-08, ISSUED",
    "ISSUED, 2026-12-09, EXPIRED",
    "CLAIMED, 2026-12-09, CLAIMED",
    "REVERSED, 2026-12-01, REVERSED",
  })
  void asOf(AuthorizationStatus stored, LocalDate today, AuthorizationStatus now) {
    assertThat(stored.asOf(today, DND)).isEqualTo(now);
  }
}
