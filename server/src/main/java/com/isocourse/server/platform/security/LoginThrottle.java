package com.isocourse.server.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling state in PostgreSQL (shared by every instance), moved only by atomic {@code
 * UPDATE … RETURNING} statements so parallel guesses are each counted.
 *
 * <ul>
 *   <li>Per account and client address: after {@value #ADDRESS_LIMIT} failures the account is
 *       locked for that address, for 1, 2, 4 … minutes (at most an hour); every further refused
 *       attempt from there extends it. The right user at another address is unaffected.
 *   <li>Per account: after {@value #ACCOUNT_CEILING} failures from any addresses within {@value
 *       #ACCOUNT_WINDOW_MINUTES} minutes of each other the account is locked everywhere for {@value
 *       #ACCOUNT_LOCK_MINUTES} minutes, never longer, so a stranger cannot keep a pharmacist out
 *       for long while guessing spread over many addresses is still slowed.
 * </ul>
 */
@Repository
public class LoginThrottle {
  static final int ADDRESS_LIMIT = 5;
  static final int ACCOUNT_CEILING = 20;
  static final int ACCOUNT_WINDOW_MINUTES = 15;
  static final int ACCOUNT_LOCK_MINUTES = 5;

  /** The account's new failure count: a quiet spell starts it over. */
  private static final String ACCOUNT_FAILURES =
      "(case when last_failed_login_at is null or last_failed_login_at < now() - interval '"
          + ACCOUNT_WINDOW_MINUTES
          + " minutes' then 1 else failed_logins + 1 end)";

  /** The address's new failure count: an hour without failures and without a lock starts over. */
  private static final String ADDRESS_FAILURES =
      "(case when t.last_failure_at < now() - interval '1 hour'"
          + " and coalesce(t.locked_until, '-infinity') < now() then 1 else t.failures + 1 end)";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  /** A lock in force: whom, from where ({@code null}: every address), how many failures, until. */
  public record Lock(
      long userId, String username, String clientAddress, int failures, Instant lockedUntil) {}

  /** Until when this account is locked for this address, if it is. */
  public Optional<Instant> lockedUntil(long userId, String address) {
    return jdbc.sql(
            "select greatest(u.locked_until, t.locked_until) from app_user u"
                + " left join login_throttle t on t.user_id = u.id and t.client_address = ?"
                + " where u.id = ? and greatest(u.locked_until, t.locked_until) > now()")
        .params(address, userId)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  /**
   * Counts one refused attempt on both counters in one transaction (account row first, as every
   * writer here does) and answers until when the account is now locked for this address, if it is.
   */
  public Optional<Instant> recordFailure(long userId, String address) {
    return tx.execute(
        s -> {
          List<Timestamp> accountRow =
              jdbc.sql(
                      "update app_user set failed_logins = "
                          + ACCOUNT_FAILURES
                          + ", locked_until = case when "
                          + ACCOUNT_FAILURES
                          + " >= "
                          + ACCOUNT_CEILING
                          + " and coalesce(locked_until, '-infinity') <= now() then now() +"
                          + " interval '"
                          + ACCOUNT_LOCK_MINUTES
                          + " minutes' else locked_until end, last_failed_login_at = now()"
                          + " where id = ? returning locked_until")
                  .param(userId)
                  .query((rs, n) -> rs.getTimestamp(1))
                  .list();
          Timestamp account = accountRow.isEmpty() ? null : accountRow.get(0);
          Timestamp here =
              jdbc.sql(
                      "insert into login_throttle as t (user_id, client_address, failures,"
                          + " last_failure_at) values (?, ?, 1, now())"
                          + " on conflict (user_id, client_address) do update set failures = "
                          + ADDRESS_FAILURES
                          + ", last_failure_at = now(), locked_until = case when "
                          + ADDRESS_FAILURES
                          + " >= "
                          + ADDRESS_LIMIT
                          + " then now() + least(interval '1 hour', interval '1 minute' *"
                          + " power(2, least("
                          + ADDRESS_FAILURES
                          + " - "
                          + ADDRESS_LIMIT
                          + ", 10))) else null end returning locked_until")
                  .params(userId, address)
                  .query((rs, n) -> rs.getTimestamp(1))
                  .list()
                  .get(0);
          Instant now = Instant.now();
          return latest(account, here).filter(until -> until.isAfter(now));
        });
  }

  /**
   * A correct password: unless a lock took hold meanwhile (checked under the account row's lock, so
   * a burst that crossed a limit is never outrun), clears this address's count and the account's.
   * Answers the lock that refuses the sign-in, if any.
   */
  public Optional<Instant> signedIn(long userId, String address) {
    return tx.execute(
        s -> {
          jdbc.sql("select id from app_user where id = ? for update")
              .param(userId)
              .query(Long.class)
              .list();
          Optional<Instant> lock = lockedUntil(userId, address);
          if (lock.isPresent()) {
            return lock;
          }
          jdbc.sql(
                  "update app_user set failed_logins = 0, last_failed_login_at = null,"
                      + " locked_until = null where id = ?")
              .param(userId)
              .update();
          jdbc.sql("delete from login_throttle where user_id = ? and client_address = ?")
              .params(userId, address)
              .update();
          return Optional.<Instant>empty();
        });
  }

  /** Every lock in force, newest first. */
  public List<Lock> locks() {
    return jdbc.sql(
            "select u.id, u.username, null as address, u.failed_logins, u.locked_until"
                + " from app_user u where u.locked_until > now()"
                + " union all select t.user_id, u.username, t.client_address, t.failures,"
                + " t.locked_until from login_throttle t join app_user u on u.id = t.user_id"
                + " where t.locked_until > now() order by 5 desc, 1")
        .query(
            (rs, n) ->
                new Lock(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  /** Clears every count and lock of the account; false when there is no such user. */
  public boolean unlock(long userId) {
    Boolean found =
        tx.execute(
            s -> {
              int n =
                  jdbc.sql(
                          "update app_user set failed_logins = 0, last_failed_login_at = null,"
                              + " locked_until = null where id = ?")
                      .param(userId)
                      .update();
              jdbc.sql("delete from login_throttle where user_id = ?").param(userId).update();
              return n == 1;
            });
    return Boolean.TRUE.equals(found);
  }

  private static Optional<Instant> latest(Timestamp a, Timestamp b) {
    Instant x = a == null ? null : a.toInstant();
    Instant y = b == null ? null : b.toInstant();
    if (x == null) {
      return Optional.ofNullable(y);
    }
    return Optional.of(y == null || x.isAfter(y) ? x : y);
  }
}
