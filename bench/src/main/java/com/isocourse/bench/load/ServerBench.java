package com.isocourse.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.isocourse.server.platform.db.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue-5 benchmark run: embedded PostgreSQL, a generated population, the server jar started
 * against it, closed-loop authorization load at several client counts, pgbench -N on the same
 * PostgreSQL at the same client counts, worklist and due-today sweep timings at growing population
 * sizes, server memory and start-up time. Prints markdown tables. Started by {@code bench/run.sh}.
 */
public final class ServerBench {
  private static final Locale L = Locale.ROOT;

  private ServerBench() {}

  /** Run settings, from the command line. */
  record Settings(
      int patients,
      List<Integer> clients,
      double duration,
      double warmup,
      List<Integer> scale,
      long seed,
      LocalDate today,
      Path serverJar,
      String serverHeap,
      String pgbench,
      int pgbenchScale,
      boolean keep,
      boolean aot,
      boolean jfr,
      List<String> serverOpts) {}

  public static void main(String[] args) throws Exception {
    Settings s = parse(args);
    Path work = Files.createTempDirectory(Path.of("/tmp"), "isocourse-bench-");
    Files.setPosixFilePermissions(
        work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Report report = new Report();
    report.machine(s);
    log("work directory " + work);
    log("starting embedded PostgreSQL");
    EmbeddedPostgres pg = EmbeddedPostgres.start(work.resolve("pgdata"), 0);
    Process server = null;
    try {
      pg.createDatabaseIfMissing("isocourse");
      pg.createDatabaseIfMissing("pgbench");
      String url = pg.jdbcUrl("isocourse") + "?user=" + pg.user() + "&password=" + pg.password();
      report.postgres(url);
      Population population = new Population(s.seed(), s.today());
      List<Population.Expected> pool = new ArrayList<>();
      PopulationLoader.Clinic clinic;
      try (PopulationLoader loader = new PopulationLoader(url)) {
        loader.migrate();
        clinic = loader.clinic(Population.prescribers(s.patients()));
        log("loading " + s.patients() + " patients");
        long t0 = System.nanoTime();
        loader.load(
            population, 0, s.patients(), clinic.prescriberIds(), clinic.pharmacyId(), pool::add);
        report.loaded(s.patients(), (System.nanoTime() - t0) / 1e9, loader);
      }
      Collections.shuffle(pool, new Random(s.seed()));
      report.decisionMix(pool);

      List<String> launch =
          s.aot()
              ? ServerLaunch.prepared(
                  s.serverJar(), s.serverHeap(), serverEnv(url, pg.password(), s, freePort()))
              : List.of("-jar", s.serverJar().toString());
      int port = freePort();
      log("starting the server on port " + port + (s.aot() ? " (AOT cache)" : ""));
      long start = System.nanoTime();
      List<String> command = new ArrayList<>();
      command.add(javaBin());
      command.add("-Xms" + s.serverHeap());
      command.add("-Xmx" + s.serverHeap());
      command.addAll(s.serverOpts().stream().filter(o -> !o.isBlank()).toList());
      if (!s.serverOpts().isEmpty()) {
        log("server JVM options " + s.serverOpts());
      }
      if (s.jfr()) {
        // A profile of the whole run (start, load phases, worklist); kept with --keep.
        command.add(
            "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + work.resolve("server.jfr"));
        log("JFR recording to " + work.resolve("server.jfr"));
      }
      command.addAll(launch);
      command.add("serve");
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("server.log").toFile());
      pb.environment().putAll(serverEnv(url, pg.password(), s, port));
      server = pb.start();
      URI base = URI.create("http://127.0.0.1:" + port);
      double ready = awaitReady(base, server, start);
      report.ready(ready, startedLine(work.resolve("server.log")), rss(server.pid()));

      AuthorizationLoad load = new AuthorizationLoad(base, clinic.pharmacistToken(), pool);
      Sampler rss = new Sampler(server.pid());
      rss.start();
      if (s.warmup() > 0) {
        int c = s.clients().get(s.clients().size() - 1);
        log("warm-up: " + c + " clients, " + s.warmup() + " s");
        resetAuthorizations(url);
        AuthorizationLoad.Result w = load.run("warmup", c, s.warmup());
        log(
            String.format(
                L,
                "  warm-up %.0f req/s, %d errors, %d wrong",
                w.perSecond(),
                w.errors(),
                w.wrong()));
        w.samples().forEach(x -> log("  sample problem: " + x));
      }
      for (int c : s.clients()) {
        resetAuthorizations(url);
        log("load: " + c + " clients, " + s.duration() + " s");
        long cpuBefore = cpuMillis(server.pid());
        AuthorizationLoad.Result r = load.run("c" + c, c, s.duration());
        report.cpu(c, (cpuMillis(server.pid()) - cpuBefore) / (double) Math.max(1, r.requests()));
        log(
            String.format(
                L,
                "  %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors, %d wrong%s",
                r.perSecond(),
                r.ms(50),
                r.ms(99),
                r.errors(),
                r.wrong(),
                r.poolExhausted() ? " (prescription pool exhausted: phase ended early)" : ""));
        r.samples().forEach(x -> log("  sample problem: " + x));
        report.load(r);
      }
      rss.stop();
      report.memory(rss.max(), heapUsed(server.pid()), s.serverHeap());
      if (s.keep()) {
        heapHistogram(server.pid(), work.resolve("heap-histogram.txt"));
      }

      log("pgbench -i -s " + s.pgbenchScale());
      pgbench(s, pg, List.of("-i", "-q", "-s", Integer.toString(s.pgbenchScale())), 600);
      for (int c : s.clients()) {
        log("pgbench -N -c " + c);
        String out =
            pgbench(
                s,
                pg,
                List.of(
                    "-N",
                    "-c",
                    Integer.toString(c),
                    "-j",
                    "2",
                    "-T",
                    Long.toString(Math.max(1, Math.round(s.duration())))),
                (long) s.duration() + 120);
        Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without").matcher(out);
        double tps = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        log(String.format(L, "  %.0f tps", tps));
        report.pgbench(c, tps);
      }
      // The ceiling of the audit trail's design on this PostgreSQL: every authenticated request
      // appends under the single audit_head row lock. The same three statements as AuditLog,
      // driven by pgbench (no JVM in the way), at the same client counts.
      Path audit = work.resolve("audit-append.sql");
      Files.writeString(
          audit,
          """
          begin;
          select last_id, last_hash from audit_head where singleton for update;
          insert into audit_log (id, at, actor, action, outcome, detail, prev_hash, hash)
            select last_id + 1, now(), 'pgbench', 'POST /bench', 'OK', 'status 201', last_hash,
                   md5(last_hash) from audit_head;
          update audit_head set last_id = last_id + 1, last_hash = md5(last_hash) where singleton;
          commit;
          """);
      for (int c : s.clients()) {
        log("pgbench audit-append -c " + c);
        String out =
            pgbench(
                s,
                pg,
                List.of(
                    "-n",
                    "-f",
                    audit.toString(),
                    "-c",
                    Integer.toString(c),
                    "-j",
                    "2",
                    "-T",
                    Long.toString(Math.max(1, Math.round(s.duration() / 2)))),
                (long) s.duration() + 120,
                "isocourse");
        Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without").matcher(out);
        double tps = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        log(String.format(L, "  %.0f tps", tps));
        report.auditChain(c, tps);
      }

      int loaded = s.patients();
      List<Long> prescribers = clinic.prescriberIds();
      List<Integer> points = new ArrayList<>(s.scale());
      if (!points.contains(loaded)) {
        points.add(0, loaded);
      }
      for (int n : points) {
        if (n < loaded) {
          continue;
        }
        if (n > loaded) {
          log("growing the population to " + n);
          try (PopulationLoader loader = new PopulationLoader(url)) {
            prescribers = loader.ensurePrescribers(clinic, Population.prescribers(n));
            long t0 = System.nanoTime();
            loader.load(population, loaded, n, prescribers, clinic.pharmacyId(), null);
            report.loaded(n, (System.nanoTime() - t0) / 1e9, loader);
          }
          loaded = n;
        }
        log("worklist and sweep at " + n + " patients");
        // The prescriber of the last full block: one whose worklist no earlier point has viewed,
        // so the first call finds none of their lines kept.
        long viewer = prescribers.get(Math.max(0, n / Population.PATIENTS_PER_PRESCRIBER - 1));
        String token;
        try (PopulationLoader loader = new PopulationLoader(url)) {
          token = loader.worklistToken(viewer);
        }
        WorklistTimes wl = worklist(base, token);
        log(
            String.format(
                L,
                "  worklist first call %.0f ms, then median %.0f ms (%d entries)",
                wl.firstMs(),
                wl.repeatMedianMs(),
                wl.entries()));
        DueSweep.Result sweep = DueSweep.run(url, s.today());
        DueSweep.Result sweep2 = DueSweep.run(url, s.today());
        log(String.format(L, "  sweep %.2f s, %.2f s", sweep.seconds(), sweep2.seconds()));
        report.scale(n, wl, sweep.seconds() < sweep2.seconds() ? sweep : sweep2);
      }
    } finally {
      if (server != null) {
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      }
      pg.close();
      if (!s.keep()) {
        deleteTree(work);
      }
    }
    System.out.println();
    System.out.println(report.render(s));
  }

  // ---------------------------------------------------------------------------------------------

  private static Settings parse(String[] args) {
    boolean shortMode = Arrays.asList(args).contains("--short");
    // Short mode: one prescriber's 2,000 patients (the worklist case), 5 s per phase.
    int patients = shortMode ? 2_000 : 10_000;
    List<Integer> clients = List.of(8, 32, 64);
    double duration = shortMode ? 5 : 30;
    double warmup = shortMode ? 5 : 15;
    List<Integer> scale = shortMode ? List.of() : List.of(100_000);
    long seed = 42;
    LocalDate today = LocalDate.of(2026, 11, 20);
    Path jar = Path.of("server/target/isocourse-server-exec.jar");
    String heap = "256m";
    String pgbench = "/usr/bin/pgbench";
    int pgScale = shortMode ? 1 : 10;
    boolean keep = false;
    boolean aot = true;
    boolean jfr = false;
    List<String> serverOpts = List.of();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--short" -> {}
        case "--keep" -> keep = true;
        case "--no-aot" -> aot = false;
        case "--jfr" -> jfr = true;
        case "--server-opts" -> serverOpts = List.of(args[++i].trim().split("\\s+"));
        case "--patients" -> patients = Integer.parseInt(args[++i]);
        case "--clients" -> clients = ints(args[++i]);
        case "--duration" -> duration = Double.parseDouble(args[++i]);
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        case "--scale" -> scale = args[i + 1].isBlank() ? List.of() : ints(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--today" -> today = LocalDate.parse(args[++i]);
        case "--server-jar" -> jar = Path.of(args[++i]);
        case "--server-heap" -> heap = args[++i];
        case "--pgbench" -> pgbench = args[++i];
        case "--pgbench-scale" -> pgScale = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
      if (a.equals("--scale")) {
        i++;
      }
    }
    return new Settings(
        patients,
        clients,
        duration,
        warmup,
        scale,
        seed,
        today,
        jar,
        heap,
        pgbench,
        pgScale,
        keep,
        aot,
        jfr,
        serverOpts);
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).toList();
  }

