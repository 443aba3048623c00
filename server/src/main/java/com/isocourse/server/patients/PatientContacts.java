package com.isocourse.server.patients;

import com.isocourse.core.plausibility.ContactLimits;
import com.isocourse.core.plausibility.ContactLimits.Contact;
import com.isocourse.core.plausibility.EntryProblem;
import com.isocourse.server.platform.audit.AuditFacts;
import com.isocourse.server.platform.refusal.InvalidInputException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's contact details and reminder preferences (schema 8), kept apart from the clinical
 * record the rules read: what reminders and messages need, and nothing a decision depends on.
 * Values are written as {@link com.isocourse.core.plausibility.ContactLimits} checked them.
 */
@Repository
public class PatientContacts {
  private final JdbcClient jdbc;

  PatientContacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the details (defaults filled in) in place of the patient's previous ones. */
  public void save(long patientId, Contact given) {
    Contact c = given.withDefaults();
    jdbc.sql(
            "update patient set email = ?, phone = ?, preferred_language = ?,"
                + " reminder_channel = ?, sex_at_birth = ? where id = ?")
        .params(c.email(), c.phone(), c.language(), c.channel(), c.sexAtBirth(), patientId)
        .update();
  }

  /**
   * The patient's own change of how to reach them (sex at birth is the prescriber's entry and is
   * kept): checked by core, then stored in the request's transaction, so the audit row commits with
   * it (ADR 0010).
   */
  @Transactional
  public Contact update(
      long patientId,
      String email,
      String phone,
      String language,
      String channel,
      AuditFacts touched) {
    Contact stored = of(patientId);
    Contact wanted = new Contact(email, phone, language, channel, stored.sexAtBirth());
    List<EntryProblem> problems = ContactLimits.check(wanted);
    if (!problems.isEmpty()) {
      throw InvalidInputException.of(problems);
    }
    touched.patient(patientId);
    touched.detail("contact details and reminder preferences changed");
    save(patientId, wanted);
    return of(patientId);
  }

  /** The language the patient reads in ('en' or 'es'); English when the row has none. */
  public String language(long patientId) {
    return jdbc.sql("select preferred_language from patient where id = ?")
        .param(patientId)
        .query(String.class)
        .optional()
        .orElse("en");
  }

  /** The patient's details as stored. */
  public Contact of(long patientId) {
    return jdbc.sql(
            "select email, phone, preferred_language, reminder_channel, sex_at_birth from patient"
                + " where id = ?")
        .param(patientId)
        .query(
            (rs, i) ->
                new Contact(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .single();
  }
}
