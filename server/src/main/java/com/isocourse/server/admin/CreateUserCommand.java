package com.isocourse.server.admin;

import com.isocourse.server.platform.security.PasswordPolicy;
import com.isocourse.server.platform.security.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code isocourse admin create-user --username U --role admin --display-name "…"}: the first admin
 * (or any staff account) of a production install, without SQL. Uses the same ISOCOURSE_DB_URL,
 * ISOCOURSE_DB_USER and ISOCOURSE_DB_PASSWORD as {@code serve}, brings the schema up to date first
 * (the same Flyway migrations {@code serve} runs), then creates the user. The password is read from
 * the first line of stdin with {@code --password-stdin}, or else generated and printed once; a weak
 * one is refused ({@link PasswordPolicy}). An existing username is refused and left as it was.
 *
 * <p>Exit status: 0 created, 1 the username exists, 2 bad arguments, settings or password.
 */
public final class CreateUserCommand {
  public static final int CREATED = 0;
  public static final int EXISTS = 1;
  public static final int USAGE = 2;

  static final String USAGE_TEXT =
      "usage: isocourse admin create-user --username NAME --role"
          + " admin|prescriber|pharmacist|designee --display-name \"NAME\" [--password-stdin]"
          + " [--pharmacy-id ID] [--acts-for-id ID]";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

  private final BufferedReader stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  public CreateUserCommand(
      BufferedReader stdin, PrintStream out, PrintStream err, Map<String, String> env) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** Runs {@code create-user} with the arguments after it; answers the exit status. */
  public int run(List<String> args) throws IOException {
    Map<String, String> options = new HashMap<>();
    boolean passwordFromStdin = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--password-stdin")) {
        passwordFromStdin = true;
      } else if (List.of("--username", "--role", "--display-name", "--pharmacy-id", "--acts-for-id")
              .contains(a)
          && i + 1 < args.size()) {
        options.put(a, args.get(++i));
      } else {
        return usage("unknown or incomplete option " + a);
      }
    }
    String username = options.getOrDefault("--username", "");
    String displayName = options.getOrDefault("--display-name", "").strip();
    if (!USERNAME.matcher(username).matches()) {
      return usage("--username: 3 to 100 letters, digits or . _ @ -");
    }
    if (displayName.isEmpty()) {
      return usage("--display-name is required");
    }
    Optional<Role> role = role(options.get("--role"));
    if (role.isEmpty()) {
      return usage("--role: admin, prescriber, pharmacist or designee");
    }
    Long pharmacyId;
    Long actsForId;
    try {
      pharmacyId = id(options.get("--pharmacy-id"));
      actsForId = id(options.get("--acts-for-id"));
    } catch (NumberFormatException e) {
      return usage("--pharmacy-id and --acts-for-id are numbers");
    }
    if (role.get() == Role.PHARMACIST && pharmacyId == null) {
      return usage("a pharmacist needs --pharmacy-id");
    }
    if (role.get() == Role.DESIGNEE && actsForId == null) {
      return usage("a designee needs --acts-for-id (their prescriber's user id)");
    }
    String url = env.get("ISOCOURSE_DB_URL");
    String dbUser = env.get("ISOCOURSE_DB_USER");
    String dbPassword = env.get("ISOCOURSE_DB_PASSWORD");
    if (blank(url) || blank(dbUser) || dbPassword == null) {
      err.println(
          "isocourse admin create-user needs the database serve uses: set ISOCOURSE_DB_URL,"
              + " ISOCOURSE_DB_USER and ISOCOURSE_DB_PASSWORD.");
      return USAGE;
    }
    String password;
    boolean generated = !passwordFromStdin;
    if (passwordFromStdin) {
      String line = stdin.readLine();
      password = line == null ? "" : line;
    } else {
      password = PasswordPolicy.generate();
    }
    Optional<String> weakness = PasswordPolicy.weakness(username, password);
    if (weakness.isPresent()) {
      err.println("Refused: the password " + weakness.get() + ". Nothing was created.");
      return USAGE;
    }
    Flyway.configure()
        .dataSource(url, dbUser, dbPassword)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, dbUser, dbPassword)) {
      return create(
          c, username, role.get(), displayName, pharmacyId, actsForId, password, generated);
    } catch (SQLException e) {
      err.println("Refused: the database said: " + e.getMessage() + ". Nothing was created.");
      return USAGE;
    }
  }

  private int create(
      Connection c,
      String username,
      Role role,
      String displayName,
      Long pharmacyId,
      Long actsForId,
      String password,
      boolean generated)
      throws SQLException {
    c.setAutoCommit(false);
    if (role == Role.PHARMACIST && !exists(c, "select 1 from pharmacy where id = ?", pharmacyId)) {
      err.println("Refused: no pharmacy with id " + pharmacyId + ". Nothing was created.");
      return USAGE;
    }
    if (role == Role.DESIGNEE
        && !exists(c, "select 1 from app_user where id = ? and role = 'PRESCRIBER'", actsForId)) {
      err.println("Refused: user " + actsForId + " is not a prescriber. Nothing was created.");
      return USAGE;
    }
    Long id;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into app_user (username, password_hash, role, display_name, acts_for_id,"
                + " pharmacy_id) values (?, ?, ?, ?, ?, ?) on conflict (username) do nothing"
                + " returning id")) {
      s.setString(1, username);
      s.setString(2, new BCryptPasswordEncoder(10).encode(password));
      s.setString(3, role.name());
      s.setString(4, displayName);
      s.setObject(5, role == Role.DESIGNEE ? actsForId : null);
      s.setObject(6, role == Role.PHARMACIST ? pharmacyId : null);
      try (ResultSet rs = s.executeQuery()) {
        id = rs.next() ? rs.getLong(1) : null;
      }
    }
    if (id == null) {
      c.rollback();
      err.println("Refused: the user " + username + " already exists. Nothing was changed.");
      return EXISTS;
    }
    if (role == Role.PRESCRIBER) {
      try (PreparedStatement s =
          c.prepareStatement("insert into prescriber (user_id, certified) values (?, false)")) {
        s.setLong(1, id);
        s.executeUpdate();
      }
    }
    c.commit();
    out.println(
        "Created " + role.name().toLowerCase(Locale.ROOT) + " " + username + " (id " + id + ").");
    if (generated) {
      out.println("Password (shown once, store it now): " + password);
    }
    return CREATED;
  }

  private static boolean exists(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Optional<Role> role(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      Role r = Role.valueOf(name.toUpperCase(Locale.ROOT));
      return r == Role.PATIENT ? Optional.empty() : Optional.of(r);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Long id(String s) {
    return s == null ? null : Long.valueOf(s);
  }

  private int usage(String problem) {
    err.println("isocourse admin create-user: " + problem);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
