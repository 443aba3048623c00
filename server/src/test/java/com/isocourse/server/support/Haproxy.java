package com.isocourse.server.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real load balancer (HAProxy from the system) in front of server instances: round robin, a
 * readiness check every 200 ms, a request whose connection is refused is sent to another instance.
 * Each answer names the instance that gave it in {@code X-Served-By}.
 */
public final class Haproxy implements AutoCloseable {
  private final Process process;
  private final int port;

  private Haproxy(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * The haproxy binary; without it the test is skipped, except in CI ({@code CI=true}), where
   * {@code .ci/run} installs it and its absence is a failure.
   */
  public static Path binary() {
    Optional<Path> found =
        Stream.concat(
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                Stream.of("/usr/sbin", "/usr/local/sbin"))
            .filter(d -> !d.isEmpty())
            .map(d -> Path.of(d, "haproxy"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("haproxy is not installed, but CI=true requires this test (.ci/run installs it)");
      }
      Assumptions.abort(
          "haproxy is not installed (apt-get install haproxy): the load-balancer failover test is"
              + " skipped; with CI=true it fails instead");
    }
    return found.get();
  }

  /** Starts HAProxy in front of the instances on these ports, named a, b, ... */
  public static Haproxy start(Path binary, List<Integer> instancePorts) throws Exception {
    int port = ServerProcess.freePort();
    StringBuilder cfg =
        new StringBuilder(
            """
            global
              maxconn 512
              nbthread 1
            defaults
              mode http
              timeout connect 500ms
              timeout client 30s
              timeout server 30s
              retries 3
              option redispatch 1
            frontend front
              bind 127.0.0.1:%d
              default_backend instances
            backend instances
              balance roundrobin
              option httpchk GET /actuator/health/readiness
              http-check expect status 200
              default-server inter 200ms fall 1 rise 1
              http-response set-header X-Served-By %%[srv_name]
            """
                .formatted(port));
    char name = 'a';
    for (int p : instancePorts) {
      cfg.append("  server ").append(name++).append(" 127.0.0.1:").append(p).append(" check\n");
    }
    Path file = Files.createTempFile("isocourse-haproxy-", ".cfg");
    Files.writeString(file, cfg);
    Path log = Files.createTempFile("isocourse-haproxy-", ".log");
    Process p =
        new ProcessBuilder(binary.toString(), "-db", "-f", file.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Haproxy h = new Haproxy(p, port);
    if (!ServerProcess.awaitReady(port, Duration.ofSeconds(20), p)) {
      h.close();
      throw new IllegalStateException("haproxy did not answer: " + Files.readString(log));
    }
    return h;
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