  static void log(String s) {
    System.err.println("[bench] " + s);
  }

  private static Map<String, String> serverEnv(String url, String password, Settings s, int port) {
    return Map.of(
        "ISOCOURSE_DB_URL",
        url,
        "ISOCOURSE_DB_USER",
        "postgres",
        "ISOCOURSE_DB_PASSWORD",
        password,
        "ISOCOURSE_PORT",
        Integer.toString(port),
        "ISOCOURSE_TODAY",
        s.today().toString());
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Seconds from process start to the first HTTP answer (a 401 for an unauthenticated call). */
  private static double awaitReady(URI base, Process server, long start) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(base.resolve("/api/pharmacy/authorizations/1"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = start + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited with " + server.exitValue());
      }
      try {
        http.send(probe, HttpResponse.BodyHandlers.discarding());
        return (System.nanoTime() - start) / 1e9;
      } catch (IOException e) {
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("the server was not ready within 120 s");
  }

  private static String startedLine(Path log) throws IOException {
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int i = line.indexOf("Started Isocourse");
      if (i >= 0) {
        return line.substring(i);
      }
    }
    return "(no Started line)";
  }

  private static void resetAuthorizations(String url) throws Exception {
    try (var c = java.sql.DriverManager.getConnection(url);
        var st = c.createStatement()) {
      st.execute("delete from dispense_request");
      st.execute("delete from dispense_authorization where status = 'ISSUED'");
      st.execute("vacuum analyze dispense_request, dispense_authorization");
    }
  }

  /**
   * CPU time (user + system) a process has used so far, in ms, from /proc/PID/stat (fields 14 and
   * 15, in clock ticks of 10 ms on Linux).
   */
  static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Resident set size of a process in KiB, from /proc. */
  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
    return -1;
  }

