package com.isocourse.server.admin;

import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pharmacies and prescriber certification as an admin manages them: shared by the JSON API ({@link
 * AdminController}) and the admin pages; each change names itself in the audit row of its
 * transaction.
 */
@Service
class Pharmacies {
  private final JdbcClient jdbc;

  public Pharmacies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A pharmacy. */
  public record PharmacyView(long id, String name, boolean active) {}

  /** A prescriber and whether they are certified (with the date, when they are). */
  public record PrescriberCertification(long userId, boolean certified, java.time.LocalDate on) {}

  /** Every pharmacy, by id. */
  public List<PharmacyView> list() {
    return jdbc.sql("select id, name, active from pharmacy order by id")
        .query((rs, n) -> new PharmacyView(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
        .list();
  }

  @Transactional
  public PharmacyView create(String name, AuditFacts touched) {
    long id =
        jdbc.sql("insert into pharmacy (name) values (?) returning id")
            .param(name)
            .query(Long.class)
            .single();
    touched.detail("pharmacy " + id + " created");
    return new PharmacyView(id, name, true);
  }

  /**
   * @throws NotFoundException when there is no such pharmacy
   */
  @Transactional
  public PharmacyView setActive(long id, boolean active, AuditFacts touched) {
    if (jdbc.sql("update pharmacy set active = ? where id = ?").params(active, id).update() == 0) {
      throw new NotFoundException("pharmacy");
    }
    touched.detail("pharmacy " + id + (active ? " activated" : " deactivated"));
    return list().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
  }

  /** Every prescriber's certification, by user id. */
  public Map<Long, PrescriberCertification> certifications() {
    Map<Long, PrescriberCertification> out = new java.util.LinkedHashMap<>();
    jdbc.sql("select user_id, certified, certified_on from prescriber order by user_id")
        .query(
            (rs, n) ->
                out.put(
                    rs.getLong(1),
                    new PrescriberCertification(
                        rs.getLong(1),
                        rs.getBoolean(2),
                        rs.getObject(3, java.time.LocalDate.class))))
        .list();
    return out;
  }

  /**
   * Certifies a prescriber (from today) or clears the certification.
   *
   * @throws NotFoundException when the user is not a prescriber
   */
  @Transactional
  public void certify(long prescriberId, boolean certified, AuditFacts touched) {
    int n =
        jdbc.sql(
                "update prescriber set certified = ?, certified_on = case when ? then current_date"
                    + " else null end where user_id = ?")
            .params(certified, certified, prescriberId)
            .update();
    if (n == 0) {
      throw new NotFoundException("prescriber");
    }
    touched.detail(
        "prescriber " + prescriberId + (certified ? " certified" : " certification cleared"));
  }
}
