package com.isocourse.core.course;

import java.util.Optional;

/**
 * Contraception method codes (rules.md §3.4). The progestin-only pill is neither primary nor
 * secondary: it may be listed but never fills a method slot.
 */
public enum ContraceptionMethod {
  TUBAL_LIGATION("tubal-ligation", Kind.PRIMARY),
  PARTNER_VASECTOMY("partner-vasectomy", Kind.PRIMARY),
  IUD("iud", Kind.PRIMARY),
  IMPLANT("implant", Kind.PRIMARY),
  COMBINED_PILL("combined-pill", Kind.PRIMARY),
  PATCH("patch", Kind.PRIMARY),
  RING("ring", Kind.PRIMARY),
  INJECTION("injection", Kind.PRIMARY),
  MALE_CONDOM("male-condom", Kind.SECONDARY),
  DIAPHRAGM("diaphragm", Kind.SECONDARY),
  CERVICAL_CAP("cervical-cap", Kind.SECONDARY),
  SPONGE("sponge", Kind.SECONDARY),
  PROGESTIN_ONLY_PILL("progestin-only-pill", Kind.NEITHER);

  /** How a method counts toward the requirement. */
  public enum Kind {
    PRIMARY,
    SECONDARY,
    NEITHER
  }

  private final String code;
  private final Kind kind;

  ContraceptionMethod(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  public static Optional<ContraceptionMethod> fromCode(String code) {
    for (ContraceptionMethod m : values()) {
      if (m.code.equals(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
