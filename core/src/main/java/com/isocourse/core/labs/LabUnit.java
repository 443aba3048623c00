package com.isocourse.core.labs;

import java.util.Optional;

/** Units accepted for lab values (rules.md §7). Anything else is an input error, never a guess. */
public enum LabUnit {
  MG_PER_DL("mg/dL"),
  MMOL_PER_L("mmol/L"),
  UNITS_PER_L("U/L"),
  MICROKATAL_PER_L("µkat/L");

  private final String code;

  LabUnit(String code) {
    this.code = code;
  }

  /** The UCUM-like spelling used in the contract. */
  public String code() {
    return code;
  }

  /** Parses a unit, accepting "ukat/L" and "μkat/L" (Greek mu) as spellings of µkat/L. */
  public static Optional<LabUnit> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().replace('μ', 'µ');
    if (c.equals("ukat/L")) {
      c = "µkat/L";
    }
    for (LabUnit u : values()) {
      if (u.code.equals(c)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
