package com.isocourse.core.course;

/** iPLEDGE risk category (rules.md §1). Tubal ligation does not make a patient PCNGP. */
public enum RiskCategory {
  /** PCGP: patient who can get pregnant. */
  CAN_GET_PREGNANT,
  /** PCNGP: patient who cannot get pregnant. */
  CANNOT_GET_PREGNANT
}
