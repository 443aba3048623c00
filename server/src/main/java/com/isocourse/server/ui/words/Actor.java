package com.isocourse.server.ui.words;

/** Who must act to resolve a reason. */
public enum Actor {
  PATIENT("Patient"),
  PRESCRIBER("Prescriber"),
  PHARMACY("Pharmacy"),
  PROGRAM("Program office");

  private final String label;

  Actor(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A CSS-friendly lowercase name. */
  public String css() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
