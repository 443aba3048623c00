package com.isocourse.server.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for machine clients (pharmacy systems). Only a SHA-256 of each token is stored: the
 * token is shown once, when an admin issues it, and a revoked token stops working at once.
 */
@Service
public class ApiTokenService {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final UserRepository users;

  public ApiTokenService(JdbcClient jdbc, UserRepository users) {
    this.jdbc = jdbc;
    this.users = users;
  }

  /** A newly issued token: its id (for revoking) and the secret itself. */
  public record IssuedToken(long id, long userId, String name, String token) {}

  /** A token as listed to admins, without the secret. */
  public record TokenInfo(long id, long userId, String name, boolean revoked) {}

  public IssuedToken issue(long userId, String name) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "ict_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    long id =
        jdbc.sql("insert into api_token (user_id, name, token_hash) values (?, ?, ?) returning id")
            .params(userId, name, hash(token))
            .query(Long.class)
            .single();
    return new IssuedToken(id, userId, name, token);
  }

  public boolean revoke(long tokenId) {
    return jdbc.sql("update api_token set revoked_at = now() where id = ? and revoked_at is null")
            .param(tokenId)
            .update()
        == 1;
  }

  public List<TokenInfo> list() {
    return jdbc.sql(
            "select id, user_id, name, revoked_at is not null as revoked from api_token"
                + " order by id")
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getLong("id"),
                    rs.getLong("user_id"),
                    rs.getString("name"),
                    rs.getBoolean("revoked")))
        .list();
  }

  /** The active user a live token belongs to. */
  public Optional<CurrentUser> authenticate(String token) {
    // The token and its user in one round trip.
    return users.findByTokenHash(hash(token)).filter(UserAccount::active).map(UserAccount::user);
  }

  static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
