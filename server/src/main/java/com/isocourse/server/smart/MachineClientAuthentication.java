package com.isocourse.server.smart;

import com.isocourse.server.platform.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request of a machine client: the principal is the user it acts as (so every access rule and
 * relationship check applies unchanged), with the role's authority, and the granted scopes as
 * {@code SCOPE_…} authorities that {@link ScopeFilter} narrows the routes by.
 */
final class MachineClientAuthentication extends AbstractAuthenticationToken {
  private final CurrentUser user;
  private final MachineClient client;
  private final List<String> scopes;
  private final transient Jwt token;

  MachineClientAuthentication(
      CurrentUser user, MachineClient client, List<String> scopes, Jwt token) {
    super(authorities(user, scopes));
    this.user = user;
    this.client = client;
    this.scopes = List.copyOf(scopes);
    this.token = token;
    setAuthenticated(true);
  }

  private static List<GrantedAuthority> authorities(CurrentUser user, List<String> scopes) {
    List<GrantedAuthority> a = new ArrayList<>();
    a.add(new SimpleGrantedAuthority(user.role().authority()));
    scopes.forEach(s -> a.add(new SimpleGrantedAuthority("SCOPE_" + s)));
    return a;
  }

  @Override
  public Object getCredentials() {
    return token;
  }

  @Override
  public CurrentUser getPrincipal() {
    return user;
  }

  @Override
  public String getName() {
    return user.username();
  }

  public MachineClient client() {
    return client;
  }

  public List<String> scopes() {
    return scopes;
  }
}
