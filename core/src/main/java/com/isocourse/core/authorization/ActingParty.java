package com.isocourse.core.authorization;

/** Who must act to meet a requirement of a dispense (rules.md §3): the one a finding names. */
public enum ActingParty {
  /** The prescriber or her office: enrollment, prescriptions, reviews, counseling, records. */
  PRESCRIBER,
  /** The patient: pregnancy tests, contraception in use, comprehension questions, forms. */
  PATIENT,
  /** The pharmacy: its registration, what it hands over and when. */
  PHARMACY
}
