package com.isocourse.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prepares the server jar for a fast start: the Spring Boot jar extracted into a plain class-path
 * layout ({@code -Djarmode=tools extract}; the JVM cannot archive classes read from nested jars)
 * and an ahead-of-time class cache made by one training run that stops once the application context
 * is refreshed ({@code -Dspring.context.exit=onRefresh}). JDK 25 and later: the AOT cache ({@code
 * -XX:AOTCacheOutput}, JEP 483/514: classes loaded and linked); JDK 21–24: a dynamic AppCDS
 * archive. Both are kept next to the jar, in {@code target/aot/}, and remade whenever the jar
 * changes; the training run needs the database, as the server does.
 */
final class ServerLaunch {
  private ServerLaunch() {}

  /** The JVM arguments (after the heap options) that start the prepared server. */
  static List<String> prepared(Path jar, String heap, Map<String, String> env) throws Exception {
    Path dir = jar.toAbsolutePath().getParent().resolve("aot");
    Path app = dir.resolve("app");
    Path extracted = app.resolve(jar.getFileName());
    boolean aotCache = Runtime.version().feature() >= 25;
    Path cache = dir.resolve(aotCache ? "server.aot" : "server.jsa");
    Path stampFile = dir.resolve("stamp");
    String stamp = Files.getLastModifiedTime(jar).toMillis() + " " + Files.size(jar);
    List<String> use =
        aotCache
            ? List.of("-XX:AOTCache=" + cache, "-jar", extracted.toString())
            : List.of(
                "-XX:SharedArchiveFile=" + cache, "-Xlog:cds=off", "-jar", extracted.toString());
    if (Files.exists(cache)
        && Files.exists(stampFile)
        && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
      ServerBench.log("server AOT cache up to date: " + cache);
      return use;
    }
    deleteTree(dir);
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    run(
        List.of(
            ServerBench.javaBin(),
            "-Djarmode=tools",
            "-jar",
            jar.toString(),
            "extract",
            "--destination",
            app.toString()),
        Map.of(),
        dir.resolve("extract.log"));
    List<String> train = new ArrayList<>();
    train.add(ServerBench.javaBin());
    train.add("-Xms" + heap);
    train.add("-Xmx" + heap);
    train.add(aotCache ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache);
    train.add("-Dspring.context.exit=onRefresh");
    train.add("-jar");
    train.add(extracted.toString());
    train.add("serve");
    run(train, env, dir.resolve("training.log"));
    if (!Files.exists(cache)) {
      throw new IllegalStateException("no AOT cache made; see " + dir.resolve("training.log"));
    }
    Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
    ServerBench.log(
        String.format(
            java.util.Locale.ROOT,
            "server AOT cache made in %.1f s: %s",
            (System.nanoTime() - t0) / 1e9,
            cache));
    return use;
  }

  private static void run(List<String> command, Map<String, String> env, Path log)
      throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command + "; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "failed (" + p.exitValue() + "): " + command + "; see " + log);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