  /** Heap in use in KiB after the load, from jcmd GC.heap_info. */
  private static long heapUsed(long pid) {
    try {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  Long.toString(pid),
                  "GC.heap_info")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  /**
   * What fills the heap after the load (jcmd GC.class_histogram, live objects), kept with {@code
   * --keep} to read which caches and structures hold the server's memory.
   */
  private static void heapHistogram(long pid, Path to) {
    try {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  Long.toString(pid),
                  "GC.class_histogram")
              .redirectErrorStream(true)
              .redirectOutput(to.toFile())
              .start();
      p.waitFor(60, TimeUnit.SECONDS);
      log("heap histogram: " + to);
    } catch (Exception e) {
      log("heap histogram not taken: " + e.getMessage());
    }
  }

  /** Samples a process's RSS every 250 ms and keeps the maximum. */
  private static final class Sampler {
    private final long pid;
    private volatile boolean running = true;
    private volatile long max;
    private Thread thread;

    Sampler(long pid) {
      this.pid = pid;
    }

    void start() {
      thread =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    while (running) {
                      max = Math.max(max, rss(pid));
                      try {
                        Thread.sleep(250);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long max() {
      return max;
    }
  }

  private static String pgbench(Settings s, EmbeddedPostgres pg, List<String> args, long timeout)
      throws Exception {
    return pgbench(s, pg, args, timeout, "pgbench");
  }

  private static String pgbench(
      Settings s, EmbeddedPostgres pg, List<String> args, long timeout, String database)
      throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(s.pgbench());
    cmd.addAll(args);
    cmd.addAll(List.of("-h", "127.0.0.1", "-p", Integer.toString(pg.port()), "-U", "postgres"));
    cmd.add(database);
    ProcessBuilder pgb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pgb.environment().put("PGPASSWORD", pg.password());
    Process p = pgb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("pgbench did not finish in " + timeout + " s");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("pgbench failed: " + out);
    }
    return out;
  }

