package com.isocourse.server.smart;

import java.time.Instant;
import java.util.List;

/**
 * A registered machine client: who it is, the public keys (a JWKS, JSON) that sign its assertions,
 * the scopes it may ask for and the user it acts as. Revoked when {@code revokedAt} is set.
 */
public record MachineClient(
    String clientId,
    String name,
    long actsAsUserId,
    String jwks,
    List<String> scopes,
    Instant createdAt,
    Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
