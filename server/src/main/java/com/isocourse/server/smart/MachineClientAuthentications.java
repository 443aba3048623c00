package com.isocourse.server.smart;

import com.isocourse.server.platform.security.UserAccount;
import com.isocourse.server.platform.security.UserRepository;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into the request's authentication: the client must still be
 * registered and not revoked, and the user it acts as still active, on every request, so that a
 * revocation or a deactivation ends the client's access at once, not when its token expires. The
 * scopes kept are those of the token that the client still holds.
 */
@Component
class MachineClientAuthentications implements Converter<Jwt, AbstractAuthenticationToken> {
  private final MachineClientRepository clients;
  private final UserRepository users;

  public MachineClientAuthentications(MachineClientRepository clients, UserRepository users) {
    this.clients = clients;
    this.users = users;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String clientId = jwt.getClaimAsString("client_id");
    MachineClient client =
        clients
            .find(clientId)
            .filter(MachineClient::active)
            .orElseThrow(() -> new DisabledException("the machine client is revoked or unknown"));
    var user =
        users
            .findById(client.actsAsUserId())
            .filter(UserAccount::active)
            .map(UserAccount::user)
            .orElseThrow(() -> new DisabledException("the client's user is not active"));
    String scope = jwt.getClaimAsString("scope");
    List<String> scopes =
        scope == null
            ? List.of()
            : Arrays.stream(scope.split(" ")).filter(client.scopes()::contains).toList();
    return new MachineClientAuthentication(user, client, scopes, jwt);
  }
}
