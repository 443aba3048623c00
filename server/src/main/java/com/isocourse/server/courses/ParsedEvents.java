package com.isocourse.server.courses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.isocourse.contract.ScenarioReader;
import com.isocourse.core.course.CourseEvent;
import com.isocourse.server.platform.cache.BoundedMap;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bounded cache of parsed course events. Stored events are append-only (the {@code
 * course_event_no_update} trigger), so an event row's payload text, its parsed tree and the
 * contract's reading of it never change; a request then parses only the events it has not seen.
 *
 * <p>An entry is used only when the stored text is identical to the cached one (a string
 * comparison, far cheaper than parsing), so a reused id — a restored or recreated database — can
 * never yield another event's payload. The parsed trees are shared between requests and must not be
 * modified ({@link StoredEvent#payload()}). Only events the contract reads as valid are kept as
 * {@link CourseEvent}s; an invalid one is read again with the whole scenario, which reports its
 * problems exactly as before.
 *
 * <p>Bounded by {@code isocourse.cache.parsed-events} entries (default 100,000): past the bound,
 * about a tenth of the entries (in no particular order) are dropped.
 */
@Component
public class ParsedEvents {
  private final BoundedMap<Long, Entry> entries;

  public ParsedEvents(@Value("${isocourse.cache.parsed-events:100000}") int max) {
    this.entries = new BoundedMap<>(max);
  }

  private static final class Entry {
    final String text;
    final ObjectNode payload;
    // null until read; then the event, or empty when the contract reports a problem with it.
    volatile Optional<CourseEvent> event;

    Entry(String text, ObjectNode payload) {
      this.text = text;
      this.payload = payload;
    }
  }

  /** The parsed payload of stored event {@code id} whose stored text is {@code text}. */
  ObjectNode payload(long id, String text, Function<String, ObjectNode> parse) {
    Entry e = entries.get(id);
    if (e != null && e.text.equals(text)) {
      return e.payload;
    }
    ObjectNode payload = parse.apply(text);
    entries.put(id, new Entry(text, payload));
    return payload;
  }

  /**
   * The contract's reading of the stored event: the event, or empty when it has any problem (to be
   * reported by reading the whole scenario).
   */
  Optional<CourseEvent> event(StoredEvent stored) {
    Entry e = entries.get(stored.id());
    if (e == null || e.payload != stored.payload()) {
      // Not a payload this cache handed out (for instance a history built in memory).
      return ScenarioReader.readEvent(stored.payload());
    }
    Optional<CourseEvent> event = e.event;
    if (event == null) {
      event = ScenarioReader.readEvent(e.payload);
      e.event = event;
    }
    return event;
  }

  /** How many events are cached (for tests). */
  int size() {
    return entries.size();
  }
}
