package com.isocourse.server;

import com.isocourse.server.admin.CreateUserCommand;
import com.isocourse.server.demo.DemoSeeder;
import com.isocourse.server.platform.audit.AuditKey;
import com.isocourse.server.platform.audit.AuditVerifier;
import com.isocourse.server.platform.db.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server's entry point: {@code demo [--reset]} (embedded PostgreSQL, seeded clinic), {@code
 * serve} (external PostgreSQL from ISOCOURSE_DB_URL, ISOCOURSE_DB_USER, ISOCOURSE_DB_PASSWORD) and
 * {@code audit verify} (checks the keyed hash chain and its head, exit 0 when intact, 1 when
 * broken, 2 when there is nothing to check; beside a running demo it reads the live database) and
 * {@code admin create-user} (a staff account on the serve database, without SQL: {@link
 * CreateUserCommand}).
 */
public final class IsocourseServer {
  private static final String DATABASE = "isocourse";

  private IsocourseServer() {}

  public static void main(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    PrintStream out = System.out;
    if (a.isEmpty()) {
      usage();
      System.exit(2);
    }
    switch (a.get(0)) {
      case "demo" -> demo(a.contains("--reset"), out);
      case "serve" -> serve();
      case "admin" -> {
        if (a.size() < 2 || !a.get(1).equals("create-user")) {
          usage();
          System.exit(2);
        }
        System.exit(
            new CreateUserCommand(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    out,
                    System.err,
                    System.getenv())
                .run(a.subList(2, a.size())));
      }
      case "audit" -> {
        if (a.size() < 2 || !a.get(1).equals("verify")) {
          usage();
          System.exit(2);
        }
        System.exit(auditVerify(out));
      }
      default -> {
        usage();
        System.exit(2);
      }
    }
  }

  private static void usage() {
    System.err.println(
        "usage: isocourse demo [--reset] | serve | audit verify | admin create-user --username"
            + " NAME --role ROLE --display-name \"NAME\" [--password-stdin]");
  }

  private static Path demoData() {
    return EmbeddedPostgres.defaultBaseDir().resolve("data");
  }

  private static void demo(boolean reset, PrintStream out) throws Exception {
    Path data = demoData();
    if (reset && Files.exists(data)) {
      deleteTree(data);
      out.println("Reset: removed " + data);
    }
    out.println("Starting embedded PostgreSQL with data in " + data);
    if (EmbeddedPostgres.runningAsRoot()) {
      out.println(
          "  (running as root: PostgreSQL runs as user 'nobody', so the data lives under"
              + " /var/lib/isocourse rather than /root, which nobody cannot enter)");
    }
    EmbeddedPostgres pg = EmbeddedPostgres.start(data, 0);
    pg.createDatabaseIfMissing(DATABASE);
    // The migrations run as the database's superuser; the server itself connects as a role that
    // owns nothing and may only read and write rows (docs/adr/0010).
    EmbeddedPostgres.Role app = pg.appRole(DATABASE);
    ConfigurableApplicationContext ctx =
        start(
            Map.of(
                "spring.datasource.url", pg.jdbcUrl(DATABASE),
                "spring.datasource.username", app.user(),
                "spring.datasource.password", app.password(),
                "spring.flyway.user", pg.user(),
                "spring.flyway.password", pg.password(),
                // reminders and alert e-mails go to an embedded SMTP server (admin: /admin/outbox)
                "isocourse.notifications.demo-mailbox", "true",
                "isocourse.notifications.plan-interval", "PT1M"));
    List<DemoSeeder.Login> logins = ctx.getBean(DemoSeeder.class).seedIfEmpty();
    String port = ctx.getEnvironment().getProperty("local.server.port", "8080");
    out.println();
    out.println("Isocourse demo is running at http://localhost:" + port);
    out.println("OpenAPI document: http://localhost:" + port + "/openapi.json");
    out.println("Every demo login uses the password: " + DemoSeeder.PASSWORD);
    for (DemoSeeder.Login l : logins) {
      out.printf("  %-22s %-11s %s%n", l.username(), l.role(), l.shows());
    }
    out.println("Stop with Ctrl-C; run again to reuse the data, or with --reset to start over.");
  }

