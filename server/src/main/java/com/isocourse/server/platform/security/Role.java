package com.isocourse.server.platform.security;

/** The roles of the program (architecture.md): who may do what, before any relationship check. */
public enum Role {
  ADMIN,
  PRESCRIBER,
  /** Acts for exactly one prescriber, on that prescriber's patients only. */
  DESIGNEE,
  PHARMACIST,
  PATIENT;

  /** The Spring Security authority name. */
  public String authority() {
    return "ROLE_" + name();
  }
}
