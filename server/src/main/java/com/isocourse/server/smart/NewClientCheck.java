package com.isocourse.server.smart;

import com.isocourse.server.platform.refusal.FieldProblem;
import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.security.UserAccount;
import com.isocourse.server.platform.security.UserRepository;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a machine client to register, every field at once: a name; an active user to act as who is
 * a prescriber, designee or pharmacist (an admin's or a patient's account is never lent to a
 * machine); a JWKS of public RSA (2048 bits or more) or EC P-384 keys with no private part and no
 * symmetric key; scopes from {@link SmartScopes#SUPPORTED}.
 */
final class NewClientCheck {
  private static final Set<Role> MACHINE_ROLES =
      Set.of(Role.PRESCRIBER, Role.DESIGNEE, Role.PHARMACIST);

  private NewClientCheck() {}

  /** The JWKS to store (public keys only, as JSON), or an {@link InvalidInputException}. */
  static String check(MachineClientAdminController.NewMachineClient c, UserRepository users) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.name() == null || c.name().isBlank()) {
      problems.add(new FieldProblem("name", "must not be blank"));
    } else if (c.name().length() > 200) {
      problems.add(new FieldProblem("name", "at most 200 characters"));
    }
    if (c.actsAsUserId() == null) {
      problems.add(new FieldProblem("actsAsUserId", "must not be null"));
    } else {
      var user = users.findById(c.actsAsUserId());
      if (user.isEmpty()) {
        problems.add(new FieldProblem("actsAsUserId", "no such user"));
      } else if (!user.get().active()) {
        problems.add(new FieldProblem("actsAsUserId", "the user is not active"));
      } else if (!MACHINE_ROLES.contains(user.map(UserAccount::user).orElseThrow().role())) {
        problems.add(
            new FieldProblem(
                "actsAsUserId", "a machine client acts as a prescriber, designee or pharmacist"));
      }
    }
    String jwks = jwks(c, problems);
    if (c.scopes() == null || c.scopes().isEmpty()) {
      problems.add(new FieldProblem("scopes", "at least one scope"));
    } else {
      for (int i = 0; i < c.scopes().size(); i++) {
        if (!SmartScopes.isSupported(c.scopes().get(i))) {
          problems.add(
              new FieldProblem(
                  "scopes[" + i + "]", "not a supported scope: one of " + SmartScopes.SUPPORTED));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return jwks;
  }

  private static String jwks(
      MachineClientAdminController.NewMachineClient c, List<FieldProblem> problems) {
    if (c.jwks() == null || !c.jwks().isObject()) {
      problems.add(new FieldProblem("jwks", "a JWKS object: {\"keys\": [...]}"));
      return null;
    }
    JWKSet set;
    try {
      set = JWKSet.parse(c.jwks().toString());
    } catch (ParseException e) {
      problems.add(new FieldProblem("jwks", "not a JWKS: " + e.getMessage()));
      return null;
    }
    if (set.getKeys().isEmpty()) {
      problems.add(new FieldProblem("jwks.keys", "at least one public key"));
      return null;
    }
    int before = problems.size();
    for (int i = 0; i < set.getKeys().size(); i++) {
      JWK key = set.getKeys().get(i);
      String field = "jwks.keys[" + i + "]";
      if (key.isPrivate()) {
        problems.add(new FieldProblem(field, "holds a private key part: send the public key only"));
      } else if (key instanceof RSAKey rsa) {
        if (rsa.size() < 2048) {
          problems.add(new FieldProblem(field, "an RSA key has at least 2048 bits"));
        }
      } else if (key instanceof ECKey ec) {
        if (!Curve.P_384.equals(ec.getCurve())) {
          problems.add(new FieldProblem(field, "an EC key for ES384 is on the curve P-384"));
        }
      } else {
        problems.add(new FieldProblem(field, "only RSA or EC public keys"));
      }
    }
    return problems.size() == before ? set.toString(true) : null;
  }

  /** The key ids of a stored JWKS (a key without one is listed by its thumbprint). */
  static List<String> keyIds(String jwks) {
    try {
      return JWKSet.parse(jwks).getKeys().stream()
          .map(
              k -> {
                try {
                  return Objects.requireNonNullElse(
                      k.getKeyID(), "thumbprint " + k.computeThumbprint());
                } catch (com.nimbusds.jose.JOSEException e) {
                  return "?";
                }
              })
          .toList();
    } catch (ParseException e) {
      return List.of();
    }
  }
}
