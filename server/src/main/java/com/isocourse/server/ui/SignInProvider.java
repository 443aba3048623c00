package com.isocourse.server.ui;

import com.isocourse.server.platform.security.LoginService;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in through the API's {@link LoginService}: the same password check, the same lockout
 * after repeated failures, and the same {@code CurrentUser} principal in the session.
 */
final class SignInProvider implements AuthenticationProvider {
  private final LoginService logins;

  SignInProvider(LoginService logins) {
    this.logins = logins;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails d
            ? d.getRemoteAddress()
            : null;
    return switch (logins.login(username, password, address)) {
      case LoginService.Result.SignedIn s ->
          UsernamePasswordAuthenticationToken.authenticated(
              s.user(), null, List.of(new SimpleGrantedAuthority(s.user().role().authority())));
      case LoginService.Result.Rejected r ->
          throw new BadCredentialsException("wrong username or password");
      case LoginService.Result.Locked l -> throw new LockedException("locked");
    };
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
