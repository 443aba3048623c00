package com.isocourse.server.support;

import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.security.ApiTokenService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo clinic seeded once into the shared test database, with a bearer token per user. */
public final class DemoClinic {
  private static final Map<String, String> TOKENS = new HashMap<>();

  private DemoClinic() {}

  public static synchronized String token(
      String username, DemoSeeder seeder, ApiTokenService tokens, JdbcClient jdbc) {
    seeder.seedIfEmpty();
    return TOKENS.computeIfAbsent(
        username,
        u ->
            tokens
                .issue(
                    jdbc.sql("select id from app_user where username = ?")
                        .param(u)
                        .query(Long.class)
                        .single(),
                    "test")
                .token());
  }

  public static long patientId(JdbcClient jdbc, String namePrefix) {
    return jdbc.sql("select id from patient where display_name like ?")
        .param(namePrefix + "%")
        .query(Long.class)
        .single();
  }

  public static String username(JdbcClient jdbc, long patientId) {
    return jdbc.sql("select username from app_user where patient_id = ?")
        .param(patientId)
        .query(String.class)
        .single();
  }
}
