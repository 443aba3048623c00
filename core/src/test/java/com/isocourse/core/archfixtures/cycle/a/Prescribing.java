package com.isocourse.core.archfixtures.cycle.a;

import com.isocourse.core.archfixtures.cycle.b.Dispensing;

/** One half of a planted package cycle: a → b. */
public final class Prescribing {
  private Prescribing() {}

  public static int dispensed() {
    return Dispensing.prescribed() + 1;
  }

  public static int count() {
    return 1;
  }
}
