package com.isocourse.core.archfixtures.cycle.b;

import com.isocourse.core.archfixtures.cycle.a.Prescribing;

/** The other half of a planted package cycle: b → a. */
public final class Dispensing {
  private Dispensing() {}

  public static int prescribed() {
    return Prescribing.count();
  }
}