  /** Worklist timings: the first call, then the median and fastest of the repeat calls. */
  record WorklistTimes(double firstMs, double repeatMedianMs, double repeatMinMs, int entries) {}

  private static final int WORKLIST_REPEATS = 20;

  /**
   * The prescriber's worklist: the first call (no line of theirs kept yet: every case is loaded and
   * summarized), then {@value #WORKLIST_REPEATS} repeat calls with nothing changed in between (the
   * lines kept by the server are used again). Twenty, because the repeat path is new code to the
   * JIT after the first call: a prescriber's page is reloaded all day, and the median of twenty is
   * closer to what they see than the first few calls.
   */
  private static WorklistTimes worklist(URI base, String token) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest rq =
        HttpRequest.newBuilder(base.resolve("/api/patients"))
            .timeout(Duration.ofSeconds(300))
            .header("Authorization", "Bearer " + token)
            .build();
    double first = 0;
    double[] ms = new double[WORKLIST_REPEATS];
    int entries = 0;
    for (int i = -1; i < ms.length; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(rq, HttpResponse.BodyHandlers.ofString());
      double t = (System.nanoTime() - t0) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("worklist answered " + r.statusCode() + ": " + r.body());
      }
      if (i >= 0) {
        ms[i] = t;
      } else {
        first = t;
        entries = new ObjectMapper().readTree(r.body()).size();
      }
    }
    Arrays.sort(ms);
    return new WorklistTimes(first, ms[ms.length / 2], ms[0], entries);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Collects the numbers and renders the markdown tables. */
  static final class Report {
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<String> loads = new ArrayList<>();
    private final Map<Integer, AuthorizationLoad.Result> results = new LinkedHashMap<>();
    private final Map<Integer, Double> tps = new LinkedHashMap<>();
    private final Map<Integer, Double> auditTps = new LinkedHashMap<>();
    private final List<String> scaleRows = new ArrayList<>();
    private final List<double[]> scalePoints = new ArrayList<>();
    private WorklistTimes firstWorklist;
    private String mix = "";
    private double ready;
    private String started = "";
    private long rssIdle;
    private long rssMax;
    private long heapUsed;
    private String heap = "";

