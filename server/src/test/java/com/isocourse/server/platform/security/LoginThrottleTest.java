package com.isocourse.server.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in throttling: every refused attempt is counted even when 32 threads guess at once, the
 * right password waits out the lock that a burst set, the lock is per account and address with a
 * growing back-off, and an account-wide ceiling locks for a few minutes at most; admins see and
 * clear locks.
 */
class LoginThrottleTest extends ApiTestSupport {
  private static final String RIGHT = "the-right-password-9";
  private static final AtomicInteger USERS = new AtomicInteger();

  @Autowired private LoginService logins;
  @Autowired private UserRepository users;
  @Autowired private PasswordEncoder encoder;

  @Test
  void sixtyFourWrongPasswordsFromThirtyTwoThreadsCountSixtyFourAndTheRightOneWaits()
      throws Exception {
    String name = newPharmacist();
    String address = "127.0.0.1";
    ExecutorService pool = Executors.newFixedThreadPool(33);
    CountDownLatch lockSeen = new CountDownLatch(1);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> guesses = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        guesses.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 2; i++) {
                    if (logins.login(name, "a-wrong-guess-" + i, address)
                        instanceof LoginService.Result.Locked) {
                      lockSeen.countDown();
                    }
                  }
                  return null;
                }));
      }
      Future<LoginService.Result> duringTheBurst =
          pool.submit(
              () -> {
                lockSeen.await(60, TimeUnit.SECONDS);
                return logins.login(name, RIGHT, address);
              });
      start.countDown();
      for (Future<?> g : guesses) {
        g.get(120, TimeUnit.SECONDS);
      }
      assertThat(duringTheBurst.get(60, TimeUnit.SECONDS))
          .as("the right password during a burst that crossed the limit")
          .isInstanceOf(LoginService.Result.Locked.class);
    } finally {
      pool.shutdownNow();
    }
    long id = idOf(name);
    assertThat(
            jdbc.sql("select failures from login_throttle where user_id = ? and client_address = ?")
                .params(id, address)
                .query(Integer.class)
                .single())
        .as("refused attempts counted: 64 guesses and the right password refused while locked")
        .isEqualTo(65);
    assertThat(
            jdbc.sql("select failed_logins from app_user where id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(65);

    assertThat(logins.login(name, RIGHT, address)).isInstanceOf(LoginService.Result.Locked.class);
  }

  @Test
  void theRightUserAtAnotherAddressSignsInWhileAGuesserWaitsLongerAndLonger() {
    String name = newPharmacist();
    for (int i = 0; i < 4; i++) {
      assertThat(logins.login(name, "wrong-guess-" + i, "203.0.113.9"))
          .isInstanceOf(LoginService.Result.Rejected.class);
    }
    Instant fifth = locked(logins.login(name, "wrong-guess-5", "203.0.113.9"));
    Instant sixth = locked(logins.login(name, "wrong-guess-6", "203.0.113.9"));
    Instant seventh = locked(logins.login(name, RIGHT, "203.0.113.9"));
    assertThat(Duration.between(Instant.now(), fifth)).isBetween(seconds(50), seconds(61));
    assertThat(Duration.between(fifth, sixth)).isGreaterThan(seconds(50));
    assertThat(Duration.between(sixth, seventh)).isGreaterThan(seconds(110));

    assertThat(logins.login(name, RIGHT, "198.51.100.7"))
        .as("the right user at their own address")
        .isInstanceOf(LoginService.Result.SignedIn.class);
    assertThat(logins.login(name, RIGHT, "203.0.113.9"))
        .as("the guesser's address stays locked")
        .isInstanceOf(LoginService.Result.Locked.class);
  }

  @Test
  void guessingFromManyAddressesLocksTheAccountForAFewMinutesAtMostAndAnAdminClearsIt()
      throws Exception {
    String name = newPharmacist();
    long id = idOf(name);
    for (int i = 0; i < LoginThrottle.ACCOUNT_CEILING; i++) {
      logins.login(name, "wrong-guess", "192.0.2." + i);
    }
    Instant until = locked(logins.login(name, RIGHT, "198.51.100.8"));
    assertThat(until)
        .isBefore(Instant.now().plus(Duration.ofMinutes(LoginThrottle.ACCOUNT_LOCK_MINUTES)))
        .isAfter(Instant.now().plus(Duration.ofMinutes(LoginThrottle.ACCOUNT_LOCK_MINUTES - 1)));

    JsonNode locks = call("admin", get("/api/admin/locks"), null, 200);
    JsonNode everywhere = null;
    for (JsonNode l : locks) {
      if (l.get("userId").asLong() == id && !l.has("clientAddress")) {
        everywhere = l;
      }
    }
    assertThat(everywhere).as(locks.toString()).isNotNull();
    assertThat(everywhere.get("username").asText()).isEqualTo(name);
    assertThat(call("admin", get("/api/admin/users"), null, 200).toString())
        .contains("\"username\":\"" + name + "\"");
    call("paula.pharmacist", post("/api/admin/users/" + id + "/unlock"), null, 403);
    call("admin", post("/api/admin/users/" + id + "/unlock"), null, 200);
    call("admin", post("/api/admin/users/999999/unlock"), null, 404);

    assertThat(logins.login(name, RIGHT, "198.51.100.8"))
        .isInstanceOf(LoginService.Result.SignedIn.class);
    assertThat(
            jdbc.sql("select count(*) from login_throttle where user_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aLockedSignInThroughTheApiSaysWhenToRetry() throws Exception {
    String name = newPharmacist();
    for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
      logins.login(name, "wrong-guess", "127.0.0.1");
    }
    var browser = new com.isocourse.server.support.Browser(mvc);
    MockHttpServletResponse r = browser.login(name, RIGHT);
    assertThat(r.getStatus()).isEqualTo(429);
    long retry = Long.parseLong(r.getHeader("Retry-After"));
    assertThat(retry).isBetween(60L, 130L);
    assertThat(r.getContentAsString()).contains("locked");
  }

  private static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }

  private static Instant locked(LoginService.Result r) {
    assertThat(r).isInstanceOf(LoginService.Result.Locked.class);
    return ((LoginService.Result.Locked) r).until();
  }

  private String newPharmacist() {
    String name = "throttled." + USERS.incrementAndGet() + "." + System.nanoTime();
    long pharmacy = jdbc.sql("select min(id) from pharmacy").query(Long.class).single();
    users.create(
        name, encoder.encode(RIGHT), Role.PHARMACIST, "Throttled pharmacist", null, pharmacy, null);
    return name;
  }

  private long idOf(String name) {
    return users.findByUsername(name).orElseThrow().user().id();
  }
}
