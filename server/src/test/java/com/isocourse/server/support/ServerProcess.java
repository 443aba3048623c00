package com.isocourse.server.support;

import com.isocourse.server.platform.db.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A server instance in a process of its own (the test JVM's Java and class path), so that a test
 * can kill it the hard way (SIGKILL): no shutdown hook, no graceful stop, connections cut.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts an instance on the database and waits until it answers ready. */
  public static ServerProcess start(String databaseUrl, Duration timeout) throws Exception {
    int port = freePort();
    Path log = Files.createTempFile("isocourse-instance-", ".log");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx384m",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    classPath,
                    InstanceMain.class.getName(),
                    "--server.port=" + port,
                    "--spring.datasource.url=" + databaseUrl,
                    "--spring.datasource.username=" + TestDatabase.user(),
                    "--spring.datasource.password=" + TestDatabase.password(),
                    "--isocourse.today=2026-12-01"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    ServerProcess s = new ServerProcess(p, port, log);
    if (!awaitReady(port, timeout, p)) {
      s.close();
      throw new IllegalStateException("instance not ready; its log:\n" + s.logTail());
    }
    return s;
  }

  public int port() {
    return port;
  }

  /** SIGKILL: the instance ends at once, in the middle of whatever it was doing. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** The end of the instance's output (for failure messages). */
  public String logTail() throws IOException {
    String all = Files.readString(log);
    return all.substring(Math.max(0, all.length() - 4000));
  }

  @Override
  public void close() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Whether the process listening on that port answers ready (200) before the timeout (false at
   * once when the process ends).
   */
  public static boolean awaitReady(int port, Duration timeout, Process process)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        var answer =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    return false;
  }

  /** A port free right now (a small race with other processes is accepted in tests). */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
