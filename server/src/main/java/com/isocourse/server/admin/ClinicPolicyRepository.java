package com.isocourse.server.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinic's policy overrides (rules.md policy parameters), as validated key/value text. */
@Repository
public class ClinicPolicyRepository {
  private final JdbcClient jdbc;

  public ClinicPolicyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<String, String> overrides() {
    Map<String, String> m = new LinkedHashMap<>();
    jdbc.sql("select key, value from clinic_policy order by key")
        .query((rs, n) -> m.put(rs.getString(1), rs.getString(2)))
        .list();
    return m;
  }

  /** Replaces all overrides at once (the caller validated them as a whole). */
  public void replace(Map<String, String> overrides, long changedBy) {
    jdbc.sql("delete from clinic_policy").update();
    overrides.forEach(
        (k, v) ->
            jdbc.sql("insert into clinic_policy (key, value, changed_by) values (?, ?, ?)")
                .params(k, v, changedBy)
                .update());
  }
}