    void machine(Settings s) throws IOException {
      machine.put("CPU cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          machine.put("Memory", String.format(L, "%.1f GiB", kb / 1024.0 / 1024.0));
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          machine.put("CPU", line.substring(line.indexOf(':') + 1).trim());
          break;
        }
      }
      machine.put(
          "JDK",
          System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
      machine.put(
          "Load average at start",
          Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0]
              + " "
              + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[1]
              + " "
              + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[2]);
    }

    void postgres(String url) throws Exception {
      try (var c = java.sql.DriverManager.getConnection(url);
          var rs =
              c.createStatement()
                  .executeQuery(
                      "select current_setting('server_version'), current_setting('fsync'),"
                          + " current_setting('synchronous_commit')")) {
        rs.next();
        machine.put(
            "PostgreSQL",
            rs.getString(1)
                + " (embedded, fsync="
                + rs.getString(2)
                + ", synchronous_commit="
                + rs.getString(3)
                + ", same machine; pgbench client 15)");
      }
    }

    void loaded(int n, double seconds, PopulationLoader loader) {
      var j = loader.jdbc();
      long events = j.sql("select count(*) from course_event").query(Long.class).single();
      long rx = j.sql("select count(*) from prescription").query(Long.class).single();
      long fills = j.sql("select count(*) from dispense").query(Long.class).single();
      String line =
          String.format(
              L,
              "%,d patients: %,d events, %,d prescriptions, %,d dispenses; loaded in %.1f s",
              n,
              events,
              rx,
              fills,
              seconds);
      loads.add(line);
      log(line);
    }

    void decisionMix(List<Population.Expected> pool) {
      Map<String, Integer> m = new java.util.TreeMap<>();
      pool.forEach(e -> m.merge(e.key().substring(0, e.key().indexOf('|')), 1, Integer::sum));
      mix = pool.size() + " open prescriptions, expected answers " + m;
      log(mix);
    }

    void ready(double seconds, String line, long rssKb) {
      ready = seconds;
      started = line;
      rssIdle = rssKb;
    }

    void load(AuthorizationLoad.Result r) {
      results.put(r.clients(), r);
    }

    private final Map<Integer, Double> cpuPerAuthorization = new LinkedHashMap<>();

    void cpu(int clients, double msPerRequest) {
      cpuPerAuthorization.put(clients, msPerRequest);
    }

    void memory(long rssMaxKb, long heapKb, String heapSetting) {
      rssMax = rssMaxKb;
      heapUsed = heapKb;
      heap = heapSetting;
    }

    void pgbench(int clients, double t) {
      tps.put(clients, t);
    }

    void auditChain(int clients, double t) {
      auditTps.put(clients, t);
    }

    void scale(int n, WorklistTimes worklist, DueSweep.Result sweep) {
      scalePoints.add(new double[] {n, sweep.seconds()});
      if (firstWorklist == null) {
        firstWorklist = worklist;
      }
      scaleRows.add(
          String.format(
              L,
              "| %,d | %.0f ms (%d entries) | %.0f ms (min %.0f) | %.2f s | %,d overdue, %,d due"
                  + " today |",
              n,
              worklist.firstMs(),
              worklist.entries(),
              worklist.repeatMedianMs(),
              worklist.repeatMinMs(),
              sweep.seconds(),
              sweep.overdue(),
              sweep.dueToday()));
    }

