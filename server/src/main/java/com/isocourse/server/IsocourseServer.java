package com.isocourse.server;

import com.isocourse.server.admin.CreateUserCommand;
import com.isocourse.server.audit.AuditVerifier;
import com.isocourse.server.db.EmbeddedPostgres;
import com.isocourse.server.demo.DemoSeeder;
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
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server's entry point: {@code demo [--reset]} (embedded PostgreSQL, seeded clinic), {@code
 * serve} (external PostgreSQL from ISOCOURSE_DB_URL, ISOCOURSE_DB_USER, ISOCOURSE_DB_PASSWORD) and
 * {@code audit verify} (checks the hash chain, exit 0 when intact, 1 when broken) and {@code admin
 * create-user} (a staff account on the serve database, without SQL: {@link CreateUserCommand}).
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
    ConfigurableApplicationContext ctx =
        start(
            Map.of(
                "spring.datasource.url", pg.jdbcUrl(DATABASE),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", ""));
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
    start(
        Map.of(
            "spring.datasource.url", url,
            "spring.datasource.username", user,
            "spring.datasource.password", password));
  }

  private static ConfigurableApplicationContext start(Map<String, Object> properties) {
    SpringApplication app = new SpringApplication(IsocourseApplication.class);
    app.setDefaultProperties(properties);
    return app.run();
  }

  private static int auditVerify(PrintStream out) throws Exception {
    String url = System.getenv("ISOCOURSE_DB_URL");
    EmbeddedPostgres pg = null;
    Connection c;
    if (!blank(url)) {
      c =
          DriverManager.getConnection(
              url, System.getenv("ISOCOURSE_DB_USER"), System.getenv("ISOCOURSE_DB_PASSWORD"));
    } else {
      if (!Files.exists(demoData().resolve("PG_VERSION"))) {
        System.err.println("No database: set ISOCOURSE_DB_URL or run isocourse demo first.");
        return 2;
      }
      pg = EmbeddedPostgres.start(demoData(), 0);
      c = DriverManager.getConnection(pg.jdbcUrl(DATABASE), "postgres", "");
    }
    try (c) {
      AuditVerifier.Verdict v = AuditVerifier.verify(c);
      if (v.intact()) {
        out.println("audit chain intact: " + v.rowsChecked() + " rows verified");
        return 0;
      }
      out.println(
          "audit chain BROKEN at row "
              + v.firstBrokenId().orElseThrow()
              + ": "
              + v.reason()
              + " ("
              + v.rowsChecked()
              + " rows before it verified)");
      return 1;
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
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
