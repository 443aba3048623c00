package com.isocourse.server.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.isocourse.server.support.ApiTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The background warm-up computes the worklist lines a prescriber will open, so her first view of
 * the day runs no engine and shows exactly what computing it then would.
 */
class WorklistWarmUpTest extends ApiTestSupport {
  @Autowired private WorklistWarmUp warmUp;
  @Autowired private WorklistLines lines;
  @Autowired private Clock clock;

  @Test
  void afterTheWarmUpTheFirstViewComputesNoLine() throws Exception {
    enroll("dr.adams", "Wanda Warmup", "CANNOT_GET_PREGNANT");
    int warmed = warmUp.warm(LocalDate.now(clock));
    assertThat(warmed).isPositive();

    long before = lines.computed();
    JsonNode worklist = call("dr.adams", get("/api/patients"), null, 200);
    assertThat(lines.computed() - before).isZero();
    assertThat(worklist.toString()).contains("Wanda Warmup");
  }

  @Test
  void aLineWhoseCaseChangedAfterTheWarmUpIsComputedAgain() throws Exception {
    long patient =
        enroll("dr.adams", "Walt Warmchange", "CANNOT_GET_PREGNANT").at("/patient/id").asLong();
    warmUp.warm(LocalDate.now(clock));
    call(
        "dr.adams",
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
            "/api/patients/" + patient + "/events"),
        "{\"type\":\"counseling\",\"date\":\"%s\"}".formatted(LocalDate.now(clock)),
        201);

    long before = lines.computed();
    call("dr.adams", get("/api/patients"), null, 200);
    assertThat(lines.computed() - before).isOne();
  }
}
