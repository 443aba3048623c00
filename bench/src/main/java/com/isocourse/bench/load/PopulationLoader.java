package com.isocourse.bench.load;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Writes a {@link Population} into an Isocourse database. The schema is the server's own (its
 * Flyway migrations); the clinic's people (admin, prescribers, pharmacy, pharmacist, API tokens)
 * are inserted as rows too (no server class is used); the bulk rows (patients, courses, the
 * append-only course history, prescriptions, authorizations and dispenses) are streamed with COPY
 * in the exact column values {@code PatientRepository}, {@code CourseRepository}, {@code
 * EventStore}, {@code PrescriptionRepository} and {@code AuthorizationRepository} write, in chunks
 * of 2,000 patients.
 */
public final class PopulationLoader implements AutoCloseable {
  /** A password hash no password matches: the bench's people never sign in. */
  private static final String NO_LOGIN = "!bench-no-password";

  private static final int CHUNK = 2_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String url;
  private final Connection connection;
  private final JdbcClient jdbc;
  private long generateNanos;
  private long expectNanos;
  private long copyNanos;

  /** Ids of the clinic's people and the pharmacist's bearer token. */
  public record Clinic(
      long pharmacyId, long pharmacistId, List<Long> prescriberIds, String pharmacistToken) {}

  public PopulationLoader(String url) throws SQLException {
    this.url = url;
    this.connection = DriverManager.getConnection(url);
    this.jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
  }

  /** Applies the server's migrations. */
  public void migrate() {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /** Creates the people of the clinic and issues the pharmacist's bearer token. */
  public Clinic clinic(int prescribers) {
    user("admin", "ADMIN", "Bench admin", null);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < prescribers; i++) {
      ids.add(prescriber(i + 1));
    }
    long pharmacy =
        jdbc.sql("insert into pharmacy (name) values ('Bench Pharmacy') returning id")
            .query(Long.class)
            .single();
    long pharmacist = user("bench.pharmacist", "PHARMACIST", "Bench pharmacist", pharmacy);
    return new Clinic(pharmacy, pharmacist, ids, token(pharmacist, "bench-load"));
  }

  /** A bearer token of the prescriber, for viewing their worklist. */
  public String worklistToken(long prescriberId) {
    return token(prescriberId, "bench-worklist");
  }

  /** Adds prescribers until there are {@code prescribers} (for growing a population). */
  public List<Long> ensurePrescribers(Clinic clinic, int prescribers) {
    List<Long> ids = new ArrayList<>(clinic.prescriberIds());
    for (int i = ids.size(); i < prescribers; i++) {
      ids.add(prescriber(i + 1));
    }
    return ids;
  }

  /** Creates certified prescriber number {@code n} (1-based), who cannot sign in. */
  private long prescriber(int n) {
    long id = user("dr.bench-%04d".formatted(n), "PRESCRIBER", "Dr. Bench " + n, null);
    jdbc.sql("insert into prescriber (user_id, certified, certified_on) values (?, true, ?)")
        .params(id, LocalDate.of(2025, 1, 1))
        .update();
    return id;
  }

  /** A clinic account row (the schema's {@code app_user}) that no password opens. */
  private long user(String username, String role, String displayName, Long pharmacyId) {
    return jdbc.sql(
            "insert into app_user (username, password_hash, role, display_name, pharmacy_id)"
                + " values (?, ?, ?, ?, ?) returning id")
        .params(username, NO_LOGIN, role, displayName, pharmacyId)
        .query(Long.class)
        .single();
  }

