package com.isocourse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load on {@code POST /api/pharmacy/authorizations}: C client threads each send a
 * request, wait for the answer, check it, and send the next, for a fixed duration. Every request is
 * for a prescription no other request of the phase used, with its own Idempotency-Key, so each is a
 * real decision (never a replay). Each answer is compared with the engine's expected answer for
 * that prescription ({@link Population.Expected}); a different answer is a wrong answer, an HTTP
 * status other than 201 or an unreadable body is an error.
 */
public final class AuthorizationLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one phase measured. Latencies in microseconds. */
  public record Result(
      int clients,
      double seconds,
      long requests,
      long errors,
      long wrong,
      boolean poolExhausted,
      Histogram latency,
      List<String> samples) {
    public double perSecond() {
      return requests / seconds;
    }

    public double ms(double percentile) {
      return latency.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMs() {
      return latency.getMaxValue() / 1000.0;
    }
  }

  private final URI endpoint;
  private final String token;
  private final List<Population.Expected> pool;
  private final HttpClient http;

  public AuthorizationLoad(URI base, String token, List<Population.Expected> pool) {
    this.endpoint = base.resolve("/api/pharmacy/authorizations");
    this.token = token;
    this.pool = pool;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * Runs {@code clients} closed-loop clients for {@code seconds}, taking prescriptions from the
   * pool in order; {@code phase} makes the idempotency keys of each phase distinct.
   */
  public Result run(String phase, int clients, double seconds) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    AtomicLong wrong = new AtomicLong();
    AtomicLong done = new AtomicLong();
    ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    List<Histogram> histograms = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    boolean[] exhausted = {false};
    for (int c = 0; c < clients; c++) {
      Histogram h = new Histogram(60_000_000L, 3);
      histograms.add(h);
      threads.add(
          Thread.ofPlatform()
              .name("load-" + c)
              .start(
                  () -> {
                    while (System.nanoTime() < deadline) {
                      int i = next.getAndIncrement();
                      if (i >= pool.size()) {
                        exhausted[0] = true;
                        return;
                      }
                      Population.Expected e = pool.get(i);
                      long t0 = System.nanoTime();
                      String problem = call(phase + "-" + i, e);
                      h.recordValue(
                          Math.min(h.getHighestTrackableValue(), (System.nanoTime() - t0) / 1000));
                      done.incrementAndGet();
                      if (problem != null) {
                        if (problem.startsWith("WRONG")) {
                          wrong.incrementAndGet();
                        } else {
                          errors.incrementAndGet();
                        }
                        if (samples.size() < 5) {
                          samples.add(problem);
                        }
                      }
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Histogram all = new Histogram(60_000_000L, 3);
    histograms.forEach(all::add);
    return new Result(
        clients,
        elapsed,
        done.get(),
        errors.get(),
        wrong.get(),
        exhausted[0],
        all,
        List.copyOf(samples));
  }

  /** One request; null when the answer is the expected one, else what went wrong. */
  private String call(String key, Population.Expected e) {
    String body =
        "{\"programId\":\""
            + e.programId()
            + "\",\"birthDate\":\""
            + e.birthDate()
            + "\",\"prescriptionId\":\""
            + e.prescriptionId()
            + "\"}";
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        return "HTTP " + r.statusCode() + " for " + e.prescriptionId() + ": " + clip(r.body());
      }
      JsonNode decision = JSON.readTree(r.body()).path("decision");
      String got = Population.key(decision);
      if (!got.equals(e.key())) {
        return "WRONG " + e.prescriptionId() + ": expected " + e.key() + ", got " + got;
      }
      return null;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (Exception ex) {
      return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
