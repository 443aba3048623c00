package com.isocourse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load loop against a fake pharmacy endpoint: counts, wrong answers and errors. */
class AuthorizationLoadTest {
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private URI fake() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/pharmacy/authorizations",
        x -> {
          String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean authorized = x.getRequestHeaders().getFirst("Authorization").equals("Bearer t");
          boolean keyed = x.getRequestHeaders().getFirst("Idempotency-Key") != null;
          int status = authorized && keyed ? 201 : 401;
          // rx-13 gets a different answer than expected; rx-14 a server error.
          String decision = body.contains("\"rx-13\"") ? "DENIED" : "AUTHORIZED";
          if (body.contains("\"rx-14\"")) {
            status = 500;
          }
          String dnd =
              decision.equals("AUTHORIZED") ? ",\"doNotDispenseAfter\":\"2026-11-27\"" : "";
          byte[] out =
              ("{\"decision\":{\"decision\":\"" + decision + "\",\"reasons\":[]" + dnd + "}}")
                  .getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(status, out.length);
          x.getResponseBody().write(out);
          x.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void closedLoopChecksEveryAnswer() throws Exception {
    List<Population.Expected> pool =
        IntStream.range(0, 40)
            .mapToObj(
                i ->
                    new Population.Expected(
                        "rx-" + i, "IC-1", LocalDate.of(2000, 1, 1), "AUTHORIZED||2026-11-27"))
            .toList();
    AuthorizationLoad.Result r = new AuthorizationLoad(fake(), "t", pool).run("t", 4, 10);
    assertThat(r.requests()).isEqualTo(40);
    assertThat(r.poolExhausted()).isTrue();
    assertThat(r.wrong()).isEqualTo(1);
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.latency().getTotalCount()).isEqualTo(40);
  }
}