  /**
   * Issues a bearer token as the server stores one ({@code api_token.token_hash}: the lowercase hex
   * SHA-256 of the token, which is {@code ict_} and 32 random bytes in URL-safe base64) and returns
   * the token itself. The server authenticates the load's requests with it, so a change of that
   * format shows at once as 401s in the load.
   */
  private String token(long userId, String name) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "ict_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try {
      String hash =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(token.getBytes(StandardCharsets.UTF_8)));
      jdbc.sql("insert into api_token (user_id, name, token_hash) values (?, ?, ?)")
          .params(userId, name, hash)
          .update();
      return token;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Writes patients {@code from} (inclusive) to {@code to} (exclusive) and hands the expected
   * answers of their open prescriptions to {@code expected} (null: not needed, not computed).
   */
  public void load(
      Population population,
      int from,
      int to,
      List<Long> prescriberIds,
      long pharmacyId,
      Consumer<Population.Expected> expected)
      throws SQLException {
    try {
      long nextAuth =
          jdbc.sql("select coalesce(max(id), 0) + 1 from dispense_authorization")
              .query(Long.class)
              .single();
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (int start = from; start < to; start += CHUNK) {
        int end = Math.min(to, start + CHUNK);
        long t0 = System.nanoTime();
        List<Population.Generated> chunk =
            IntStream.range(start, end).parallel().mapToObj(population::patient).toList();
        long t1 = System.nanoTime();
        if (expected != null) {
          chunk.parallelStream()
              .map(population::expected)
              .toList()
              .forEach(list -> list.forEach(expected));
        }
        long t2 = System.nanoTime();
        generateNanos += t1 - t0;
        expectNanos += t2 - t1;
        Rows patients = new Rows();
        Rows courses = new Rows();
        Rows events = new Rows();
        Rows rx = new Rows();
        Rows auths = new Rows();
        Rows fills = new Rows();
        for (Population.Generated g : chunk) {
          long prescriber = prescriberIds.get(g.prescriberIndex());
          var p = g.patient();
          patients.row(
              g.id(),
              p.programId(),
              p.displayName(),
              p.birthDate(),
              p.jurisdiction(),
              p.riskCategory(),
              p.enrolledOn(),
              p.homeTestingAllowed(),
              prescriber);
          var c = g.course();
          courses.row(
              c.id(),
              g.id(),
              c.formulation(),
              c.firstDoseDate(),
              c.targetMgPerKg(),
              null,
              c.plannedMgPerKgPerDay(),
              c.status(),
              c.completedOn());
          int seq = 0;
          for (var e : g.events()) {
            events.row(
                g.id(),
                c.id(),
                ++seq,
                e.get("type").asText(),
                e.get("date").asText(),
                e.toString(),
                prescriber,
                "bench");
          }
          for (var r : g.prescriptions()) {
            rx.row(r.id(), g.id(), c.id(), r.writtenOn(), "ACTIVE", r.payload().toString());
          }
          for (var f : g.fills()) {
            long auth = nextAuth++;
            auths.row(
                auth,
                f.prescriptionId(),
                f.prescriptionId(),
                g.id(),
                pharmacyId,
                "BENCH-" + f.prescriptionId(),
                f.on().plusDays(6),
                "CLAIMED");
            fills.row(
                auth, f.prescriptionId(), g.id(), f.on(), f.capsules().toString(), prescriber);
          }
        }
        copy(
            copy,
            "patient (id, program_id, display_name, birth_date, jurisdiction, risk_category,"
                + " enrolled_on, home_testing_allowed, prescriber_id)",
            patients);
        copy(
            copy,
            "course (id, patient_id, formulation, first_dose_date, target_mg_per_kg,"
                + " previous_course_last_dose, planned_mg_per_kg_per_day, status, completed_on)",
            courses);
        copy(
            copy,
            "course_event (patient_id, course_id, seq, type, event_date, payload, recorded_by,"
                + " reason)",
            events);
        copy(copy, "prescription (id, patient_id, course_id, written_on, status, payload)", rx);
        copy(
            copy,
            "dispense_authorization (id, prescription_id, active_prescription_id, patient_id,"
                + " pharmacy_id, code, do_not_dispense_after, status)",
            auths);
        copy(
            copy,
            "dispense (authorization_id, prescription_id, patient_id, dispensed_on, capsules,"
                + " recorded_by)",
            fills);
        copyNanos += System.nanoTime() - t2;
      }
      ServerBench.log(
          String.format(
              java.util.Locale.ROOT,
              "  generate %.1f s, expected answers %.1f s, COPY %.1f s",
              generateNanos / 1e9,
              expectNanos / 1e9,
              copyNanos / 1e9));
      for (String t : List.of("patient", "course", "dispense_authorization")) {
        jdbc.sql(
                "select setval(pg_get_serial_sequence('"
                    + t
                    + "', 'id'), (select coalesce(max(id), 1) from "
                    + t
                    + "))")
            .query(Long.class)
            .single();
      }
      jdbc.sql("analyze").update();
    } catch (java.io.IOException e) {
      throw new SQLException("COPY failed", e);
    }
  }

  private static void copy(CopyManager copy, String table, Rows rows)
      throws SQLException, java.io.IOException {
    if (rows.count == 0) {
      return;
    }
    copy.copyIn("copy " + table + " from stdin", new StringReader(rows.text.toString()));
  }

  /** COPY text format: tab-separated, \N for null, backslash escaped. */
  private static final class Rows {
    final StringBuilder text = new StringBuilder(1 << 20);
    int count;

    void row(Object... values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        Object v = values[i];
        if (v == null) {
          text.append("\\N");
        } else {
          String s = v.toString();
          for (int j = 0; j < s.length(); j++) {
            char ch = s.charAt(j);
            switch (ch) {
              case '\\' -> text.append("\\\\");
              case '\t' -> text.append("\\t");
              case '\n' -> text.append("\\n");
              case '\r' -> text.append("\\r");
              default -> text.append(ch);
            }
          }
        }
      }
      text.append('\n');
      count++;
    }
  }

  /** The connection, for the harness's own statements (reset between phases, counts). */
  public JdbcClient jdbc() {
    return jdbc;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
