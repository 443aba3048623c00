package com.isocourse.server.platform.security;

/**
 * A person as the JSON API shows them ({@code /api/session}, the admin's user list): one flat shape
 * for every role, with the relationships a role does not have left null. An edge format only; the
 * server itself reads the role types of {@link CurrentUser} (ADR 0021).
 */
public record AccountView(
    long id,
    String username,
    Role role,
    String displayName,
    Long actsForId,
    Long pharmacyId,
    Long patientId) {

  public static AccountView of(CurrentUser user) {
    return switch (user) {
      case CurrentUser.Admin a -> flat(a, null, null, null);
      case CurrentUser.Prescriber p -> flat(p, null, null, null);
      case CurrentUser.Designee d -> flat(d, d.actsFor(), null, null);
      case CurrentUser.Pharmacist p -> flat(p, null, p.pharmacyId(), null);
      case CurrentUser.PatientUser p -> flat(p, null, null, p.patientId());
    };
  }

  private static AccountView flat(CurrentUser u, Long actsFor, Long pharmacy, Long patient) {
    return new AccountView(
        u.id(), u.username(), u.role(), u.displayName(), actsFor, pharmacy, patient);
  }
}