  private static void serve() {
    String url = System.getenv("ISOCOURSE_DB_URL");
    String user = System.getenv("ISOCOURSE_DB_USER");
    String password = System.getenv("ISOCOURSE_DB_PASSWORD");
    if (blank(url) || blank(user) || password == null) {
      System.err.println(
          "isocourse serve needs an external PostgreSQL: set ISOCOURSE_DB_URL (e.g."
              + " jdbc:postgresql://db:5432/isocourse), ISOCOURSE_DB_USER and"
              + " ISOCOURSE_DB_PASSWORD. For a self-contained trial run: isocourse demo");
      System.exit(2);
    }
    Map<String, Object> properties = new java.util.HashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", user);
    properties.put("spring.datasource.password", password);
    // A separate owner role for the migrations (recommended): then the server's own role needs
    // only row rights, granted after each migration (README, "Install for production").
    String owner = System.getenv("ISOCOURSE_DB_MIGRATION_USER");
    if (!blank(owner)) {
      properties.put("spring.flyway.user", owner);
      properties.put("spring.flyway.password", System.getenv("ISOCOURSE_DB_MIGRATION_PASSWORD"));
    }
    smtp(properties);
    start(properties);
  }

  /** SMTP for notifications from ISOCOURSE_SMTP_* (README, install); none: they stay pending. */
  private static void smtp(Map<String, Object> properties) {
    String host = System.getenv("ISOCOURSE_SMTP_HOST");
    if (blank(host)) {
      return;
    }
    properties.put("spring.mail.host", host);
    String port = System.getenv("ISOCOURSE_SMTP_PORT");
    properties.put("spring.mail.port", blank(port) ? "587" : port);
    String user = System.getenv("ISOCOURSE_SMTP_USERNAME");
    if (!blank(user)) {
      properties.put("spring.mail.username", user);
      properties.put("spring.mail.password", System.getenv("ISOCOURSE_SMTP_PASSWORD"));
      properties.put("spring.mail.properties.mail.smtp.auth", "true");
    }
    String starttls = System.getenv("ISOCOURSE_SMTP_STARTTLS");
    boolean tls = blank(starttls) || Boolean.parseBoolean(starttls);
    properties.put("spring.mail.properties.mail.smtp.starttls.enable", Boolean.toString(tls));
    properties.put("spring.mail.properties.mail.smtp.starttls.required", Boolean.toString(tls));
  }

  private static ConfigurableApplicationContext start(Map<String, Object> properties) {
    SpringApplication app = new SpringApplication(IsocourseApplication.class);
    app.setDefaultProperties(properties);
    return app.run();
  }

  private static int auditVerify(PrintStream out) throws Exception {
    String url = System.getenv("ISOCOURSE_DB_URL");
    Path keyFile = AuditKey.file(null);
    if (!blank(url)) {
      try (Connection c =
          DriverManager.getConnection(
              url, System.getenv("ISOCOURSE_DB_USER"), System.getenv("ISOCOURSE_DB_PASSWORD"))) {
        return report(AuditVerifier.verify(c, AuditKey.load(keyFile)), out);
      }
    }
    return auditVerify(demoData(), keyFile, out);
  }

  /**
   * Verifies the embedded database over {@code data}: beside a running {@code demo}, through its
   * server (which keeps running); otherwise on a server started for the check and stopped after.
   */
  static int auditVerify(Path data, Path keyFile, PrintStream out) throws Exception {
    if (!Files.exists(data.resolve("PG_VERSION"))) {
      System.err.println("No database: set ISOCOURSE_DB_URL or run isocourse demo first.");
      return 2;
    }
    if (!Files.exists(keyFile)) {
      System.err.println(
          "No audit key at "
              + keyFile
              + ": set ISOCOURSE_AUDIT_KEY_FILE to the key file the server uses.");
      return 2;
    }
    AuditKey key = AuditKey.load(keyFile);
    Optional<EmbeddedPostgres> live = EmbeddedPostgres.running(data);
    try (EmbeddedPostgres pg = live.isPresent() ? live.get() : EmbeddedPostgres.start(data, 0);
        Connection c =
            DriverManager.getConnection(pg.jdbcUrl(DATABASE), pg.user(), pg.password())) {
      return report(AuditVerifier.verify(c, key), out);
    }
  }

  private static int report(AuditVerifier.Verdict v, PrintStream out) {
    String legacy =
        v.unkeyedRows() == 0
            ? ""
            : " (the first "
                + v.unkeyedRows()
                + " predate the audit key: plain SHA-256, see docs/adr/0007)";
    if (v.intact()) {
      out.println("audit chain intact: " + v.rowsChecked() + " rows verified" + legacy);
      return 0;
    }
    out.println(
        "audit chain BROKEN at row "
            + v.firstBrokenId().orElseThrow()
            + ": "
            + v.reason()
            + " ("
            + v.rowsChecked()
            + " rows before it verified"
            + legacy
            + ")");
    return 1;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
