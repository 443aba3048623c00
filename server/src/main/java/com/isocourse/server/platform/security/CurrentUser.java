package com.isocourse.server.platform.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in person, one type per role (ADR 0021): each carries exactly the relationship that
 * limits what that role sees (a designee's prescriber, a pharmacist's pharmacy, a patient's own
 * record), never null, so a use case asks "who is this?" with an exhaustive {@code switch} and a
 * new role fails the build wherever it is not handled. Stored in the session (Java serialization
 * under Spring Session JDBC), so it holds no patient data beyond ids; the stored class is the role,
 * so a session cannot be read back as another role.
 */
public sealed interface CurrentUser extends Serializable, AuthenticatedPrincipal {

  long id();

  String username();

  String displayName();

  /** The role this type stands for, for Spring Security's authority and for storage. */
  Role role();

  /**
   * The principal's name is the username: Spring Session indexes sessions by it, and without this
   * the whole record (display name included) would be stored as the name.
   */
  @Override
  default String getName() {
    return username();
  }

  /**
   * The prescriber whose patients this user may see: themselves for a prescriber, the prescriber
   * they act for for a designee, nobody otherwise.
   */
  default Optional<Long> prescriberScope() {
    return switch (this) {
      case Prescriber p -> Optional.of(p.id());
      case Designee d -> Optional.of(d.actsFor());
      case Admin a -> Optional.empty();
      case Pharmacist p -> Optional.empty();
      case PatientUser p -> Optional.empty();
    };
  }

  /**
   * The person a stored account row stands for. The relationship the role needs must be there:
   * every path that creates or changes a user (enrollment, the admin pages and API, the create-user
   * command) refuses a designee without a prescriber or a pharmacist without a pharmacy; the
   * relationships a role does not have are ignored.
   *
   * @throws IllegalStateException for a row whose role lacks its relationship
   */
  static CurrentUser of(
      long id,
      String username,
      Role role,
      String displayName,
      Long actsForId,
      Long pharmacyId,
      Long patientId) {
    return switch (role) {
      case ADMIN -> new Admin(id, username, displayName);
      case PRESCRIBER -> new Prescriber(id, username, displayName);
      case DESIGNEE ->
          new Designee(id, username, displayName, required(actsForId, id, "prescriber"));
      case PHARMACIST ->
          new Pharmacist(id, username, displayName, required(pharmacyId, id, "pharmacy"));
      case PATIENT ->
          new PatientUser(id, username, displayName, required(patientId, id, "patient"));
    };
  }

  private static long required(Long relation, long id, String what) {
    if (relation == null) {
      throw new IllegalStateException("user " + id + " has no " + what + " for their role");
    }
    return relation;
  }

  private static void named(String username, String displayName) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
  }

  /** Runs the clinic's accounts, pharmacies, tokens and policy; sees no patient's record. */
  record Admin(long id, String username, String displayName) implements CurrentUser {
    public Admin {
      named(username, displayName);
    }

    @Override
    public Role role() {
      return Role.ADMIN;
    }
  }

  /** Prescribes for their own patients. */
  record Prescriber(long id, String username, String displayName) implements CurrentUser {
    public Prescriber {
      named(username, displayName);
    }

    @Override
    public Role role() {
      return Role.PRESCRIBER;
    }
  }

  /** Acts for exactly one prescriber, {@code actsFor}, on that prescriber's patients only. */
  record Designee(long id, String username, String displayName, long actsFor)
      implements CurrentUser {
    public Designee {
      named(username, displayName);
    }

    @Override
    public Role role() {
      return Role.DESIGNEE;
    }
  }

  /** Dispenses at one pharmacy, {@code pharmacyId}, whose dispenses they alone may see. */
  record Pharmacist(long id, String username, String displayName, long pharmacyId)
      implements CurrentUser {
    public Pharmacist {
      named(username, displayName);
    }

    @Override
    public Role role() {
      return Role.PHARMACIST;
    }
  }

  /** A patient signed in to their own record, {@code patientId}, and nobody else's. */
  record PatientUser(long id, String username, String displayName, long patientId)
      implements CurrentUser {
    public PatientUser {
      named(username, displayName);
    }

    @Override
    public Role role() {
      return Role.PATIENT;
    }
  }
}
