package com.isocourse.server.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.server.courses.CourseRepository;
import com.isocourse.server.courses.EventStore;
import com.isocourse.server.courses.PrescriptionRepository;
import com.isocourse.server.patients.PatientRecord;
import com.isocourse.server.patients.PatientRepository;
import com.isocourse.server.platform.security.Role;
import com.isocourse.server.platform.security.UserRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a demo clinic into an empty database: an admin, two prescribers (one with a designee), two
 * pharmacies with a pharmacist each, and patients whose courses show every interesting state, with
 * dates relative to today so the demo looks the same whenever it starts.
 */
@Component
public class DemoSeeder {
  public static final String PASSWORD = "isocourse-demo";

  private final UserRepository users;
  private final PatientRepository patients;
  private final CourseRepository courses;
  private final EventStore events;
  private final PrescriptionRepository prescriptions;
  private final PasswordEncoder encoder;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public DemoSeeder(
      UserRepository users,
      PatientRepository patients,
      CourseRepository courses,
      EventStore events,
      PrescriptionRepository prescriptions,
      PasswordEncoder encoder,
      JdbcClient jdbc,
      ObjectMapper json,
      Clock clock) {
    this.users = users;
    this.patients = patients;
    this.courses = courses;
    this.events = events;
    this.prescriptions = prescriptions;
    this.encoder = encoder;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** One demo login and what it shows. */
  public record Login(String username, String role, String shows) {}

  /** Seeds when the database has no users; returns the demo logins either way. */
  @Transactional
  public List<Login> seedIfEmpty() {
    if (users.count() == 0) {
      seed();
    }
    return jdbc.sql("select username, role, display_name from app_user order by id")
        .query((rs, n) -> new Login(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private void seed() {
    LocalDate t = LocalDate.now(clock);
    String hash = encoder.encode(PASSWORD);
    users.create("admin", hash, Role.ADMIN, "Clinic administrator", null, null, null);
    long drAdams = prescriber("dr.adams", "Dr. Ada Adams", hash);
    long drBaker = prescriber("dr.baker", "Dr. Ben Baker", hash);
    users.create("nina.designee", hash, Role.DESIGNEE, "Nina Novak", drAdams, null, null);
    long north = pharmacy("Northside Pharmacy");
    long south = pharmacy("Southside Pharmacy");
    users.create("paula.pharmacist", hash, Role.PHARMACIST, "Paula (Northside)", null, north, null);
    users.create("sam.pharmacist", hash, Role.PHARMACIST, "Sam (Southside)", null, south, null);

    Case c = patient(drAdams, "Olivia (PCGP, test window open)", "US", true, t.minusDays(60), hash);
    pcgpReady(c, t.minusDays(2));
    prescribe(c, t, 40, 1, 1);

    c = patient(drAdams, "Maya (PCGP, test window closed)", "US", true, t.minusDays(60), hash);
    pcgpReady(c, t.minusDays(12));
    prescribe(c, t.minusDays(11), 40, 1, 1);

    c = patient(drAdams, "Liam (first dispense pending)", "US", false, t.minusDays(10), hash);
    basics(c, t.minusDays(5), 75);
    prescribe(c, t, 40, 1, 1);

    c = patient(drAdams, "Noah (PCNGP, on treatment)", "US", false, t.minusDays(70), hash);
    basics(c, t.minusDays(65), 80);
    String rx = prescribe(c, t.minusDays(35), 40, 1, 1);
    dispensed(c, rx, t.minusDays(34), 40, 60, north);
    prescribe(c, t, 40, 1, 1);

    c = patient(drBaker, "Elena (EU, PCGP)", "EU", true, t.minusDays(40), hash);
    pcgpReady(c, t.minusDays(1));
    event(c, t.minusDays(1), "acknowledgement");
    prescribe(c, t, 20, 1, 1);

    c = patient(drAdams, "Jack (blocked: doxycycline)", "US", false, t.minusDays(30), hash);
    basics(c, t.minusDays(20), 70);
    event(c, t.minusDays(4), "medication")
        .put("name", "doxycycline")
        .put("route", "oral")
        .put("start", t.minusDays(4).toString());
    prescribe(c, t, 40, 1, 1);

    c = patient(drBaker, "Owen (triglyceride stop, review)", "US", false, t.minusDays(90), hash);
    basics(c, t.minusDays(85), 72);
    rx = prescribe(c, t.minusDays(32), 40, 1, 1);
    dispensed(c, rx, t.minusDays(31), 40, 60, south);
    event(c, t.minusDays(3), "lab").put("loinc", "2571-8").put("value", 950).put("unit", "mg/dL");
    prescribe(c, t, 40, 1, 1);

    c = patient(drAdams, "Ravi (near cumulative target)", "US", false, t.minusDays(150), hash);
    basics(c, t.minusDays(145), 70);
    for (int month = 4; month >= 1; month--) {
      LocalDate on = t.minusDays(30L * month + 2);
      rx = prescribe(c, on, 40, 1, 1);
      dispensed(c, rx, on.plusDays(1), 40, 60, north);
    }
    event(c, t.minusDays(20), "lab").put("loinc", "2571-8").put("value", 140).put("unit", "mg/dL");
    event(c, t.minusDays(20), "lab").put("loinc", "1742-6").put("value", 25).put("unit", "U/L");
    event(c, t.minusDays(3), "weight").put("kg", 70);
    prescribe(c, t, 40, 1, 1);

    c = patient(drAdams, "Grace (course completed)", "US", true, t.minusDays(200), hash);
    pcgpReady(c, t.minusDays(50));
    rx = prescribe(c, t.minusDays(49), 40, 1, 1);
    dispensed(c, rx, t.minusDays(48), 40, 60, north);
    event(c, t.minusDays(19), "pregnancy-test").put("result", "negative").put("setting", "lab");
    flush();
    // last dose 19 days ago, end-of-course test done: the 30-day post-course test is due
    courses.complete(c.courseId, t.minusDays(19));
    flush();
  }

  private record Case(PatientRecord patient, long courseId, long prescriberId) {}

  private long prescriber(String username, String name, String hash) {
    long id = users.create(username, hash, Role.PRESCRIBER, name, null, null, null);
    jdbc.sql("insert into prescriber (user_id, certified, certified_on) values (?, true, ?)")
        .params(id, LocalDate.now(clock).minusYears(1))
        .update();
    // alert e-mails and the daily digest go here (the demo's mail server, /admin/outbox)
    jdbc.sql("update app_user set email = ? where id = ?")
        .params(username + "@clinic.example", id)
        .update();
    return id;
  }

  private long pharmacy(String name) {
    return jdbc.sql("insert into pharmacy (name) values (?) returning id")
        .param(name)
        .query(Long.class)
        .single();
  }

  private Case patient(
      long prescriberId,
      String name,
      String jurisdiction,
      boolean pcgp,
      LocalDate on,
      String hash) {
    PatientRecord p =
        patients.create(
            name,
            pcgp ? LocalDate.of(2001, 4, 12) : LocalDate.of(1999, 9, 3),
            jurisdiction,
            pcgp ? "CAN_GET_PREGNANT" : "CANNOT_GET_PREGNANT",
            on,
            false,
            prescriberId);
    long course = courses.create(p.id(), null);
    // reminders by e-mail (Elena reads them in Spanish, Noah gets text messages)
    String first = name.substring(0, name.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
    jdbc.sql(
            "update patient set email = ?, phone = ?, preferred_language = ?,"
                + " reminder_channel = ? where id = ?")
        .params(
            first + "@patients.example",
            "+1 555 0100 " + (100 + p.id()),
            first.equals("elena") ? "es" : "en",
            first.equals("noah") ? "SMS" : "EMAIL",
            p.id())
        .update();
    courses.plan(course, "conventional", 1.0, 135);
    users.create(
        p.programId().toLowerCase(java.util.Locale.ROOT),
        hash,
        Role.PATIENT,
        name,
        null,
        null,
        p.id());
    return new Case(p, course, prescriberId);
  }

  private void basics(Case c, LocalDate on, double kg) {
    event(c, on, "weight").put("kg", kg);
    event(c, on, "counseling");
    event(c, on, "lab").put("loinc", "2571-8").put("value", 120).put("unit", "mg/dL");
    event(c, on, "lab").put("loinc", "1742-6").put("value", 22).put("unit", "U/L");
  }

  /** A PCGP patient whose latest negative test was on {@code lastTest}. */
  private void pcgpReady(Case c, LocalDate lastTest) {
    LocalDate first = lastTest.minusDays(30);
    basics(c, first, 60);
    event(c, first.minusDays(40), "contraception")
        .put("since", first.minusDays(40).toString())
        .putArray("methods")
        .add("combined-pill")
        .add("male-condom");
    event(c, first, "pregnancy-test").put("result", "negative").put("setting", "clinic");
    event(c, lastTest, "pregnancy-test").put("result", "negative").put("setting", "lab");
    event(c, lastTest, "contraception")
        .put("since", first.minusDays(40).toString())
        .putArray("methods")
        .add("combined-pill")
        .add("male-condom");
    event(c, lastTest, "counseling");
    event(c, lastTest, "comprehension").put("passed", true);
  }

  private ObjectNode event(Case c, LocalDate on, String type) {
    ObjectNode e = json.createObjectNode().put("type", type).put("date", on.toString());
    pending.add(new Object[] {c, e});
    flushLater();
    return e;
  }

  private final java.util.List<Object[]> pending = new java.util.ArrayList<>();

  /**
   * Events are built fluently and written when the next one starts (or at the end of a case), so
   * each is stored complete.
   */
  private void flushLater() {
    while (pending.size() > 1) {
      Object[] first = pending.remove(0);
      Case c = (Case) first[0];
      events.append(c.patient.id(), c.courseId, (ObjectNode) first[1], c.prescriberId, "demo");
    }
  }

  private void flush() {
    while (!pending.isEmpty()) {
      Object[] first = pending.remove(0);
      Case c = (Case) first[0];
      events.append(c.patient.id(), c.courseId, (ObjectNode) first[1], c.prescriberId, "demo");
    }
  }

  private String prescribe(Case c, LocalDate on, int strength, int morning, int evening) {
    flush();
    String id = "rx-" + c.patient.id() + "-" + (prescriptions.countForPatient(c.patient.id()) + 1);
    ObjectNode e = json.createObjectNode().put("type", "prescription").put("date", on.toString());
    e.put("id", id).put("formulation", "conventional");
    e.putArray("capsules")
        .addObject()
        .put("strengthMg", strength)
        .put("morning", morning)
        .put("evening", evening);
    e.put("daysSupply", 30).put("refills", 0);
    prescriptions.insert(id, c.patient.id(), c.courseId, on, e);
    events.append(c.patient.id(), c.courseId, e, c.prescriberId, "demo");
    return id;
  }

  private void dispensed(Case c, String rx, LocalDate on, int strength, int count, long pharmacy) {
    flush();
    long auth =
        jdbc.sql(
                "insert into dispense_authorization (prescription_id, active_prescription_id,"
                    + " patient_id, pharmacy_id, code, do_not_dispense_after, status)"
                    + " values (?, ?, ?, ?, ?, ?, 'CLAIMED') returning id")
            .params(rx, rx, c.patient.id(), pharmacy, "DEMO-" + rx, on.plusDays(6))
            .query(Long.class)
            .single();
    ObjectNode e = json.createObjectNode().put("type", "dispense").put("date", on.toString());
    e.put("prescriptionId", rx);
    e.putArray("capsules")
        .addObject()
        .put("strengthMg", strength)
        .put("count", count)
        .put("formulation", "conventional");
    jdbc.sql(
            "insert into dispense (authorization_id, prescription_id, patient_id, dispensed_on,"
                + " capsules, recorded_by) values (?, ?, ?, ?, cast(? as jsonb), ?)")
        .params(auth, rx, c.patient.id(), on, e.get("capsules").toString(), c.prescriberId)
        .update();
    events.append(c.patient.id(), c.courseId, e, c.prescriberId, "demo");
    courses.startIfNotStarted(c.courseId, on);
  }
}