    String render(Settings s) {
      StringBuilder b = new StringBuilder();
      b.append("### Machine\n\n");
      machine.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
      b.append("\n### Population\n\n");
      loads.forEach(l -> b.append("- ").append(l).append('\n'));
      b.append("- ").append(mix).append('\n');
      b.append(
          String.format(
              L,
              "\n### Pharmacy authorization under load (%.0f s per client count, -Xmx%s)\n\n",
              s.duration(),
              s.serverHeap()));
      b.append(
          "| Clients | Authorizations/s | p50 ms | p95 ms | p99 ms | max ms | Errors | Wrong"
              + " answers | pgbench -N TPS | Ratio | Audit-append TPS (pgbench) | Server CPU ms"
              + " per request |\n");
      b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (var e : results.entrySet()) {
        var r = e.getValue();
        double t = tps.getOrDefault(e.getKey(), Double.NaN);
        b.append(
            String.format(
                L,
                "| %d | %.0f%s | %.1f | %.1f | %.1f | %.1f | %d | %d | %.0f | %.1f %% | %.0f | %.2f"
                    + " |\n",
                r.clients(),
                r.perSecond(),
                r.poolExhausted() ? " (pool exhausted)" : "",
                r.ms(50),
                r.ms(95),
                r.ms(99),
                r.maxMs(),
                r.errors(),
                r.wrong(),
                t,
                100 * r.perSecond() / t,
                auditTps.getOrDefault(e.getKey(), Double.NaN),
                cpuPerAuthorization.getOrDefault(e.getKey(), Double.NaN)));
      }
      b.append("\n### Scale\n\n");
      b.append(
          "| Patients | Worklist, prescriber with 2,000 patients: first call | Same worklist,"
              + " repeat calls (median of "
              + WORKLIST_REPEATS
              + ") | Due-today sweep, whole population | Sweep found |\n");
      b.append("|---:|---:|---:|---:|---|\n");
      scaleRows.forEach(r -> b.append(r).append('\n'));
      b.append("\n### Server\n\n");
      b.append(String.format(L, "- Start to ready: %.2f s (%s)\n", ready, started));
      b.append(String.format(L, "- RSS after start: %.0f MiB\n", rssIdle / 1024.0));
      b.append(String.format(L, "- RSS max under load: %.0f MiB\n", rssMax / 1024.0));
      b.append(
          String.format(L, "- Heap used after load: %.0f MiB (-Xmx%s)\n", heapUsed / 1024.0, heap));
      b.append("\n### Targets\n\n| Target | Measured | Met |\n|---|---|---|\n");
      double worst = Double.MAX_VALUE;
      for (var e : results.entrySet()) {
        worst =
            Math.min(worst, e.getValue().perSecond() / tps.getOrDefault(e.getKey(), Double.NaN));
      }
      b.append(row("Authorizations ≥ 50 % of pgbench -N TPS", pct(worst), worst >= 0.5));
      var r32 = results.get(32);
      if (r32 != null) {
        b.append(
            row(
                "p99 ≤ 50 ms at 32 clients",
                String.format(L, "%.1f ms", r32.ms(99)),
                r32.ms(99) <= 50));
      }
      long errs = results.values().stream().mapToLong(AuthorizationLoad.Result::errors).sum();
      long wrong = results.values().stream().mapToLong(AuthorizationLoad.Result::wrong).sum();
      b.append(
          row(
              "Zero errors, zero wrong answers",
              errs + " errors, " + wrong + " wrong",
              errs == 0 && wrong == 0));
      if (firstWorklist != null) {
        b.append(
            row(
                "Worklist ≤ 100 ms (2,000 patients), first call",
                String.format(L, "%.0f ms", firstWorklist.firstMs()),
                firstWorklist.firstMs() <= 100));
        b.append(
            row(
                "Worklist ≤ 100 ms (2,000 patients), repeat calls",
                String.format(L, "%.0f ms (median)", firstWorklist.repeatMedianMs()),
                firstWorklist.repeatMedianMs() <= 100));
      }
      for (double[] p : scalePoints) {
        if (p[0] == 100_000) {
          b.append(row("Sweep of 100k ≤ 5 s", String.format(L, "%.2f s", p[1]), p[1] <= 5));
        }
      }
      if (scalePoints.size() > 1) {
        double[] a = scalePoints.get(0);
        double[] z = scalePoints.get(scalePoints.size() - 1);
        double growth = (z[1] / a[1]) / (z[0] / a[0]);
        b.append(
            row(
                "Sweep grows no worse than linearly",
                String.format(L, "time ×%.1f for patients ×%.0f", z[1] / a[1], z[0] / a[0]),
                growth <= 1.2));
      }
      b.append(row("Ready ≤ 5 s after start", String.format(L, "%.2f s", ready), ready <= 5));
      b.append(
          row(
              "RSS ≤ 512 MiB under load",
              String.format(L, "%.0f MiB", rssMax / 1024.0),
              rssMax <= 512 * 1024));
      return b.toString();
    }

    private static String pct(double ratio) {
      return String.format(L, "%.1f %% (worst client count)", 100 * ratio);
    }

    private static String row(String target, String measured, boolean met) {
      return "| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }
  }
}
