package com.isocourse.server.platform.security;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user and the relationships that limit what they see: a designee's prescriber, a
 * pharmacist's pharmacy, a patient's own record. Stored in the session, so it holds no patient data
 * beyond ids.
 */
public record CurrentUser(
    long id,
    String username,
    Role role,
    String displayName,
    Long actsForId,
    Long pharmacyId,
    Long patientId)
    implements Serializable, AuthenticatedPrincipal {

  /**
   * The principal's name is the username: Spring Session indexes sessions by it, and without this
   * the whole record (display name included) would be stored as the name.
   */
  @Override
  @JsonIgnore
  public String getName() {
    return username;
  }

  /**
   * The prescriber whose patients this user may see: themselves for a prescriber, the prescriber
   * they act for for a designee, nobody otherwise.
   */
  public Optional<Long> prescriberScope() {
    return switch (role) {
      case PRESCRIBER -> Optional.of(id);
      case DESIGNEE -> Optional.ofNullable(actsForId);
      default -> Optional.empty();
    };
  }
}
