package com.isocourse.server.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinic's prescribers (with their REMS certification) and pharmacies, as the FHIR adapter
 * shows them: names and status only, never usernames or credentials. Read only.
 */
@Repository
public class ClinicDirectory {
  private final JdbcClient jdbc;

  public ClinicDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A prescriber and her certification (ALL-CERT); {@code certifiedOn} null when not certified. */
  public record Prescriber(
      long id, String displayName, boolean active, boolean certified, LocalDate certifiedOn) {}

  /** A registered pharmacy. */
  public record Pharmacy(long id, String name, boolean active) {}

  public Optional<Prescriber> prescriber(long userId) {
    return jdbc.sql(
            "select u.id, u.display_name, u.active, coalesce(p.certified, false) as certified,"
                + " p.certified_on from app_user u left join prescriber p on p.user_id = u.id"
                + " where u.id = ? and u.role = 'PRESCRIBER'")
        .param(userId)
        .query(
            (rs, n) ->
                new Prescriber(
                    rs.getLong("id"),
                    rs.getString("display_name"),
                    rs.getBoolean("active"),
                    rs.getBoolean("certified"),
                    rs.getObject("certified_on", LocalDate.class)))
        .optional();
  }

  public Optional<Pharmacy> pharmacy(long id) {
    return jdbc.sql("select id, name, active from pharmacy where id = ?")
        .param(id)
        .query((rs, n) -> new Pharmacy(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
        .optional();
  }

  public List<Pharmacy> pharmacies() {
    return jdbc.sql("select id, name, active from pharmacy order by id")
        .query((rs, n) -> new Pharmacy(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
        .list();
  }
}
