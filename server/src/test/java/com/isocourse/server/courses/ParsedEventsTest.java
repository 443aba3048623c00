package com.isocourse.server.courses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WEIGHT =
      "{\"type\": \"weight\", \"date\": \"2026-01-05\", \"kg\": 60}";
  private static final String OTHER =
      "{\"type\": \"weight\", \"date\": \"2026-01-06\", \"kg\": 61}";
  private static final String BAD = "{\"type\": \"weight\", \"date\": \"2026-01-05\", \"kg\": -3}";

  private final AtomicInteger parses = new AtomicInteger();
  private final Function<String, ObjectNode> parse =
      text -> {
        parses.incrementAndGet();
        try {
          return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      };

  @Test
  void aStoredEventIsParsedAndReadOnce() {
    ParsedEvents cache = new ParsedEvents(10);
    ObjectNode first = cache.payload(1, WEIGHT, parse);
    ObjectNode again = cache.payload(1, WEIGHT, parse);
    assertThat(again).isSameAs(first);
    assertThat(parses).hasValue(1);
    StoredEvent stored = new StoredEvent(1, 1, "weight", again, 0, Instant.EPOCH);
    assertThat(cache.event(stored)).isPresent().get().isSameAs(cache.event(stored).orElseThrow());
  }

  @Test
  void anotherTextUnderTheSameIdIsParsedAgain() {
    ParsedEvents cache = new ParsedEvents(10);
    ObjectNode first = cache.payload(1, WEIGHT, parse);
    ObjectNode other = cache.payload(1, OTHER, parse);
    assertThat(other).isNotSameAs(first).isEqualTo(parse.apply(OTHER));
    // A payload the cache did not hand out is read on its own.
    StoredEvent foreign = new StoredEvent(1, 1, "weight", first, 0, Instant.EPOCH);
    assertThat(cache.event(foreign)).isPresent();
  }

  @Test
  void anEventWithAProblemIsNotRead() {
    ParsedEvents cache = new ParsedEvents(10);
    ObjectNode bad = cache.payload(2, BAD, parse);
    assertThat(cache.event(new StoredEvent(2, 1, "weight", bad, 0, Instant.EPOCH))).isEmpty();
  }

  @Test
  void theCacheStaysBounded() {
    ParsedEvents cache = new ParsedEvents(20);
    for (int i = 0; i < 100; i++) {
      cache.payload(i, WEIGHT, parse);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(20);
    ParsedEvents none = new ParsedEvents(0);
    none.payload(1, WEIGHT, parse);
    assertThat(none.size()).isZero();
  }
}
